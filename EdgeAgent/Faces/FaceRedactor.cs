using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>
/// Makes the faces in a still unrecognisable before it leaves the device. BlazeFace looks at the whole image and, for a
/// wide or tall one, at overlapping squares along its long side too (padding a 16:9 frame to a square shrinks its faces by
/// almost half, and a small face missed is a face sent). Each face box, grown by <see cref="Margin"/> on every side to take
/// in hair, ears and chin, is then obscured (<see cref="Obscure"/>). Not for the per-frame path: it allocates.
/// </summary>
public sealed class FaceRedactor
{
    /// <summary>Lowest detector score that gets a face blurred: lower than for matching, a blurred shadow costs little.</summary>
    public const float DefaultMinScore = 0.35f;

    /// <summary>Growth of a face box on each side, as a fraction of its size.</summary>
    public const float Margin = 0.25f;

    private readonly FaceDetector _detector;

    /// <summary>Redacts with <paramref name="detector"/> (built with the score it should blur from, e.g. <see cref="DefaultMinScore"/>).</summary>
    public FaceRedactor(FaceDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
    }

    /// <summary>The faces in <paramref name="image"/>, each once (the best of overlapping finds), best first.</summary>
    public List<FaceDetection> Find(RgbImage image)
    {
        var found = new List<FaceDetection>();
        _detector.Detect(image, PixelRect.Of(image.Width, image.Height), found);
        foreach (var tile in Tiles(image.Width, image.Height)) _detector.Detect(image, tile, found);
        found.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        var kept = new List<FaceDetection>(found.Count);
        foreach (var f in found)
        {
            var duplicate = false;
            foreach (var k in kept)
            {
                if (Overlap(f.Box, k.Box) > 0.5f)
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) kept.Add(f);
        }
        return kept;
    }

    /// <summary>Obscures every face of <paramref name="image"/> in place; returns the faces (boxes as detected, before the margin).</summary>
    public List<FaceDetection> Redact(RgbImage image)
    {
        var faces = Find(image);
        foreach (var f in faces) Obscure.Region(image, Grown(f.Box, image.Width, image.Height));
        return faces;
    }

    /// <summary>The pixels obscured for a face box: the box grown by <see cref="Margin"/> on each side, clipped to the image.</summary>
    public static PixelRect Grown(BoxF box, int width, int height) =>
        PixelRect.Around(new BoxF(box.X - box.W * Margin, box.Y - box.H * Margin, box.W * (1 + 2 * Margin), box.H * (1 + 2 * Margin)), width, height);

    /// <summary>Squares of the short side's size along the long side, overlapping by at least a third; none for a near-square image.</summary>
    public static List<PixelRect> Tiles(int width, int height)
    {
        var tiles = new List<PixelRect>();
        var side = Math.Min(width, height);
        var length = Math.Max(width, height);
        if (length < side * 5 / 4) return tiles;
        var stride = side * 2 / 3;
        var count = (length - side + stride - 1) / stride + 1;
        for (var i = 0; i < count; i++)
        {
            var at = (int)((long)(length - side) * i / (count - 1));
            tiles.Add(width >= height ? new PixelRect(at, 0, side, side) : new PixelRect(0, at, side, side));
        }
        return tiles;
    }

    /// <summary>Intersection over the smaller box: the same face found whole and cut at a tile edge still counts once.</summary>
    private static float Overlap(BoxF a, BoxF b)
    {
        var ix = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        var iy = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        if (ix <= 0 || iy <= 0) return 0;
        var smaller = Math.Min(a.Area, b.Area);
        return smaller <= 0 ? 0 : ix * iy / smaller;
    }
}
