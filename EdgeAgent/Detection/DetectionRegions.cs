using EdgeAgent.Imaging;

namespace EdgeAgent.Detection;

/// <summary>
/// Frigate-style detection regions: squares around motion and tracked objects, at least the model's input size so
/// small objects are not upscaled into blur, merged while they overlap; the whole frame when they would cover most of it.
/// </summary>
public static class DetectionRegions
{
    /// <summary>Regions cover at most this many squares; more means the whole frame is cheaper.</summary>
    public const int MaxRegions = 4;

    /// <summary>
    /// Fills <paramref name="regions"/> with squares for <paramref name="boxes"/> in a width×height frame; returns false
    /// (and leaves the list empty) when the whole frame should be used instead.
    /// </summary>
    public static bool Build(List<BoxF> boxes, int width, int height, int minSide, List<PixelRect> regions)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(regions);
        regions.Clear();
        var maxSide = Math.Min(width, height);
        foreach (var b in boxes)
        {
            // An object wider than a square fits in the frame needs the frame.
            if (Math.Max(b.W, b.H) * 1.2f > maxSide) return false;
            Add(regions, Square(b, width, height, Math.Min(minSide, maxSide)));
        }
        // Merging can create new overlaps; repeat until stable (a few squares at most).
        var merged = true;
        while (merged)
        {
            merged = false;
            for (var i = 0; i < regions.Count && !merged; i++)
            {
                for (var j = i + 1; j < regions.Count; j++)
                {
                    if (!Overlap(regions[i], regions[j])) continue;
                    var a = regions[i];
                    var b = regions[j];
                    var union = BoxF.FromCorners(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
                    regions.RemoveAt(j);
                    regions[i] = Square(union, width, height, Math.Min(minSide, maxSide));
                    merged = true;
                    break;
                }
            }
        }
        long area = 0;
        foreach (var r in regions) area += (long)r.W * r.H;
        if (regions.Count == 0 || regions.Count > MaxRegions || area >= 0.6 * width * height)
        {
            regions.Clear();
            return false;
        }
        return true;
    }

    private static void Add(List<PixelRect> regions, PixelRect r)
    {
        foreach (var existing in regions)
        {
            if (Contains(existing, r)) return;
        }
        regions.Add(r);
    }

    private static bool Contains(PixelRect outer, PixelRect inner) =>
        inner.X >= outer.X && inner.Y >= outer.Y && inner.Right <= outer.Right && inner.Bottom <= outer.Bottom;

    private static bool Overlap(PixelRect a, PixelRect b) =>
        a.X < b.Right && b.X < a.Right && a.Y < b.Bottom && b.Y < a.Bottom;

    /// <summary>A square centred on the box with a margin, at least <paramref name="minSide"/>, shifted to lie inside the frame.</summary>
    internal static PixelRect Square(in BoxF box, int width, int height, int minSide)
    {
        var side = (int)MathF.Ceiling(Math.Max(box.W, box.H) * 1.2f);
        side = Math.Clamp(Math.Max(side, minSide), 1, Math.Min(width, height));
        var x = (int)MathF.Round(box.CenterX - side / 2f);
        var y = (int)MathF.Round(box.CenterY - side / 2f);
        x = Math.Clamp(x, 0, width - side);
        y = Math.Clamp(y, 0, height - side);
        return new PixelRect(x, y, side, side);
    }
}
