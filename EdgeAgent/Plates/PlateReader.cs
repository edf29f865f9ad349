using System.Diagnostics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Plates;

/// <summary>A plate found in an image: the read and where it is.</summary>
/// <param name="Read">Text after grammar.</param>
/// <param name="Quad">Rotated box (for a two-line plate, the box around both lines).</param>
public sealed record PlateCandidate(PlateRead Read, TextQuad Quad);

/// <summary>Milliseconds one read spent in text detection and recognition, and how many lines it recognised.</summary>
public readonly record struct PlateReadCost(double Detect, double Recognise, int Lines);

/// <summary>
/// Reads plates with PP-OCRv4 from the model registry: the <see cref="PlateTextDetector"/> finds text boxes in a few
/// fixed working sizes, the plate-shaped ones go to the <see cref="PlateLineRecogniser"/> in batches, and the
/// <see cref="PlateAssembler"/> fits the lines to the grammars. Each part keeps its own pre-allocated tensors.
/// Thread-safe by a lock, so cameras can share one reader (and one set of tensors).
/// </summary>
public sealed class PlateReader : IDisposable
{
    private readonly Lock _gate = new();
    private readonly PlateTextDetector _detector;
    private readonly PlateLineRecogniser _recogniser;
    private readonly PlateAssembler _assembler;
    private readonly List<TextQuad> _quads = new(32);
    private readonly List<float> _charConf = new(32);
    private bool _disposed;

