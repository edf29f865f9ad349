namespace EdgeAgent.Imaging;

/// <summary>
/// Maps a model's input pixels back to the source image: <c>source = Offset + (input - Pad) / Scale</c>. Made by the
/// preprocessing that filled the input tensor, used by decoders to report boxes in frame pixels.
/// </summary>
public readonly record struct InputTransform(float ScaleX, float ScaleY, float PadX, float PadY, float OffsetX, float OffsetY)
{
    /// <summary>No change.</summary>
    public static InputTransform Identity => new(1, 1, 0, 0, 0, 0);

    /// <summary>Source x of input x.</summary>
    public float ToSourceX(float x) => OffsetX + (x - PadX) / ScaleX;

    /// <summary>Source y of input y.</summary>
    public float ToSourceY(float y) => OffsetY + (y - PadY) / ScaleY;

    /// <summary>A box given by its corners in input pixels, in source pixels.</summary>
    public BoxF ToSource(float x1, float y1, float x2, float y2) =>
        BoxF.FromCorners(ToSourceX(x1), ToSourceY(y1), ToSourceX(x2), ToSourceY(y2));
}
