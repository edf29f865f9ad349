using SkiaSharp;

namespace EdgeAgent.Imaging;

/// <summary>Still-image decode (JPEG, PNG, ...) to <see cref="RgbImage"/> and JPEG encode, through SkiaSharp.</summary>
public static class ImageCodec
{
    /// <summary>
    /// Decodes an image file within <paramref name="limits"/> (the defaults when null); throws
    /// <see cref="InvalidDataException"/> naming the file when it is not a whole, readable image or is too large.
    /// </summary>
    public static RgbImage DecodeFile(string path, ImageLimits? limits = null)
    {
        limits ??= ImageLimits.Default;
        byte[] bytes;
        try
        {
            // The file's length first: a huge file is refused without reading it.
            limits.CheckFileSize(new FileInfo(path).Length, path);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the image: {ex.Message}", ex);
        }
        return Decode(bytes, path, limits);
    }

    /// <summary>Decodes encoded image bytes within <paramref name="limits"/> (the defaults when null); <paramref name="name"/> names the source in errors.</summary>
    public static unsafe RgbImage Decode(ReadOnlySpan<byte> encoded, string name, ImageLimits? limits = null)
    {
        limits ??= ImageLimits.Default;
        limits.CheckFileSize(encoded.Length, name);
        using var data = SKData.CreateCopy(encoded);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            throw new InvalidDataException($"{name}: not a readable image ({Describe(created)})");
        }
        // The header's size, before any pixel memory: SkiaSharp sizes buffers in 32-bit arithmetic and crashes on a bomb.
        limits.Check(codec.Info.Width, codec.Info.Height, name);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[info.BytesSize64];
        SKCodecResult result;
        fixed (byte* p = rgba) result = codec.GetPixels(info, (IntPtr)p);
        if (result != SKCodecResult.Success)
        {
            throw new InvalidDataException($"{name}: cannot decode the image ({Describe(result)})");
        }
        var image = RgbImage.Create(info.Width, info.Height);
        var dst = image.Data;
        for (int i = 0, o = 0; i < rgba.Length; i += 4, o += 3)
        {
            dst[o] = rgba[i];
            dst[o + 1] = rgba[i + 1];
            dst[o + 2] = rgba[i + 2];
        }
        return image;
    }

    /// <summary>Encodes <paramref name="image"/> as JPEG (event thumbnails); <paramref name="quality"/> 1..100.</summary>
    public static unsafe byte[] EncodeJpeg(RgbImage image, int quality = 80)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var rgba = new byte[info.BytesSize];
        ToRgba(image, rgba);
        fixed (byte* p = rgba)
        {
            using var pixmap = new SKPixmap(info, (IntPtr)p, info.RowBytes);
            using var encoded = pixmap.Encode(SKEncodedImageFormat.Jpeg, quality)
                ?? throw new InvalidOperationException("SkiaSharp could not encode the JPEG");
            return encoded.ToArray();
        }
    }

    /// <summary>Copies the RGB pixels into <paramref name="rgba"/> as opaque RGBA, the layout SkiaSharp draws and encodes from.</summary>
    internal static void ToRgba(RgbImage image, Span<byte> rgba)
    {
        var src = image.Data;
        for (int i = 0, o = 0; o < rgba.Length; i += 3, o += 4)
        {
            rgba[o] = src[i];
            rgba[o + 1] = src[i + 1];
            rgba[o + 2] = src[i + 2];
            rgba[o + 3] = 255;
        }
    }

    private static string Describe(SKCodecResult r) => r switch
    {
        SKCodecResult.IncompleteInput => "the file is truncated",
        SKCodecResult.ErrorInInput => "the data is corrupt",
        SKCodecResult.InvalidInput => "unknown or unsupported format",
        SKCodecResult.Unimplemented => "unsupported format",
        _ => r.ToString(),
    };
}
