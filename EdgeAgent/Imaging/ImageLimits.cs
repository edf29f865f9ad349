using System.Globalization;

namespace EdgeAgent.Imaging;

/// <summary>
/// How large a still image may be. Checked against the size the file's header claims, before any pixel memory is
/// allocated: a 17 KB PNG can claim 60000x60000 (14 GB of RGBA), and a decoder asked for that either overflows or
/// writes past a buffer sized with 32-bit arithmetic.
/// </summary>
public sealed record ImageLimits
{
    /// <summary>The default pixel budget: 40 MP, above any camera or phone photo we enrol or check, about 160 MB to decode.</summary>
    public const long DefaultMaxPixels = 40_000_000;

    /// <summary>Largest width or height: JPEG cannot say more, and nothing we read has a side this long.</summary>
    public const int MaxSide = 65_535;

    /// <summary>The limits with their defaults (for callers that have no configuration, such as tests and benchmarks).</summary>
    public static ImageLimits Default { get; } = new();

    /// <summary>Most pixels (width × height) decoded; <c>limits.max_image_pixels</c> in the config.</summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;

    /// <summary>
    /// Largest encoded file read into memory: 4 bytes per allowed pixel (uncompressed RGBA) plus 1 MiB of headers, so no
    /// honest image within <see cref="MaxPixels"/> is refused while a multi-gigabyte file never is read whole.
    /// </summary>
    public long MaxFileBytes => MaxPixels * 4 + (1 << 20);

    /// <summary>Throws <see cref="InvalidDataException"/> naming <paramref name="name"/> when the claimed size is empty or over the limits.</summary>
    public void Check(long width, long height, string name)
    {
        if (width <= 0 || height <= 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{name}: the header claims an empty size {width}x{height} (corrupt image)"));
        }
        var pixels = width * height;
        if (width > MaxSide || height > MaxSide || pixels > MaxPixels)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the image is {width}x{height} ({pixels / 1e6:0.#} MP), larger than the limit of {MaxPixels / 1e6:0.#} MP and {MaxSide} pixels a side (limits.max_image_pixels); it was not decoded"));
        }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming <paramref name="name"/> when an encoded file of <paramref name="bytes"/> is empty or too large to read.</summary>
    public void CheckFileSize(long bytes, string name)
    {
        if (bytes == 0) throw new InvalidDataException($"{name}: the file is empty, not an image");
        if (bytes > MaxFileBytes)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {bytes} bytes, more than any image within {MaxPixels / 1e6:0.#} MP needs ({MaxFileBytes} bytes; limits.max_image_pixels); it was not read"));
        }
    }
}
