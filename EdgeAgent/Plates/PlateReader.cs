using System.Diagnostics;
using System.Numerics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Plates;

/// <summary>A plate found in an image: the read and where it is.</summary>
/// <param name="Read">Text after grammar.</param>
/// <param name="Quad">Rotated box (for a two-line plate, the box around both lines).</param>
public sealed record PlateCandidate(PlateRead Read, TextQuad Quad);

/// <summary>Milliseconds one read spent in text detection and recognition, and how many lines it recognised.</summary>
public readonly record struct PlateReadCost(double Detect, double Recognise, int Lines);

/// <summary>Reads the text of one rectified line; the PP-OCR recogniser is built in, Tesseract is the baseline.</summary>
public interface ILineRecogniser
{
    /// <summary>The raw text of <paramref name="quad"/> in <paramref name="image"/>, with one confidence per character.</summary>
    string Recognise(RgbImage image, TextQuad quad, List<float> confidences);
}

/// <summary>
/// Reads plates with PP-OCRv4 from the model registry: text detection (DB) letterboxed into a few fixed working sizes,
/// each plate-shaped box rectified to height 48 and recognised in batches at 48×320 (greedy CTC), then the grammar.
/// Pieces of one line and two stacked lines of one plate are also read together. Every ONNX run goes through a
/// <see cref="ModelRunner"/> with pre-allocated tensors; the runners are made on first use of a size and kept.
/// Thread-safe by a lock, so cameras can share one reader (and one set of tensors).
/// </summary>
public sealed class PlateReader : IDisposable
{
    /// <summary>Recogniser input height.</summary>
    public const int RecHeight = 48;

    /// <summary>Recogniser input width: PP-OCR's default; longer lines are squeezed into it.</summary>
    public const int RecWidth = 320;

    /// <summary>Detector working sizes are multiples of this (the model needs 32; coarser steps bound the runner count).</summary>
    public const int DetectStep = 128;

    private static readonly int[] RecBatches = [1, 2, 4, 8];

    private readonly Lock _gate = new();
    private readonly LoadedModel _detModel;
    private readonly LoadedModel _recModel;
    private readonly PixelNormalization _detNorm;
    private readonly PixelNormalization _recNorm;
    private readonly bool _detBgr;
    private readonly bool _recBgr;
    private readonly CtcDecoder _ctc;
    private readonly PlateGrammars _grammars;
    private readonly DbPostProcessor _db;
    private readonly Dictionary<(int W, int H), ModelRunner> _detRunners = [];
    private readonly Queue<(int W, int H)> _detOrder = new();
    private readonly ModelRunner?[] _recRunners = new ModelRunner?[RecBatches.Length];
    private readonly List<TextQuad> _quads = new(32);
    private readonly List<float> _charConf = new(32);
    private readonly List<CtcAlternative> _charAlt = new(32);
    private readonly byte[] _lineBuffer = new byte[RecWidth * RecHeight * 3];
    private bool _disposed;

    /// <summary>A reader over the registry's text detector and recogniser (the recogniser's labels are its character list).</summary>
    public PlateReader(LoadedModel detector, LoadedModel recogniser, PlateGrammars grammars)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(grammars);
        _detModel = detector;
        _recModel = recogniser;
        _grammars = grammars;
        var d = detector.Entry.Input;
        var r = recogniser.Entry.Input;
        if (d.Layout != TensorLayout.Nchw || r.Layout != TensorLayout.Nchw)
        {
            throw new ModelException(d.Layout != TensorLayout.Nchw ? detector.Id : recogniser.Id, "PP-OCR models take NCHW input");
        }
        if (r.Height is > 0 and not RecHeight) throw new ModelException(recogniser.Id, $"input height is {r.Height}, the reader feeds {RecHeight}");
        _detNorm = PixelNormalization.From(d.Scale, d.Mean, d.Std);
        _recNorm = PixelNormalization.From(r.Scale, r.Mean, r.Std);
        _detBgr = d.Bgr;
        _recBgr = r.Bgr;
        _ctc = new CtcDecoder(recogniser.Labels);
        _db = new DbPostProcessor
        {
            Threshold = detector.Entry.Option("threshold", 0.3f),
            BoxThreshold = detector.Entry.Option("box_threshold", 0.6f),
            // Plates are short lines with a border close by: a little more than PP-OCR's 1.5 keeps the first and last glyph.
            UnclipRatio = detector.Entry.Option("plate_unclip_ratio", 1.6f),
            MinSide = detector.Entry.Option("min_box_side", 3f),
        };
        var classes = recogniser.Session.OutputMetadata[recogniser.Entry.Outputs[0]].Dimensions[^1];
        if (classes != _ctc.ClassCount)
        {
            throw new ModelException(recogniser.Id, $"outputs {classes} classes but its labels {recogniser.Entry.Labels} give {_ctc.ClassCount} (blank + keys + space)");
        }
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

