using System.Numerics;

namespace EdgeAgent.Plates;

/// <summary>
/// Turns a DB text detector's probability map (PP-OCR det) into rotated text boxes: binarise, 8-connected components,
/// convex hull, minimum-area rectangle (rotating calipers), score as the mean probability inside it, unclip (grow by
/// area × ratio / perimeter, which is where the DB model's shrunk kernels put the text's edge), and map to image pixels.
/// Keeps its buffers between calls; not thread-safe (one per detector session).
/// </summary>
public sealed class DbPostProcessor
{
    private byte[] _mask = [];
    private int[] _stack = [];
    private int[] _rowMin = [];
    private int[] _rowMax = [];
    private readonly List<Vector2> _points = new(256);
    private readonly List<Vector2> _hull = new(128);

    /// <summary>Probability above which a pixel is text.</summary>
    public float Threshold { get; init; } = 0.3f;

    /// <summary>Mean probability inside a box below which it is dropped.</summary>
    public float BoxThreshold { get; init; } = 0.6f;

    /// <summary>How far boxes grow: distance = area × ratio / perimeter.</summary>
    public float UnclipRatio { get; init; } = 1.5f;

    /// <summary>Shortest side, in map pixels, of a box before unclipping (after: this + 2).</summary>
    public float MinSide { get; init; } = 3f;

    /// <summary>Most components examined per map (the largest maps of clutter are cut off here).</summary>
    public int MaxCandidates { get; init; } = 1000;

    /// <summary>
    /// Finds text boxes in a <paramref name="width"/>×<paramref name="height"/> probability map and appends them to
    /// <paramref name="output"/> in image pixels (map x × <paramref name="scaleX"/>, y × <paramref name="scaleY"/>).
    /// </summary>
    public void Process(ReadOnlySpan<float> probability, int width, int height, float scaleX, float scaleY, List<TextQuad> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (probability.Length < width * height) throw new ArgumentException($"probability map has {probability.Length} values, fewer than {width}x{height}", nameof(probability));
        var n = width * height;
        if (_mask.Length < n)
        {
            _mask = new byte[n];
            _stack = new int[n];
        }
        if (_rowMin.Length < height)
        {
            _rowMin = new int[height];
            _rowMax = new int[height];
        }
        var mask = _mask.AsSpan(0, n);
        for (var i = 0; i < n; i++) mask[i] = probability[i] > Threshold ? (byte)1 : (byte)0;

        var candidates = 0;
        for (var start = 0; start < n && candidates < MaxCandidates; start++)
        {
            if (mask[start] != 1) continue;
            candidates++;
            var (minY, maxY, pixels) = Fill(mask, width, height, start);
            if (pixels < 4) continue;
            BuildHullPoints(minY, maxY);
            ConvexHull(_points, _hull);
            if (_hull.Count < 3) continue;
            MinAreaRect(_hull, out var center, out var axis, out var halfU, out var halfV);
            if (MathF.Min(halfU, halfV) * 2 < MinSide) continue;
            var score = MeanInside(probability, width, height, center, axis, halfU, halfV);
            if (score < BoxThreshold) continue;
            var distance = 4 * halfU * halfV * UnclipRatio / (4 * (halfU + halfV));
            halfU += distance;
            halfV += distance;
            if (MathF.Min(halfU, halfV) * 2 < MinSide + 2) continue;
            output.Add(ToQuad(center, axis, halfU, halfV, scaleX, scaleY, score));
        }
    }

    // Flood-fills the component at start (marking it 2), recording each row's leftmost and rightmost pixel.
    private (int MinY, int MaxY, int Pixels) Fill(Span<byte> mask, int width, int height, int start)
    {
        var sy = start / width;
        int minY = sy, maxY = sy, pixels = 0, top = 0;
        _rowMin[sy] = int.MaxValue;
        _rowMax[sy] = int.MinValue;
        _stack[top++] = start;
        mask[start] = 2;
        while (top > 0)
        {
            var p = _stack[--top];
            var y = p / width;
            var x = p - y * width;
            pixels++;
            if (y < minY)
            {
                for (var r = y; r < minY; r++) { _rowMin[r] = int.MaxValue; _rowMax[r] = int.MinValue; }
                minY = y;
            }
            if (y > maxY)
            {
                for (var r = maxY + 1; r <= y; r++) { _rowMin[r] = int.MaxValue; _rowMax[r] = int.MinValue; }
                maxY = y;
            }
            if (x < _rowMin[y]) _rowMin[y] = x;
            if (x > _rowMax[y]) _rowMax[y] = x;
            for (var dy = -1; dy <= 1; dy++)
            {
                var ny = y + dy;
                if ((uint)ny >= (uint)height) continue;
                for (var dx = -1; dx <= 1; dx++)
                {
                    var nx = x + dx;
                    if ((uint)nx >= (uint)width) continue;
                    var q = ny * width + nx;
                    if (mask[q] != 1) continue;
                    mask[q] = 2;
                    _stack[top++] = q;
                }
            }
        }
        return (minY, maxY, pixels);
    }

