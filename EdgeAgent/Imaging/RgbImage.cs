namespace EdgeAgent.Imaging;

/// <summary>
/// An interleaved 8-bit RGB image over a buffer it may not own (a pooled frame, a decoded still).
/// A value type so passing a view around the per-frame path costs nothing.
/// </summary>
public readonly struct RgbImage
{
    /// <summary>Wraps <paramref name="data"/>; its first width*height*3 bytes are the pixels, rows without padding.</summary>
    public RgbImage(byte[] data, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (data.Length < width * height * 3) throw new ArgumentException($"buffer of {data.Length} bytes is smaller than {width}x{height} RGB", nameof(data));
        Data = data;
        Width = width;
        Height = height;
    }

    /// <summary>The backing buffer (may be longer than the image).</summary>
    public byte[] Data { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Bytes per row.</summary>
    public int Stride => Width * 3;

    /// <summary>Bytes of pixel data.</summary>
    public int Length => Width * Height * 3;

    /// <summary>The pixels.</summary>
    public Span<byte> Pixels => Data.AsSpan(0, Length);

    /// <summary>One row of pixels.</summary>
    public ReadOnlySpan<byte> Row(int y) => Data.AsSpan(y * Stride, Stride);

    /// <summary>Allocates a new black image.</summary>
    public static RgbImage Create(int width, int height) => new(new byte[width * height * 3], width, height);
}