    /// <summary>Most detector working sizes kept at once (each holds its own input and output tensors).</summary>
    public int MaxDetectRunners { get; init; } = 6;

    /// <summary>Smallest text height, in image pixels, worth recognising.</summary>
    public float MinTextHeight { get; init; } = 8;

    /// <summary>Width/height range of a single plate line: wider is a sign or a slogan, narrower is a glyph.</summary>
    public (float Min, float Max) LineAspect { get; init; } = (1.2f, 12f);

    /// <summary>True to search the lower half again at twice the scale when the first pass finds no plate (whole images).</summary>
    public bool SecondPass { get; init; } = true;

    /// <summary>Cost of the last call, for benchmarks and the eval verb.</summary>
    public PlateReadCost LastCost { get; private set; }

    /// <summary>The grammars reads are fitted to.</summary>
    public PlateGrammars Grammars => _grammars;

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
    /// One read per place: <paramref name="reads"/> (most confident first) without those lying mostly inside a better
    /// one (the pieces of a joined line, the lines of a two-line plate), and without those below <paramref name="minScore"/>.
    /// At one place a read fitting a specific format beats one fitting only a generic format, which beats one fitting
    /// none; confidence decides within a rank. Plate fonts make the recogniser most sure of exactly the wrong reads a
    /// format rejects (DPOOOOSS16 over DP0000SS), so the format decides first. Most confident first, as given.
    /// What <c>detect --kinds plates</c> prints and the eval counts.
    /// </summary>
    public static IReadOnlyList<PlateCandidate> BestPerPlace(IReadOnlyList<PlateCandidate> reads, float minScore = 0)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var order = new List<int>(reads.Count);
        for (var i = 0; i < reads.Count; i++)
        {
            if (reads[i].Read.Confidence >= minScore) order.Add(i);
        }
        order.Sort((a, b) =>
        {
            var rank = reads[b].Read.FitRank.CompareTo(reads[a].Read.FitRank);
            if (rank != 0) return rank;
            var conf = reads[b].Read.Confidence.CompareTo(reads[a].Read.Confidence);
            return conf != 0 ? conf : a.CompareTo(b);
        });
        var keep = new bool[reads.Count];
        var kept = new List<int>(order.Count);
        foreach (var i in order)
        {
            var box = reads[i].Quad.Bounds;
            var covered = false;
            foreach (var k in kept)
            {
                var o = reads[k].Quad.Bounds;
                var iw = Math.Min(box.Right, o.Right) - Math.Max(box.X, o.X);
                var ih = Math.Min(box.Bottom, o.Bottom) - Math.Max(box.Y, o.Y);
                if (iw > 0 && ih > 0 && iw * ih > 0.5f * Math.Min(box.Area, o.Area))
                {
                    covered = true;
                    break;
                }
            }
            if (covered) continue;
            kept.Add(i);
            keep[i] = true;
        }
        var result = new List<PlateCandidate>(kept.Count);
        for (var i = 0; i < reads.Count; i++)
        {
            if (keep[i]) result.Add(reads[i]);
        }
        return result;
    }

    /// <summary>Text boxes in the whole image (detector + DB post-processing), in image pixels; a copy.</summary>
    public IReadOnlyList<TextQuad> Detect(RgbImage image)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _quads.Clear();
            var scale = Math.Min(1f, (float)DetectLongSide / Math.Max(image.Width, image.Height));
            DetectRegion(image, PixelRect.Of(image.Width, image.Height), scale, _quads);
            return [.. _quads];
        }
    }

    /// <summary>Recognises one quad with PP-OCR; returns the raw text and fills per-character confidences.</summary>
    public string Recognise(RgbImage image, TextQuad quad, List<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var runner = RecRunner(0);
            using var lease = runner.Acquire();
            FillLine(lease.Fill, image, quad, lease.Input.Data.AsSpan(0, 3 * RecHeight * RecWidth));
            lease.Run();
            var output = lease.Outputs[0];
            return _ctc.Decode(output.Data, output.Dim(1), confidences);
        }
    }

    /// <summary>
    /// Samples <paramref name="quad"/> (a parallelogram: top-left, top-right, bottom-left) upright into
    /// <paramref name="dst"/>, whose size decides the output (height 48 for the recogniser, taller for Tesseract).
    /// </summary>
    public static void Rectify(RgbImage image, TextQuad quad, RgbImage dst)
    {
        // Destination pixel (x, y) samples the source at TL + du (x + 0.5) + dv (y + 0.5) - 0.5 (pixel centres).
        var du = (quad.TopRight - quad.TopLeft) / dst.Width;
        var dv = (quad.BottomLeft - quad.TopLeft) / dst.Height;
        var o = quad.TopLeft + 0.5f * (du + dv) - new Vector2(0.5f, 0.5f);
        var dstToSrc = new Affine2x3(du.X, dv.X, o.X, du.Y, dv.Y, o.Y);
        ImageOps.WarpAffine(image, dst, dstToSrc.Invert());
    }

    /// <summary>Width a line of this quad takes at recogniser height, capped at <see cref="RecWidth"/> (longer lines are squeezed).</summary>
    public static int LineWidth(TextQuad quad) =>
        Math.Clamp((int)MathF.Ceiling(RecHeight * Math.Max(MinReadAspect, quad.Width / Math.Max(1f, quad.Height))), 16, RecWidth);

    /// <summary>
    /// Narrowest width/height a line is read at. The recogniser gives one CTC step per 8 pixels and needs a blank between
    /// repeated glyphs: a foreshortened plate read at its own aspect (8 glyphs in ~70 pixels) loses one of each pair
    /// (AB733BH for AB7333BH), so narrow lines are stretched to this aspect first.
    /// </summary>
    public const float MinReadAspect = 3f;

    private void FillLine(TensorFill fill, RgbImage image, TextQuad quad, Span<float> slot)
    {
        var line = new RgbImage(_lineBuffer, LineWidth(quad), RecHeight);
        Rectify(image, quad, line);
        // Letterboxed at scale 1 with the padding on the right, zero after normalisation: what PP-OCR's rec trained on.
        fill.Fill(line, PixelRect.Of(line.Width, line.Height), slot, RecWidth, RecHeight, TensorLayout.Nchw, _recNorm, ResizeMode.Letterbox, _recBgr, centre: false);
    }

    private PlateReadCost ReadRegion(RgbImage image, PixelRect region, float scale, ILineRecogniser? recogniser, List<PlateCandidate> results)
    {
        var t0 = Stopwatch.GetTimestamp();
        _quads.Clear();
        DetectRegion(image, region, scale, _quads);
        var t1 = Stopwatch.GetTimestamp();
        var lines = new List<Line>();
        ReadQuads(image, _quads, recogniser, lines, results);
        return new PlateReadCost(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds, Stopwatch.GetElapsedTime(t1).TotalMilliseconds, lines.Count);
    }

    // Detects in the region scaled by about `scale`, letterboxed into the working size rounded up to DetectStep.
    private void DetectRegion(RgbImage image, PixelRect region, float scale, List<TextQuad> output)
    {
        var w = RoundUp(region.W * scale);
        var h = RoundUp(region.H * scale);
        var runner = DetRunner(w, h);
        using var lease = runner.Acquire();
        var input = lease.Input;
        var map = lease.Outputs[0];
        var t = lease.Fill.Fill(image, region, input.Data, w, h, TensorLayout.Nchw, _detNorm, ResizeMode.Letterbox, _detBgr, centre: false);
        lease.Run();
        var first = output.Count;
        _db.Process(map.Data, map.Dim(3), map.Dim(2), 1 / t.ScaleX, 1 / t.ScaleY, output);
        var offset = new Vector2(region.X, region.Y);
        for (var i = first; i < output.Count; i++)
        {
            var q = output[i];
            output[i] = q with { TopLeft = q.TopLeft + offset, TopRight = q.TopRight + offset, BottomRight = q.BottomRight + offset, BottomLeft = q.BottomLeft + offset };
        }
    }

    private static int RoundUp(float size) => Math.Max(DetectStep, (int)MathF.Ceiling(size / DetectStep - 0.05f) * DetectStep);

    private ModelRunner DetRunner(int w, int h)
    {
        if (_detRunners.TryGetValue((w, h), out var runner)) return runner;
        if (_detRunners.Count >= MaxDetectRunners)
        {
            var oldest = _detOrder.Dequeue();
            _detRunners.Remove(oldest, out var evicted);
            evicted?.Dispose();
        }
        runner = _detModel.CreateRunner([1, 3, h, w]);
        _detRunners.Add((w, h), runner);
        _detOrder.Enqueue((w, h));
        return runner;
    }

    private ModelRunner RecRunner(int batchIndex) =>
        _recRunners[batchIndex] ??= _recModel.CreateRunner([RecBatches[batchIndex], 3, RecHeight, RecWidth]);

    /// <summary>A read below this confidence (or fitting no grammar) does not spare the image the second pass.</summary>
    public float SecondPassBelow { get; init; } = 0.7f;

    private bool AnyConfident(List<PlateCandidate> results)
    {
        foreach (var r in results)
        {
            if (r.Read.FitsGrammar && r.Read.Confidence >= SecondPassBelow) return true;
        }
        return false;
    }

    private readonly record struct Line(TextQuad Quad, string Raw, float[] Conf, CtcAlternative[]? Alt = null);

    private bool PlateShaped(TextQuad q)
    {
        if (q.Height < MinTextHeight) return false;
        var aspect = q.Width / q.Height;
        return aspect >= LineAspect.Min && aspect <= LineAspect.Max;
    }

    private void ReadQuads(RgbImage image, List<TextQuad> quads, ILineRecogniser? recogniser, List<Line> lines, List<PlateCandidate> results)
    {
        var shaped = new List<TextQuad>(quads.Count);
        foreach (var q in quads)
        {
            if (PlateShaped(q)) shaped.Add(q);
        }
        if (recogniser is null) RecogniseBatched(image, shaped, lines);
        else
        {
            foreach (var q in shaped)
            {
                var raw = recogniser.Recognise(image, q, _charConf);
                if (raw.Length > 0) lines.Add(new Line(q, raw, [.. _charConf]));
            }
        }
        foreach (var line in lines)
        {
            var read = _grammars.Parse(line.Raw, line.Conf, line.Alt);
            if (read.Text.Length >= 2) results.Add(new PlateCandidate(read, line.Quad));
        }
        var singles = lines.Count;
        JoinRows(lines);
        for (var i = singles; i < lines.Count; i++)
        {
            var read = _grammars.Parse(lines[i].Raw, lines[i].Conf, lines[i].Alt);
            if (read.FitsGrammar) results.Add(new PlateCandidate(read, lines[i].Quad));
        }
        AddTwoLinePlates(lines, results);
    }

    // Lines go through the recogniser in the largest batches that fit what is left (1, 2, 4, 8), so a crop with one
    // plate pays for one line and a street photo with twenty boxes for three runs.
    private void RecogniseBatched(RgbImage image, List<TextQuad> quads, List<Line> lines)
    {
        var plane = 3 * RecHeight * RecWidth;
        var next = 0;
        while (next < quads.Count)
        {
            var left = quads.Count - next;
            var b = 0;
            while (b + 1 < RecBatches.Length && RecBatches[b] < left) b++;
            var runner = RecRunner(b);
            using var lease = runner.Acquire();
            var batch = RecBatches[b];
            var count = Math.Min(batch, left);
            var input = lease.Input.Data;
            for (var i = 0; i < count; i++) FillLine(lease.Fill, image, quads[next + i], input.AsSpan(i * plane, plane));
            if (count < batch) input.AsSpan(count * plane).Clear();
            lease.Run();
            var output = lease.Outputs[0];
            var steps = output.Dim(1);
            var per = steps * output.Dim(2);
            for (var i = 0; i < count; i++)
            {
                var raw = _ctc.Decode(output.Data.AsSpan(i * per, per), steps, _charConf, _charAlt);
                if (raw.Length > 0) lines.Add(new Line(quads[next + i], raw, [.. _charConf], [.. _charAlt]));
            }
            next += count;
        }
    }

    // Pieces of one line the detector split (BE | 0886): joined left to right, added alongside the pieces.
    private static void JoinRows(List<Line> lines)
    {
        var count = lines.Count;
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                if (i == j) continue;
                var a = lines[i].Quad.Bounds;
                var b = lines[j].Quad.Bounds;
                var h = Math.Max(a.H, b.H);
                if (b.X <= a.X || MathF.Abs(a.CenterY - b.CenterY) > 0.35f * h || MathF.Abs(a.H - b.H) > 0.35f * h) continue;
                var gap = b.X - a.Right;
                if (gap > 1.2f * h || gap < -0.3f * h) continue;
                var qa = lines[i].Quad;
                var qb = lines[j].Quad;
                var joined = new TextQuad(qa.TopLeft, qb.TopRight, qb.BottomRight, qa.BottomLeft, Math.Min(qa.Score, qb.Score));
                lines.Add(new Line(joined, lines[i].Raw + lines[j].Raw, [.. lines[i].Conf, .. lines[j].Conf], Join(lines[i].Alt, lines[j].Alt)));
            }
        }
    }

    private static CtcAlternative[]? Join(CtcAlternative[]? a, CtcAlternative[]? b) => a is null || b is null ? null : [.. a, .. b];

    // A two-line plate is two boxes stacked with a small gap and overlapping columns: read top then bottom as one,
    // kept when it fits a specific format.
    private void AddTwoLinePlates(List<Line> lines, List<PlateCandidate> results)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j) continue;
                var top = lines[i].Quad.Bounds;
                var bottom = lines[j].Quad.Bounds;
                if (bottom.CenterY <= top.CenterY) continue;
                var gap = bottom.Y - top.Bottom;
                var h = Math.Max(top.H, bottom.H);
                if (gap > 0.6f * h || gap < -0.5f * h) continue;
                var overlap = Math.Min(top.Right, bottom.Right) - Math.Max(top.X, bottom.X);
                if (overlap < 0.5f * Math.Min(top.W, bottom.W)) continue;
                var raw = lines[i].Raw + lines[j].Raw;
                float[] conf = [.. lines[i].Conf, .. lines[j].Conf];
                var read = _grammars.Parse(raw, conf, Join(lines[i].Alt, lines[j].Alt));
                // Two-line layouts are national formats (1234AA, the 1995 trucks): two stacked texts that only fit a
                // generic format are more often a plate and a sign or sticker (0000 over FART) than one plate.
                if (!read.Specific) continue;
                var a = lines[i].Quad;
                var b = lines[j].Quad;
                var box = new TextQuad(
                    new Vector2(Math.Min(a.TopLeft.X, b.BottomLeft.X), a.TopLeft.Y),
                    new Vector2(Math.Max(a.TopRight.X, b.BottomRight.X), a.TopRight.Y),
                    new Vector2(Math.Max(a.TopRight.X, b.BottomRight.X), b.BottomRight.Y),
                    new Vector2(Math.Min(a.TopLeft.X, b.BottomLeft.X), b.BottomLeft.Y),
                    Math.Min(a.Score, b.Score));
                results.Add(new PlateCandidate(read, box));
            }
        }
    }

    /// <summary>Releases the runners' tensors (the models stay with the registry).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var r in _detRunners.Values) r.Dispose();
            _detRunners.Clear();
            foreach (var r in _recRunners) r?.Dispose();
        }
    }
}
