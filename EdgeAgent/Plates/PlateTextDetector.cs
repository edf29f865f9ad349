using System.Numerics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Plates;

/// <summary>
/// Finds text boxes with PP-OCR's DB detector (<c>ppocr-det-v4</c>): a region letterboxed into one of a few fixed
/// working sizes, then <see cref="DbPostProcessor"/>. Each working size has its own runner and pre-allocated tensors,
/// made on first use and kept (the oldest dropped past <see cref="MaxRunners"/>). One caller at a time: the
/// <see cref="PlateReader"/> holds the lock.
/// </summary>
public sealed class PlateTextDetector : IDisposable
{
    /// <summary>Working sizes are multiples of this (the model needs 32; coarser steps bound the runner count).</summary>
    public const int DetectStep = 128;

    private readonly LoadedModel _model;
    private readonly PixelNormalization _norm;
    private readonly bool _bgr;
    private readonly DbPostProcessor _db;
    private readonly Dictionary<(int W, int H), ModelRunner> _runners = [];
    private readonly Queue<(int W, int H)> _order = new();

    /// <summary>A detector over the registry's text detection model, with its thresholds from the manifest's options.</summary>
    public PlateTextDetector(LoadedModel detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var d = detector.Entry.Input;
        if (d.Layout != TensorLayout.Nchw) throw new ModelException(detector.Id, "PP-OCR models take NCHW input");
        _model = detector;
        _norm = PixelNormalization.From(d.Scale, d.Mean, d.Std);
        _bgr = d.Bgr;
        _db = new DbPostProcessor
        {
            Threshold = detector.Entry.Option("threshold", 0.3f),
            BoxThreshold = detector.Entry.Option("box_threshold", 0.6f),
            // Plates are short lines with a border close by: a little more than PP-OCR's 1.5 keeps the first and last glyph.
            UnclipRatio = detector.Entry.Option("plate_unclip_ratio", 1.6f),
            MinSide = detector.Entry.Option("min_box_side", 3f),
        };
    }

    /// <summary>Most working sizes kept at once (each holds its own input and output tensors).</summary>
    public int MaxRunners { get; init; } = 6;

    /// <summary>
    /// Adds to <paramref name="output"/> the text boxes in <paramref name="region"/> of <paramref name="image"/>, seen
    /// scaled by about <paramref name="scale"/> (rounded up to <see cref="DetectStep"/>); boxes are in image pixels.
    /// </summary>
    public void Detect(RgbImage image, PixelRect region, float scale, List<TextQuad> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var w = RoundUp(region.W * scale);
        var h = RoundUp(region.H * scale);
        var runner = Runner(w, h);
        using var lease = runner.Acquire();
        var input = lease.Input;
        var map = lease.Outputs[0];
        var t = lease.Fill.Fill(image, region, input.Data, w, h, TensorLayout.Nchw, _norm, ResizeMode.Letterbox, _bgr, centre: false);
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

    /// <summary>Releases the runners' tensors (the model stays with the registry).</summary>
    public void Dispose()
    {
        foreach (var r in _runners.Values) r.Dispose();
        _runners.Clear();
        _order.Clear();
    }

    private static int RoundUp(float size) => Math.Max(DetectStep, (int)MathF.Ceiling(size / DetectStep - 0.05f) * DetectStep);

    private ModelRunner Runner(int w, int h)
    {
        if (_runners.TryGetValue((w, h), out var runner)) return runner;
        if (_runners.Count >= MaxRunners)
        {
            var oldest = _order.Dequeue();
            _runners.Remove(oldest, out var evicted);
            evicted?.Dispose();
        }
        runner = _model.CreateRunner([1, 3, h, w]);
        _runners.Add((w, h), runner);
        _order.Enqueue((w, h));
        return runner;
    }
}
