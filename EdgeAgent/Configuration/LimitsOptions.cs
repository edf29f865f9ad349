using EdgeAgent.Imaging;

namespace EdgeAgent.Configuration;

/// <summary>Bounds on untrusted input the agent decodes (photos given to the CLI, images in bundles), so a hostile file fails with a message instead of killing the agent.</summary>
public sealed record LimitsOptions
{
    /// <summary>Most pixels (width × height, as the file's header claims) of a still image decoded.</summary>
    public long MaxImagePixels { get; init; } = ImageLimits.DefaultMaxPixels;

    /// <summary>The image limits these options set.</summary>
    public ImageLimits Images => new() { MaxPixels = MaxImagePixels };

    internal static LimitsOptions Read(ConfigMap m) => new()
    {
        // Upper bound: 4 bytes per pixel must stay within one .NET array (2 GiB).
        MaxImagePixels = m.Whole("max_image_pixels", (int)ImageLimits.DefaultMaxPixels, 4096, 500_000_000),
    };
}