    // The region's outline as pixel corners: each row's extremes are enough for the convex hull.
    private void BuildHullPoints(int minY, int maxY)
    {
        _points.Clear();
        for (var y = minY; y <= maxY; y++)
        {
            if (_rowMin[y] > _rowMax[y]) continue;
            float l = _rowMin[y], r = _rowMax[y] + 1;
            _points.Add(new Vector2(l, y));
            _points.Add(new Vector2(l, y + 1));
            _points.Add(new Vector2(r, y));
            _points.Add(new Vector2(r, y + 1));
        }
    }

    /// <summary>Andrew's monotone chain; <paramref name="hull"/> gets the hull counter-clockwise (in y-up terms) without repeats.</summary>
    internal static void ConvexHull(List<Vector2> points, List<Vector2> hull)
    {
        hull.Clear();
        points.Sort(static (a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Y.CompareTo(b.Y));
        if (points.Count < 3)
        {
            hull.AddRange(points);
            return;
        }
        for (var i = 0; i < points.Count; i++)
        {
            while (hull.Count >= 2 && Cross(hull[^2], hull[^1], points[i]) <= 0) hull.RemoveAt(hull.Count - 1);
            hull.Add(points[i]);
        }
        var lower = hull.Count + 1;
        for (var i = points.Count - 2; i >= 0; i--)
        {
            while (hull.Count >= lower && Cross(hull[^2], hull[^1], points[i]) <= 0) hull.RemoveAt(hull.Count - 1);
            hull.Add(points[i]);
        }
        hull.RemoveAt(hull.Count - 1);
    }

    private static float Cross(Vector2 o, Vector2 a, Vector2 b) => (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);

    /// <summary>Rotating calipers: the smallest rectangle has a side on one of the hull's edges.</summary>
    internal static void MinAreaRect(List<Vector2> hull, out Vector2 center, out Vector2 axis, out float halfU, out float halfV)
    {
        var bestArea = float.MaxValue;
        center = default;
        axis = Vector2.UnitX;
        halfU = halfV = 0;
        for (var i = 0; i < hull.Count; i++)
        {
            var edge = hull[(i + 1) % hull.Count] - hull[i];
            var len = edge.Length();
            if (len < 1e-6f) continue;
            var u = edge / len;
            var v = new Vector2(-u.Y, u.X);
            float minU = float.MaxValue, maxU = float.MinValue, minV = float.MaxValue, maxV = float.MinValue;
            foreach (var p in hull)
            {
                var pu = Vector2.Dot(p, u);
                var pv = Vector2.Dot(p, v);
                if (pu < minU) minU = pu;
                if (pu > maxU) maxU = pu;
                if (pv < minV) minV = pv;
                if (pv > maxV) maxV = pv;
            }
            var area = (maxU - minU) * (maxV - minV);
            if (area >= bestArea) continue;
            bestArea = area;
            axis = u;
            halfU = (maxU - minU) / 2;
            halfV = (maxV - minV) / 2;
            center = u * ((minU + maxU) / 2) + v * ((minV + maxV) / 2);
        }
    }

    // Mean probability of the pixels whose centres fall inside the rectangle (the fast DB box score, on the rotated box).
    private static float MeanInside(ReadOnlySpan<float> probability, int width, int height, Vector2 c, Vector2 u, float hu, float hv)
    {
        var v = new Vector2(-u.Y, u.X);
        var ex = MathF.Abs(u.X) * hu + MathF.Abs(v.X) * hv;
        var ey = MathF.Abs(u.Y) * hu + MathF.Abs(v.Y) * hv;
        var x0 = Math.Max(0, (int)MathF.Floor(c.X - ex));
        var x1 = Math.Min(width - 1, (int)MathF.Ceiling(c.X + ex));
        var y0 = Math.Max(0, (int)MathF.Floor(c.Y - ey));
        var y1 = Math.Min(height - 1, (int)MathF.Ceiling(c.Y + ey));
        double sum = 0;
        var count = 0;
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                var d = new Vector2(x + 0.5f, y + 0.5f) - c;
                if (MathF.Abs(Vector2.Dot(d, u)) > hu || MathF.Abs(Vector2.Dot(d, v)) > hv) continue;
                sum += probability[y * width + x];
                count++;
            }
        }
        return count == 0 ? 0 : (float)(sum / count);
    }

    private static TextQuad ToQuad(Vector2 c, Vector2 u, float hu, float hv, float sx, float sy, float score)
    {
        var v = new Vector2(-u.Y, u.X);
        // The top edge runs along whichever axis is nearer to horizontal, left to right; "down" is then its clockwise normal.
        Vector2 h;
        float eh, ev;
        if (MathF.Abs(u.X) >= MathF.Abs(v.X)) { h = u; eh = hu; ev = hv; }
        else { h = v; eh = hv; ev = hu; }
        if (h.X < 0) h = -h;
        var down = new Vector2(-h.Y, h.X);
        var scale = new Vector2(sx, sy);
        var tl = (c - h * eh - down * ev) * scale;
        var tr = (c + h * eh - down * ev) * scale;
        var br = (c + h * eh + down * ev) * scale;
        var bl = (c - h * eh + down * ev) * scale;
        return new TextQuad(tl, tr, br, bl, score);
    }
}
