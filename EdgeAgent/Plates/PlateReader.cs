using System.Numerics;
using EdgeAgent.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace EdgeAgent.Plates;

/// <summary>A plate found in an image: the read and where it is.</summary>
/// <param name="Read">Text after grammar.</param>
/// <param name="Quad">Rotated box (for a two-line plate, the box around both lines).</param>
public sealed record PlateCandidate(PlateRead Read, TextQuad Quad);

/// <summary>
/// Reads plates in an image with PP-OCRv4: text detection (DB) on the image scaled to a long side of at most
/// <see cref="DetectLongSide"/>, each plate-shaped box rectified to height 48 and recognised (greedy CTC), then the
/// grammar. Two stacked boxes of one plate are also read together, top line first. Sessions are created against ONNX
/// Runtime directly for now; the model registry will own them. Not thread-safe: one reader per pipeline.
/// </summary>
public sealed class PlateReader : IDisposable
{
    /// <summary>Recogniser input height.</summary>
    public const int RecHeight = 48;

    /// <summary>Narrowest recogniser input (PP-OCR pads shorter crops to it).</summary>
    public const int RecMinWidth = 320;

    private static readonly float[] DetMean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] DetStd = [0.229f, 0.224f, 0.225f];

    private readonly InferenceSession _det;
    private readonly InferenceSession _rec;
    private readonly string _detInput;
    private readonly string _detOutput;
    private readonly string _recInput;
    private readonly string _recOutput;
    private readonly CtcDecoder _ctc;
    private readonly PlateGrammars _grammars;
    private readonly DbPostProcessor _db = new() { UnclipRatio = 1.6f };
    private readonly RunOptions _run = new();
    private readonly List<TextQuad> _quads = new(32);
    private readonly List<float> _charConf = new(32);
    private float[] _detBuffer = [];
    private float[] _recBuffer = [];

    /// <summary>Loads the detector, recogniser and character list; fails naming the file whose shape is wrong.</summary>
    public PlateReader(string detModel, string recModel, string keys, PlateGrammars grammars, int intraOpThreads = 2)
    {
        ArgumentNullException.ThrowIfNull(grammars);
        _grammars = grammars;
        _ctc = CtcDecoder.Load(keys);
        using var options = new SessionOptions { IntraOpNumThreads = intraOpThreads, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _det = new InferenceSession(detModel, options);
        try
        {
            _rec = new InferenceSession(recModel, options);
        }
        catch
        {
            _det.Dispose();
            throw;
        }
        _detInput = _det.InputNames[0];
        _detOutput = _det.OutputNames[0];
        _recInput = _rec.InputNames[0];
        _recOutput = _rec.OutputNames[0];
        var classes = _rec.OutputMetadata[_recOutput].Dimensions[^1];
        if (classes != _ctc.ClassCount)
        {
            Dispose();
            throw new InvalidDataException($"{recModel} outputs {classes} classes but {keys} gives {_ctc.ClassCount} (blank + keys + space)");
        }
    }

    /// <summary>Longest side the detector sees (PP-OCR default 960).</summary>
    public int DetectLongSide { get; init; } = 960;

    /// <summary>Smallest text height, in image pixels, worth recognising.</summary>
    public float MinTextHeight { get; init; } = 8;

    /// <summary>Width/height range of a single plate line: wider is a sign or a slogan, narrower is a glyph.</summary>
    public (float Min, float Max) LineAspect { get; init; } = (1.2f, 12f);

    /// <summary>Milliseconds spent in the last call's detection and recognition (for benchmarks and the note).</summary>
    public (double Detect, double Recognise, int Boxes) LastCost { get; private set; }

    /// <summary>Text boxes in the image (detector + DB post-processing), in image pixels.</summary>
    public IReadOnlyList<TextQuad> Detect(RgbImage image)
    {
        _quads.Clear();
        var scale = Math.Min(1f, (float)DetectLongSide / Math.Max(image.Width, image.Height));
        DetectRegion(image, 0, 0, image.Width, image.Height, scale, _quads);
        return _quads;
    }

    // Detects in the region (x, y, w, h) scaled by `scale` (rounded to multiples of 32), appending image-pixel quads.
    private void DetectRegion(RgbImage image, int x, int y, int rw, int rh, float scale, List<TextQuad> output)
    {
        var w = Math.Max(32, (int)MathF.Round(rw * scale / 32) * 32);
        var h = Math.Max(32, (int)MathF.Round(rh * scale / 32) * 32);
        var size = 3 * w * h;
        if (_detBuffer.Length < size) _detBuffer = new float[size];
        PlateImageOps.ResizeToChw(image, x, y, rw, rh, w, h, _detBuffer, DetMean, DetStd);
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _detBuffer.AsMemory(0, size), [1, 3, h, w]);
        using var outputs = _det.Run(_run, [_detInput], [input], [_detOutput]);
        var map = outputs[0].GetTensorDataAsSpan<float>();
        var first = output.Count;
        _db.Process(map, w, h, (float)rw / w, (float)rh / h, output);
        var offset = new Vector2(x, y);
        for (var i = first; i < output.Count; i++)
        {
            var q = output[i];
            output[i] = q with { TopLeft = q.TopLeft + offset, TopRight = q.TopRight + offset, BottomRight = q.BottomRight + offset, BottomLeft = q.BottomLeft + offset };
        }
    }

    /// <summary>Recognises the text in one quad; returns the raw text and fills per-character confidences.</summary>
    public string Recognise(RgbImage image, TextQuad quad, List<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        var ratio = quad.Width / Math.Max(1f, quad.Height);
        var content = Math.Clamp((int)MathF.Ceiling(RecHeight * ratio), 16, 1600);
        var tensorWidth = Math.Max(RecMinWidth, content);
        var size = 3 * RecHeight * tensorWidth;
        if (_recBuffer.Length < size) _recBuffer = new float[size];
        PlateImageOps.WarpQuadToChw(image, quad.TopLeft, quad.TopRight, quad.BottomLeft, content, tensorWidth, RecHeight, _recBuffer);
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _recBuffer.AsMemory(0, size), [1, 3, RecHeight, tensorWidth]);
        using var outputs = _rec.Run(_run, [_recInput], [input], [_recOutput]);
        var shape = outputs[0].GetTensorTypeAndShape().Shape;
        return _ctc.Decode(outputs[0].GetTensorDataAsSpan<float>(), (int)shape[1], confidences);
    }

    /// <summary>
    /// Every plate-like read in the image, most confident first (reads that fit no grammar included, ranked low). When
    /// nothing fits a grammar, the lower half of the image is searched again at twice the scale, where small plates are.
    /// </summary>
    public IReadOnlyList<PlateCandidate> Read(RgbImage image)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var quads = Detect(image);
        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = new List<PlateCandidate>();
        var lines = new List<Line>();
        ReadQuads(image, quads, lines, results);
        var detectMs = System.Diagnostics.Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
        var recogniseMs = System.Diagnostics.Stopwatch.GetElapsedTime(t1).TotalMilliseconds;
        if (SecondPass && !AnyFits(results))
        {
            var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
            var scale = 2 * Math.Min(1f, (float)DetectLongSide / Math.Max(image.Width, image.Height));
            var half = image.Height / 2;
            _quads.Clear();
            DetectRegion(image, 0, half, image.Width, image.Height - half, scale, _quads);
            var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
            results.Clear();
            lines.Clear();
            ReadQuads(image, _quads, lines, results);
            detectMs += System.Diagnostics.Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
            recogniseMs += System.Diagnostics.Stopwatch.GetElapsedTime(t3).TotalMilliseconds;
        }
        LastCost = (detectMs, recogniseMs, lines.Count);
        results.Sort(static (a, b) => b.Read.Confidence.CompareTo(a.Read.Confidence));
        return results;
    }

    /// <summary>True to search the lower half again at twice the scale when the first pass finds no plate.</summary>
    public bool SecondPass { get; init; } = true;

    private static bool AnyFits(List<PlateCandidate> results)
    {
        foreach (var r in results)
        {
            if (r.Read.FitsGrammar) return true;
        }
        return false;
    }

    private readonly record struct Line(TextQuad Quad, string Raw, float[] Conf);

    private void ReadQuads(RgbImage image, IReadOnlyList<TextQuad> quads, List<Line> lines, List<PlateCandidate> results)
    {
        foreach (var q in quads)
        {
            if (q.Height < MinTextHeight) continue;
            var aspect = q.Width / q.Height;
            if (aspect < LineAspect.Min || aspect > LineAspect.Max) continue;
            var raw = Recognise(image, q, _charConf);
            if (raw.Length == 0) continue;
            var conf = _charConf.ToArray();
            lines.Add(new Line(q, raw, conf));
            var read = _grammars.Parse(raw, conf);
            if (read.Text.Length >= 2) results.Add(new PlateCandidate(read, q));
        }
        var singles = lines.Count;
        JoinRows(lines);
        for (var i = singles; i < lines.Count; i++)
        {
            var read = _grammars.Parse(lines[i].Raw, lines[i].Conf);
            if (read.FitsGrammar) results.Add(new PlateCandidate(read, lines[i].Quad));
        }
        AddTwoLinePlates(lines, results);
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
                lines.Add(new Line(joined, lines[i].Raw + lines[j].Raw, [.. lines[i].Conf, .. lines[j].Conf]));
            }
        }
    }

    // A two-line plate is two boxes stacked with a small gap and overlapping columns: read top then bottom as one.
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
                var read = _grammars.Parse(raw, conf);
                if (!read.FitsGrammar) continue;
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

    /// <inheritdoc />
    public void Dispose()
    {
        _det.Dispose();
        _rec?.Dispose();
        _run.Dispose();
    }
}
