using System.Numerics;
using EdgeAgent.Imaging;

namespace EdgeAgent.Plates;

/// <summary>
/// A text box from the detector: a rotated rectangle as four corners in image pixels, ordered top-left, top-right,
/// bottom-right, bottom-left with the top edge the side nearest to horizontal.
/// </summary>
public readonly record struct TextQuad(Vector2 TopLeft, Vector2 TopRight, Vector2 BottomRight, Vector2 BottomLeft, float Score)
{
    /// <summary>Length of the top edge.</summary>
    public float Width => Vector2.Distance(TopLeft, TopRight);

    /// <summary>Length of the left edge.</summary>
    public float Height => Vector2.Distance(TopLeft, BottomLeft);

    /// <summary>Angle of the top edge in degrees, positive clockwise in image coordinates (y down).</summary>
    public float AngleDegrees => MathF.Atan2(TopRight.Y - TopLeft.Y, TopRight.X - TopLeft.X) * 180f / MathF.PI;

    /// <summary>Centre.</summary>
    public Vector2 Center => (TopLeft + BottomRight) * 0.5f;

    /// <summary>The axis-aligned box around the corners.</summary>
    public BoxF Bounds
    {
        get
        {
            var x1 = MathF.Min(MathF.Min(TopLeft.X, TopRight.X), MathF.Min(BottomRight.X, BottomLeft.X));
            var y1 = MathF.Min(MathF.Min(TopLeft.Y, TopRight.Y), MathF.Min(BottomRight.Y, BottomLeft.Y));
            var x2 = MathF.Max(MathF.Max(TopLeft.X, TopRight.X), MathF.Max(BottomRight.X, BottomLeft.X));
            var y2 = MathF.Max(MathF.Max(TopLeft.Y, TopRight.Y), MathF.Max(BottomRight.Y, BottomLeft.Y));
            return BoxF.FromCorners(x1, y1, x2, y2);
        }
    }
}
