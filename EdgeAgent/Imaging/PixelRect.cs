namespace EdgeAgent.Imaging;

/// <summary>An integer rectangle of pixels: top-left corner, width and height.</summary>
public readonly record struct PixelRect(int X, int Y, int W, int H)
{
    /// <summary>Right edge (exclusive).</summary>
    public int Right => X + W;

    /// <summary>Bottom edge (exclusive).</summary>
    public int Bottom => Y + H;

    /// <summary>The whole of a width×height image.</summary>
    public static PixelRect Of(int width, int height) => new(0, 0, width, height);

    /// <summary>The smallest pixel rectangle holding <paramref name="box"/>, clipped to a width×height image.</summary>
    public static PixelRect Around(in BoxF box, int width, int height)
    {
        var x1 = Math.Clamp((int)MathF.Floor(box.X), 0, width);
        var y1 = Math.Clamp((int)MathF.Floor(box.Y), 0, height);
        var x2 = Math.Clamp((int)MathF.Ceiling(box.Right), 0, width);
        var y2 = Math.Clamp((int)MathF.Ceiling(box.Bottom), 0, height);
        return new PixelRect(x1, y1, x2 - x1, y2 - y1);
    }

    /// <summary>True when the rectangle has pixels and lies inside a width×height image.</summary>
    public bool IsInside(int width, int height) => W > 0 && H > 0 && X >= 0 && Y >= 0 && Right <= width && Bottom <= height;

    /// <summary>The rectangle as a float box.</summary>
    public BoxF ToBox() => new(X, Y, W, H);
}
