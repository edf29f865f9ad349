using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>What <see cref="FaceRedactor.Redact"/> did to an image.</summary>
/// <param name="Faces">The faces found (boxes as detected), each once.</param>
/// <param name="Regions">Every region obscured, in the order it was done.</param>
/// <param name="FlatFilled">Regions filled flat because something face-like was still seen after the blur.</param>
public sealed record Redaction(IReadOnlyList<FaceDetection> Faces, IReadOnlyList<PixelRect> Regions, int FlatFilled);

/// <summary>
/// Makes the faces in a still unrecognisable before it leaves the device. BlazeFace looks at the whole image and, for a
/// wide or tall one, at overlapping squares along its long side too (padding a 16:9 frame to a square shrinks its faces by
/// almost half, and a small face missed is a face sent). Each face box, grown by <see cref="Margin"/> on every side to take
/// in hair, ears and chin, is then obscured (<see cref="Obscure"/>). Not for the per-frame path: it allocates and runs the
/// detector several times (calls are serialised on the model's runner, so one instance may be shared).
/// </summary>
public sealed class FaceRedactor
{
    /// <summary>Growth of a face box on each side, as a fraction of its size.</summary>
    public const float Margin = 0.25f;

    private readonly FaceDetector _sensitive;
    private readonly FaceDetector _confident;

    /// <summary>
    /// Redacts with BlazeFace <paramref name="model"/>: faces are looked for from <paramref name="minScore"/> up (default the
    /// manifest's threshold: at 0.35 the crowd behind messi5.jpg gave four false faces up to 136 px wide), and the check after blurring
    /// uses the manifest's threshold.
    /// </summary>
    public FaceRedactor(Models.LoadedModel model, float? minScore = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _confident = new FaceDetector(model);
        _sensitive = minScore is null ? _confident : new FaceDetector(model, minScore);
    }

    /// <summary>
    /// The faces in <paramref name="image"/>, each once (the best of overlapping finds), best first; from the redaction
    /// threshold up, or from the manifest's when <paramref name="confidentOnly"/>.
    /// </summary>
    public List<FaceDetection> Find(RgbImage image, bool confidentOnly = false)
    {
        var detector = confidentOnly ? _confident : _sensitive;
        var found = new List<FaceDetection>();
        detector.Detect(image, PixelRect.Of(image.Width, image.Height), found);
        foreach (var tile in Tiles(image.Width, image.Height)) detector.Detect(image, tile, found);
        found.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        var kept = new List<FaceDetection>(found.Count);
        foreach (var f in found)
        {
            if (!Overlaps(f.Box, kept)) kept.Add(f);
        }
        return kept;
    }

    /// <summary>
    /// Obscures every face of <paramref name="image"/> in place. Then it looks again: a blurred head can still read as a
    /// face to the detector (a dark crown over a skin-coloured blob), and whatever it still finds is filled flat, up to
    /// <see cref="MaxChecks"/> times, so that the image that leaves holds nothing this detector calls a face.
    /// </summary>
    public Redaction Redact(RgbImage image)
    {
        var faces = Find(image);
        var regions = new List<PixelRect>(faces.Count);
        foreach (var f in faces)
        {
            var r = Grown(f.Box, image.Width, image.Height);
            Obscure.Region(image, r);
            regions.Add(r);
        }
        var flattened = new HashSet<int>();
        for (var check = 0; check < MaxChecks && regions.Count > 0; check++)
        {
            // Checked at the detector's own threshold: a blurred blob below it is not a face to anyone.
            var left = Find(image, confidentOnly: true);
            if (left.Count == 0) break;
            foreach (var f in left)
            {
                var hit = false;
                for (var i = 0; i < regions.Count; i++)
                {
                    if (Overlap(f.Box, regions[i].ToBox()) <= 0.5f) continue;
                    Obscure.Flat(image, regions[i]);
                    flattened.Add(i);
                    hit = true;
                }
                if (!hit)
                {
                    // A face that only stands out now that its neighbours are blurred: blur it too, and look again.
                    var r = Grown(f.Box, image.Width, image.Height);
                    Obscure.Region(image, r);
                    regions.Add(r);
                    faces.Add(f);
                }
            }
        }
        return new Redaction(faces, regions, flattened.Count);
    }

    /// <summary>Rounds of looking again and filling flat after the blur, at most.</summary>
    public const int MaxChecks = 2;

    /// <summary>True when <paramref name="box"/> is mostly (over half of the smaller) one of <paramref name="faces"/>.</summary>
    private static bool Overlaps(BoxF box, List<FaceDetection> faces)
    {
        foreach (var f in faces)
        {
            if (Overlap(box, f.Box) > 0.5f) return true;
        }
        return false;
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
