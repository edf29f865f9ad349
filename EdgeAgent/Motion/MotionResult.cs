using EdgeAgent.Imaging;

namespace EdgeAgent.Motion;

/// <summary>What the motion stage saw in the current frame; reused across frames.</summary>
public sealed class MotionResult
{
    /// <summary>True when moving pixels cover more than the configured minimum area.</summary>
    public bool HasMotion { get; set; }

    /// <summary>Fraction of the (unmasked) frame that moved, 0..1.</summary>
    public float MovingFraction { get; set; }

    /// <summary>Boxes around connected moving areas, in frame pixels.</summary>
    public List<BoxF> Regions { get; } = new(16);
}