    /// <summary>A reader over the registry's text detector and recogniser (the recogniser's labels are its character list).</summary>
    public PlateReader(LoadedModel detector, LoadedModel recogniser, PlateGrammars grammars)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(grammars);
        _assembler = new PlateAssembler(grammars);
        // Neither part holds tensors until first used, so a recogniser that fails its checks leaves nothing to release.
        _detector = new PlateTextDetector(detector);
        _recogniser = new PlateLineRecogniser(recogniser);
    }

    /// <summary>Opens the reader from the registry's <c>ppocr-det-v4</c> and <c>ppocr-rec-v4</c> (or the ids given).</summary>
    public static PlateReader FromRegistry(ModelRegistry registry, PlateGrammars grammars, string detector = "ppocr-det-v4", string recogniser = "ppocr-rec-v4")
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new PlateReader(registry.Get(detector), registry.Get(recogniser), grammars);
    }

    /// <summary>Longest side the detector sees on a whole image (PP-OCR default 960).</summary>
    public int DetectLongSide { get; init; } = 960;

    /// <summary>Longest side the detector sees on a vehicle crop.</summary>
    public int CropDetectSide { get; init; } = 512;

    /// <summary>Smallest text height, in image pixels, worth recognising.</summary>
    public float MinTextHeight { get; init; } = 8;

    /// <summary>Width/height range of a single plate line: wider is a sign or a slogan, narrower is a glyph.</summary>
    public (float Min, float Max) LineAspect { get; init; } = (1.2f, 12f);

    /// <summary>True to search the lower half again at twice the scale when the first pass finds no plate (whole images).</summary>
    public bool SecondPass { get; init; } = true;

    /// <summary>A read below this confidence (or fitting no grammar) does not spare the image the second pass.</summary>
    public float SecondPassBelow { get; init; } = 0.7f;

    /// <summary>Cost of the last call, for benchmarks and the eval verb.</summary>
    public PlateReadCost LastCost { get; private set; }

    /// <summary>The grammars reads are fitted to.</summary>
    public PlateGrammars Grammars => _assembler.Grammars;

    /// <summary>
    /// Every plate-like read in the whole image, most confident first (reads that fit no grammar included, ranked low).
    /// When no read fits a grammar with confidence <see cref="SecondPassBelow"/>, the lower half of the image is searched
    /// again at twice the scale, where small plates are, and both passes' reads are kept. <paramref name="recogniser"/> replaces PP-OCR's recogniser (the Tesseract baseline reads the same boxes).
    /// </summary>
    public IReadOnlyList<PlateCandidate> Read(RgbImage image, ILineRecogniser? recogniser = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var scale = Math.Min(1f, (float)DetectLongSide / Math.Max(image.Width, image.Height));
            var results = new List<PlateCandidate>();
            var cost = ReadRegion(image, PixelRect.Of(image.Width, image.Height), scale, recogniser, results);
            if (SecondPass && !AnyConfident(results))
            {
                var half = image.Height / 2;
                var second = ReadRegion(image, new PixelRect(0, half, image.Width, image.Height - half), 2 * scale, recogniser, results);
                cost = new PlateReadCost(cost.Detect + second.Detect, cost.Recognise + second.Recognise, cost.Lines + second.Lines);
            }
            LastCost = cost;
            results.Sort(static (a, b) => b.Read.Confidence.CompareTo(a.Read.Confidence));
            return results;
        }
    }

    /// <summary>
    /// Plates inside <paramref name="region"/> of <paramref name="image"/> (a vehicle's box, expanded a little): the
    /// detector sees the region at <see cref="CropDetectSide"/>, the recogniser reads from the full-resolution image.
    /// Quads are in image pixels; most confident first.
    /// </summary>
    public IReadOnlyList<PlateCandidate> ReadCrop(RgbImage image, PixelRect region)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var results = new List<PlateCandidate>();
            if (!region.IsInside(image.Width, image.Height)) throw new ArgumentOutOfRangeException(nameof(region), region, $"not inside the {image.Width}x{image.Height} image");
            var scale = (float)CropDetectSide / Math.Max(region.W, region.H);
            LastCost = ReadRegion(image, region, scale, null, results);
            results.Sort(static (a, b) => b.Read.Confidence.CompareTo(a.Read.Confidence));
            return results;
        }
    }

    /// <summary>
    /// One read per place (see <see cref="PlateAssembler.BestPerPlace"/>): what <c>detect --kinds plates</c> prints and
    /// the eval counts.
    /// </summary>
    public static IReadOnlyList<PlateCandidate> BestPerPlace(IReadOnlyList<PlateCandidate> reads, float minScore = 0) =>
        PlateAssembler.BestPerPlace(reads, minScore);

    /// <summary>Text boxes in the whole image (detector + DB post-processing), in image pixels; a copy.</summary>
    public IReadOnlyList<TextQuad> Detect(RgbImage image)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _quads.Clear();
            var scale = Math.Min(1f, (float)DetectLongSide / Math.Max(image.Width, image.Height));
            _detector.Detect(image, PixelRect.Of(image.Width, image.Height), scale, _quads);
            return [.. _quads];
        }
    }

    /// <summary>Recognises one quad with PP-OCR; returns the raw text and fills per-character confidences.</summary>
    public string Recognise(RgbImage image, TextQuad quad, List<float> confidences)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _recogniser.Recognise(image, quad, confidences);
        }
    }

    private PlateReadCost ReadRegion(RgbImage image, PixelRect region, float scale, ILineRecogniser? recogniser, List<PlateCandidate> results)
    {
        var t0 = Stopwatch.GetTimestamp();
        _quads.Clear();
        _detector.Detect(image, region, scale, _quads);
        var t1 = Stopwatch.GetTimestamp();
        var lines = new List<PlateLine>();
        var shaped = new List<TextQuad>(_quads.Count);
        foreach (var q in _quads)
        {
            if (PlateShaped(q)) shaped.Add(q);
        }
        if (recogniser is null) _recogniser.RecogniseAll(image, shaped, lines);
        else
        {
            foreach (var q in shaped)
            {
                var raw = recogniser.Recognise(image, q, _charConf);
                if (raw.Length > 0) lines.Add(new PlateLine(q, raw, [.. _charConf]));
            }
        }
        _assembler.Assemble(lines, results);
        return new PlateReadCost(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds, Stopwatch.GetElapsedTime(t1).TotalMilliseconds, lines.Count);
    }

    private bool AnyConfident(List<PlateCandidate> results)
    {
        foreach (var r in results)
        {
            if (r.Read.FitsGrammar && r.Read.Confidence >= SecondPassBelow) return true;
        }
        return false;
    }

    private bool PlateShaped(TextQuad q)
    {
        if (q.Height < MinTextHeight) return false;
        var aspect = q.Width / q.Height;
        return aspect >= LineAspect.Min && aspect <= LineAspect.Max;
    }

    /// <summary>Releases the parts' tensors (the models stay with the registry).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _detector.Dispose();
            _recogniser.Dispose();
        }
    }
}
