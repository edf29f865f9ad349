namespace EdgeAgent.Imaging;

/// <summary>
/// A polygon in normalised coordinates (0..1 of the frame), as zones and masks are written in the configuration,
/// so one definition serves every decode size.
/// </summary>
public sealed class NormalizedPolygon
{
    private readonly float[] _xs;
    private readonly float[] _ys;

    /// <summary>Creates the polygon from its vertices in order (closed implicitly).</summary>
    public NormalizedPolygon(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 3) throw new ArgumentException($"a polygon needs at least 3 points, got {points.Count}", nameof(points));
        _xs = new float[points.Count];
        _ys = new float[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            _xs[i] = (float)points[i].X;
            _ys[i] = (float)points[i].Y;
        }
    }

    /// <summary>Number of vertices.</summary>
    public int Count => _xs.Length;

    /// <summary>True when the normalised point lies inside (even-odd rule; points on an edge may go either way).</summary>
    public bool Contains(float x, float y)
    {
        var inside = false;
        for (int i = 0, j = _xs.Length - 1; i < _xs.Length; j = i++)
        {
            var yi = _ys[i];
            var yj = _ys[j];
            if ((yi > y) != (yj > y) && x < ((_xs[j] - _xs[i]) * (y - yi) / (yj - yi)) + _xs[i])
            {
                inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>Sets <paramref name="value"/> in every cell of a width×height grid whose centre lies inside.</summary>
    public void Rasterize(Span<byte> grid, int width, int height, byte value)
    {
        if (grid.Length < width * height) throw new ArgumentException($"grid of {grid.Length} cells is smaller than {width}x{height}", nameof(grid));
        for (var y = 0; y < height; y++)
        {
            var ny = (y + 0.5f) / height;
            for (var x = 0; x < width; x++)
            {
                if (Contains((x + 0.5f) / width, ny)) grid[(y * width) + x] = value;
            }
        }
    }
}
