using EdgeAgent.Imaging;

namespace EdgeAgent.Configuration;

/// <summary>Bounds on untrusted input the agent decodes (photos given to the CLI, images in bundles), so a hostile file fails with a message instead of killing the agent.</summary>
public sealed record LimitsOptions
{
    public long MaxImagePixels { get; init; } = ImageLimits.DefaultMaxPixels;

    /// <summary>The image limits these options set.</summary>
    public ImageLimits Images => new() { MaxPixels = MaxImagePixels };

    /// <summary>The <c>limits:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<LimitsOptions> Table = new OptionTable<LimitsOptions>("Bounds on untrusted input the agent decodes (photos given to the CLI, images in bundles).")
        // Upper bound: 4 bytes per pixel must stay within one .NET array (2 GiB).
        .Custom("max_image_pixels", static (m, o) => o with { MaxImagePixels = m.Whole("max_image_pixels", (int)o.MaxImagePixels, 4096, 500_000_000) },
            OptionSchema.Scalar(OptionSchema.Whole(4096, 500_000_000), "", ImageLimits.DefaultMaxPixels), "Most pixels (width x height, as the file's header claims) of a still image decoded.");
}
