namespace EdgeAgent.Imaging;

/// <summary>An axis-aligned box in pixels: top-left corner, width and height.</summary>
public readonly record struct BoxF(float X, float Y, float W, float H)
{
    /// <summary>Right edge.</summary>
    public float Right => X + W;

    /// <summary>Bottom edge.</summary>
    public float Bottom => Y + H;

    /// <summary>Centre x.</summary>
    public float CenterX => X + W / 2;

    /// <summary>Centre y.</summary>
    public float CenterY => Y + H / 2;

    /// <summary>Area in square pixels (zero for an empty box).</summary>
    public float Area => W > 0 && H > 0 ? W * H : 0;

    /// <summary>Box from its corners.</summary>
    public static BoxF FromCorners(float x1, float y1, float x2, float y2) => new(x1, y1, x2 - x1, y2 - y1);

    /// <summary>Intersection over union with another box.</summary>
    public float IoU(in BoxF other)
    {
        var ix = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var iy = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        if (ix <= 0 || iy <= 0) return 0;
        var inter = ix * iy;
        return inter / (Area + other.Area - inter);
    }

    /// <summary>The part of the box inside a width×height image.</summary>
    public BoxF Clip(float width, float height)
    {
        var x1 = Math.Clamp(X, 0, width);
        var y1 = Math.Clamp(Y, 0, height);
        var x2 = Math.Clamp(Right, 0, width);
        var y2 = Math.Clamp(Bottom, 0, height);
        return FromCorners(x1, y1, x2, y2);
    }

    /// <summary>The box scaled by independent x and y factors.</summary>
    public BoxF Scale(float sx, float sy) => new(X * sx, Y * sy, W * sx, H * sy);
}
