using System.Numerics;
using EdgeAgent.Imaging;
using SkiaSharp;

namespace EdgeAgent.Plates;

/// <summary>
/// The few image operations the PP-OCR models need, kept local until the shared Imaging ops take them over:
/// decode a still, resize into a normalised CHW tensor, and sample a rotated quad into one.
/// Tensors are BGR, the channel order PaddleOCR trained on.
/// </summary>
internal static class PlateImageOps
{
    /// <summary>Decodes an image file to RGB; throws <see cref="InvalidDataException"/> naming the file when it is not an image.</summary>
    public static RgbImage Decode(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path}: not an image SkiaSharp can decode");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) throw new InvalidDataException($"{path}: cannot decode ({result})");
        return FromRgba(bitmap.GetPixelSpan(), info.Width, info.Height);
    }

    /// <summary>Copies RGBA pixels (rows without padding) into a new RGB image.</summary>
    public static RgbImage FromRgba(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var image = RgbImage.Create(width, height);
        var dst = image.Pixels;
        for (int i = 0, j = 0; j < dst.Length; i += 4, j += 3)
        {
            dst[j] = rgba[i];
            dst[j + 1] = rgba[i + 1];
            dst[j + 2] = rgba[i + 2];
        }
        return image;
    }

    /// <summary>
    /// Bilinear resize of <paramref name="image"/> to <paramref name="width"/>×<paramref name="height"/> into a CHW BGR
    /// tensor, each channel c as (value/255 − mean[c]) / std[c] with mean/std given in B, G, R order.
    /// </summary>
    public static void ResizeToChw(RgbImage image, int width, int height, Span<float> tensor, ReadOnlySpan<float> mean, ReadOnlySpan<float> std) =>
        ResizeToChw(image, 0, 0, image.Width, image.Height, width, height, tensor, mean, std);

    /// <summary>As <see cref="ResizeToChw(RgbImage, int, int, Span{float}, ReadOnlySpan{float}, ReadOnlySpan{float})"/>, from the region (x, y, w, h) of the image.</summary>
    public static void ResizeToChw(RgbImage image, int rx, int ry, int rw, int rh, int width, int height, Span<float> tensor, ReadOnlySpan<float> mean, ReadOnlySpan<float> std)
    {
        var plane = width * height;
        var sx = (float)rw / width;
        var sy = (float)rh / height;
        var src = image.Pixels;
        var stride = image.Stride;
        for (var y = 0; y < height; y++)
        {
            var fy = Math.Clamp(ry + (y + 0.5f) * sy - 0.5f, 0, image.Height - 1);
            var y0 = (int)fy;
            var y1 = Math.Min(y0 + 1, image.Height - 1);
            var wy = fy - y0;
            for (var x = 0; x < width; x++)
            {
                var fx = Math.Clamp(rx + (x + 0.5f) * sx - 0.5f, 0, image.Width - 1);
                var x0 = (int)fx;
                var x1 = Math.Min(x0 + 1, image.Width - 1);
                var wx = fx - x0;
                var o = y * width + x;
                for (var c = 0; c < 3; c++)
                {
                    var rgb = 2 - c;
                    var a = src[y0 * stride + x0 * 3 + rgb] * (1 - wx) + src[y0 * stride + x1 * 3 + rgb] * wx;
                    var b = src[y1 * stride + x0 * 3 + rgb] * (1 - wx) + src[y1 * stride + x1 * 3 + rgb] * wx;
                    var v = (a * (1 - wy) + b * wy) / 255f;
                    tensor[c * plane + o] = (v - mean[c]) / std[c];
                }
            }
        }
    }

    /// <summary>
    /// Samples the quad (an affine parallelogram: top-left, top-right, bottom-left) into the left
    /// <paramref name="contentWidth"/> columns of a CHW BGR tensor <paramref name="tensorWidth"/>×<paramref name="height"/>,
    /// normalised to [-1, 1]; the columns right of the content are left at 0 (the padding PP-OCR rec expects).
    /// </summary>
    public static void WarpQuadToChw(RgbImage image, Vector2 topLeft, Vector2 topRight, Vector2 bottomLeft,
        int contentWidth, int tensorWidth, int height, Span<float> tensor)
    {
        var plane = tensorWidth * height;
        tensor[..(plane * 3)].Clear();
        var du = (topRight - topLeft) / contentWidth;
        var dv = (bottomLeft - topLeft) / height;
        var src = image.Pixels;
        var stride = image.Stride;
        var maxX = image.Width - 1;
        var maxY = image.Height - 1;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < contentWidth; x++)
            {
                var p = topLeft + du * (x + 0.5f) + dv * (y + 0.5f) - new Vector2(0.5f, 0.5f);
                var fx = Math.Clamp(p.X, 0, maxX);
                var fy = Math.Clamp(p.Y, 0, maxY);
                var x0 = (int)fx;
                var y0 = (int)fy;
                var x1 = Math.Min(x0 + 1, maxX);
                var y1 = Math.Min(y0 + 1, maxY);
                var wx = fx - x0;
                var wy = fy - y0;
                var o = y * tensorWidth + x;
                for (var c = 0; c < 3; c++)
                {
                    var rgb = 2 - c;
                    var a = src[y0 * stride + x0 * 3 + rgb] * (1 - wx) + src[y0 * stride + x1 * 3 + rgb] * wx;
                    var b = src[y1 * stride + x0 * 3 + rgb] * (1 - wx) + src[y1 * stride + x1 * 3 + rgb] * wx;
                    tensor[c * plane + o] = (a * (1 - wy) + b * wy) / 127.5f - 1f;
                }
            }
        }
    }
}
