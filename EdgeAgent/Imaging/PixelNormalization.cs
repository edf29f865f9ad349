namespace EdgeAgent.Imaging;

/// <summary>
/// Per-channel affine map from a 0..255 pixel to a model value, <c>value = pixel * A[c] + B[c]</c>, i.e.
/// <c>(pixel * scale - mean) / std</c> folded into one multiply-add.
/// </summary>
public readonly record struct PixelNormalization(float A0, float A1, float A2, float B0, float B1, float B2)
{
    /// <summary>Values 0..255 unchanged.</summary>
    public static PixelNormalization None => new(1, 1, 1, 0, 0, 0);

    /// <summary>From a scale and per-channel mean and std, all in the model's order of channels.</summary>
    public static PixelNormalization From(float scale, IReadOnlyList<float> mean, IReadOnlyList<float> std)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(std);
        return new(scale / std[0], scale / std[1], scale / std[2], -mean[0] / std[0], -mean[1] / std[1], -mean[2] / std[2]);
    }

    /// <summary>Multiplier of channel c.</summary>
    public float A(int c) => c switch { 0 => A0, 1 => A1, _ => A2 };

    /// <summary>Offset of channel c (also the value of a black pixel).</summary>
    public float B(int c) => c switch { 0 => B0, 1 => B1, _ => B2 };
}
