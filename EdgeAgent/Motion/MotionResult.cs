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

    /// <summary>
    /// True while the background is still being learnt (the first frames of a stream): motion is then unknown,
    /// so <see cref="HasMotion"/> is reported true with the whole frame as one region, and the detector runs.
    /// </summary>
    public bool WarmingUp { get; set; }

    /// <summary>True when this frame changed almost everywhere (lighting, camera moved) and the background was reset.</summary>
    public bool BackgroundReset { get; set; }
}
