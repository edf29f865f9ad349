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

    /// <summary>
    /// The cleaned moving-pixel grid (1 moving, 0 still) at <see cref="MaskWidth"/>×<see cref="MaskHeight"/>, row-major;
    /// empty while warming up or after a background reset, when motion is unknown. Valid until the next frame.
    /// </summary>
    public ReadOnlyMemory<byte> Mask { get; set; }

    /// <summary>Columns of <see cref="Mask"/>.</summary>
    public int MaskWidth { get; set; }

    /// <summary>Rows of <see cref="Mask"/>.</summary>
    public int MaskHeight { get; set; }

    /// <summary>
    /// The frame's small grey image (not blurred) at <see cref="GreyWidth"/>×<see cref="GreyHeight"/>, row-major, set on
    /// every frame: later stages (tamper) read it instead of scaling the frame again. Valid until the next frame.
    /// </summary>
    public ReadOnlyMemory<byte> Grey { get; set; }

    /// <summary>Columns of <see cref="Grey"/>.</summary>
    public int GreyWidth { get; set; }

    /// <summary>Rows of <see cref="Grey"/>.</summary>
    public int GreyHeight { get; set; }

    /// <summary>True when this frame changed almost everywhere (lighting, camera moved) and the background was reset.</summary>
    public bool BackgroundReset { get; set; }
}
