using System.Globalization;
using System.Text;
using System.Text.Json;
using EdgeAgent.Imaging;

namespace EdgeAgent.Evaluation;

/// <summary>COCO's object size classes, by box area: small under 32², medium under 96², large the rest.</summary>
public enum ObjectSize
{
    /// <summary>Area under 32×32 pixels.</summary>
    Small,

    /// <summary>Area from 32×32 to under 96×96 pixels.</summary>
    Medium,

    /// <summary>Area 96×96 pixels or more.</summary>
    Large,
}

/// <summary>Counts and scores of one class (or one class and size) over a set.</summary>
/// <param name="Labelled">Labelled boxes (crowd regions excluded).</param>
/// <param name="Found">Labelled boxes matched at IoU 0.5 by a detection at or above the threshold.</param>
/// <param name="False">Detections at or above the threshold that matched nothing (nor a crowd region).</param>
/// <param name="Ap50">Average precision at IoU 0.5 over every detection the decoder kept (COCO's 101-point interpolation).</param>
public readonly record struct ClassScore(int Labelled, int Found, int False, double Ap50)
{
    /// <summary>Found / labelled (NaN without labels).</summary>
    public double Recall => Labelled == 0 ? double.NaN : (double)Found / Labelled;

    /// <summary>Found / (found + false) (NaN without detections).</summary>
    public double Precision => Found + False == 0 ? double.NaN : (double)Found / (Found + False);
}

/// <summary>
/// How far a label's count per image is from the labelled count: from the detections at its threshold, and with the
/// weaker ones from <paramref name="WeakFloor"/> up that overlap none of those (as zone occupancy counts people).
/// </summary>
/// <param name="Mae">Mean absolute difference per image at the threshold.</param>
/// <param name="Bias">Mean signed difference (negative: too few) at the threshold.</param>
/// <param name="MaeWeak">Mean absolute difference with the weak detections added.</param>
/// <param name="BiasWeak">Mean signed difference with the weak detections added.</param>
/// <param name="WeakFloor">Lowest score of a weak detection counted.</param>
public readonly record struct CountError(double Mae, double Bias, double MaeWeak, double BiasWeak, float WeakFloor);

/// <summary>The outcome of <see cref="ObjectEvaluation"/>: per class, per class and size, and false detections per image.</summary>
public sealed record ObjectEvaluationResult(int Images, IReadOnlyDictionary<string, ClassScore> Classes, IReadOnlyDictionary<string, IReadOnlyDictionary<ObjectSize, ClassScore>> BySize, IReadOnlyDictionary<string, float> Thresholds)
{
    /// <summary>Per label, the lowest threshold that keeps its false detections per image within the budget asked for, with the recall there (empty unless asked).</summary>
    public IReadOnlyDictionary<string, (float Threshold, double Recall, double FalsePerImage)> Suggested { get; init; } =
        new Dictionary<string, (float, double, double)>();

    /// <summary>Per label, the error of its count per image (empty unless a weak floor was given).</summary>
    public IReadOnlyDictionary<string, CountError> Counts { get; init; } = new Dictionary<string, CountError>();

    /// <summary>False detections per image of <paramref name="label"/> (all labels when null).</summary>
    public double FalsePerImage(string? label = null) =>
        Images == 0 ? 0 : (double)(label is null ? Classes.Values.Sum(c => c.False) : Classes.GetValueOrDefault(label).False) / Images;

    /// <summary>A table: one line per class with labels, then the size split of each class in <paramref name="sizeLabels"/>.</summary>
    public string Table(IEnumerable<string> sizeLabels)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine(ci, $"{Images} image(s); recall and precision at IoU 0.5 at each label's threshold; AP50 over every detection");
        sb.AppendLine(ci, $"{"LABEL",-16} {"THR",4} {"GT",5} {"FOUND",5} {"FALSE",5} {"RECALL",6} {"PREC",6} {"AP50",6} {"FP/IMG",6}");
        foreach (var (label, s) in Classes.OrderByDescending(p => p.Value.Labelled).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(ci, $"{label,-16} {Thresholds.GetValueOrDefault(label),4:0.00} {s.Labelled,5} {s.Found,5} {s.False,5} {Pct(s.Recall),6} {Pct(s.Precision),6} {Pct(s.Ap50),6} {FalsePerImage(label),6:0.00}");
        }
        sb.AppendLine(ci, $"false detections per image, all labels: {FalsePerImage():0.00}");
        foreach (var (label, s) in Suggested.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(ci, $"suggested threshold {label}: {s.Threshold:0.00} (recall {Pct(s.Recall)}, {s.FalsePerImage:0.00} false per image)");
        }
        foreach (var label in sizeLabels)
        {
            if (Counts.TryGetValue(label, out var c))
            {
                sb.AppendLine(ci, $"{label} count per image off by {c.Mae:0.00} ({c.Bias:+0.00;-0.00}) at the threshold, {c.MaeWeak:0.00} ({c.BiasWeak:+0.00;-0.00}) with untracked ones from {c.WeakFloor:0.00}");
            }
            if (!BySize.TryGetValue(label, out var sizes)) continue;
            foreach (var (size, s) in sizes)
            {
                sb.AppendLine(ci, $"{label + " " + size.ToString().ToLowerInvariant(),-21} {s.Labelled,5} {s.Found,5} {s.False,5} {Pct(s.Recall),6} {Pct(s.Precision),6} {Pct(s.Ap50),6}");
            }
        }
        return sb.ToString();
    }

    /// <summary>The result as one JSON object.</summary>
    public string Json() => EvaluationJson.Object(w =>
    {
        w.WriteNumber("images", Images);
        w.WriteNumber("false_per_image", Math.Round(FalsePerImage(), 3));
        w.WriteStartObject("classes");
        foreach (var (label, s) in Classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(label);
            w.WriteNumber("threshold", Math.Round(Thresholds.GetValueOrDefault(label), 3));
            WriteScore(w, s);
            w.WriteNumber("false_per_image", Math.Round(FalsePerImage(label), 3));
            if (Suggested.TryGetValue(label, out var suggested))
            {
                w.WriteStartObject("suggested");
                w.WriteNumber("threshold", Math.Round(suggested.Threshold, 3));
                Number(w, "recall", suggested.Recall);
                w.WriteNumber("false_per_image", Math.Round(suggested.FalsePerImage, 3));
                w.WriteEndObject();
            }
            if (Counts.TryGetValue(label, out var c))
            {
                w.WriteStartObject("count");
                w.WriteNumber("mae", Math.Round(c.Mae, 4));
                w.WriteNumber("bias", Math.Round(c.Bias, 4));
                w.WriteNumber("mae_weak", Math.Round(c.MaeWeak, 4));
                w.WriteNumber("bias_weak", Math.Round(c.BiasWeak, 4));
                w.WriteNumber("weak_floor", Math.Round(c.WeakFloor, 3));
                w.WriteEndObject();
            }
            if (BySize.TryGetValue(label, out var sizes))
            {
                foreach (var (size, z) in sizes)
                {
                    w.WriteStartObject(size.ToString().ToLowerInvariant());
                    WriteScore(w, z);
                    w.WriteEndObject();
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    private static void WriteScore(Utf8JsonWriter w, ClassScore s)
    {
        w.WriteNumber("labelled", s.Labelled);
        w.WriteNumber("found", s.Found);
        w.WriteNumber("false", s.False);
        Number(w, "recall", s.Recall);
        Number(w, "precision", s.Precision);
        Number(w, "ap50", s.Ap50);
    }

    private static void Number(Utf8JsonWriter w, string name, double v)
    {
        if (double.IsNaN(v)) w.WriteNull(name);
        else w.WriteNumber(name, Math.Round(v, 4));
    }

    private static string Pct(double v) => double.IsNaN(v) ? "-" : (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// Scores detections against labelled boxes as COCO does at IoU 0.5: per image and class, detections in falling
/// score order each take the unmatched labelled box they overlap most; a detection on a crowd region is neither right
/// nor wrong. Recall and precision count the detections at or above a label's threshold, AP50 all of them.
/// </summary>
public sealed class ObjectEvaluation
{
    /// <summary>IoU at which a detection finds a labelled box.</summary>
    public const float MatchIou = 0.5f;

    private readonly Func<string, float> _threshold;
    private readonly Dictionary<string, List<(float Score, bool Hit, ObjectSize? Size)>> _detections = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Label, ObjectSize? Size), int> _labelled = [];
    private readonly List<(BoxF Box, ObjectSize Size)> _gt = new(64);
    private readonly List<bool> _taken = new(64);
    private readonly Dictionary<string, (double Abs, double Signed, double AbsWeak, double SignedWeak)> _counts = new(StringComparer.Ordinal);
    private readonly float _weakFloor;
    private int _images;

    /// <summary>
    /// Creates an evaluation whose recall and precision use <paramref name="threshold"/> per label; with
    /// <paramref name="weakFloor"/>, it also scores each label's count per image (see <see cref="CountError"/>).
    /// </summary>
    public ObjectEvaluation(Func<string, float> threshold, float weakFloor = float.NaN)
    {
        _threshold = threshold ?? throw new ArgumentNullException(nameof(threshold));
        _weakFloor = weakFloor;
    }

    /// <summary>The size class of a box of <paramref name="area"/> square pixels.</summary>
    public static ObjectSize SizeOf(float area) => area < 32 * 32 ? ObjectSize.Small : area < 96 * 96 ? ObjectSize.Medium : ObjectSize.Large;

    /// <summary>Adds one image: its labelled boxes and every detection the detector kept on it.</summary>
    public void Add(IReadOnlyList<LabelledBox> truth, IReadOnlyList<Detection.Detection> found)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(found);
        _images++;
        foreach (var label in truth.Select(t => t.Label).Concat(found.Select(d => d.Label)).Distinct(StringComparer.Ordinal))
        {
            _gt.Clear();
            _taken.Clear();
            foreach (var t in truth)
            {
                if (t.Crowd || t.Label != label) continue;
                var size = SizeOf(t.Box.Area);
                _gt.Add((t.Box, size));
                _taken.Add(false);
                Count(label, null);
                Count(label, size);
            }
            if (!float.IsNaN(_weakFloor)) TallyCount(label, _gt.Count, found);
            if (!_detections.TryGetValue(label, out var list)) _detections[label] = list = [];
            foreach (var d in found.Where(d => d.Label == label).OrderByDescending(d => d.Score))
            {
                var best = -1;
                var bestIou = MatchIou;
                for (var g = 0; g < _gt.Count; g++)
                {
                    if (_taken[g]) continue;
                    var iou = d.Box.IoU(_gt[g].Box);
                    if (iou >= bestIou)
                    {
                        bestIou = iou;
                        best = g;
                    }
                }
                if (best >= 0)
                {
                    _taken[best] = true;
                    list.Add((d.Score, true, _gt[best].Size));
                }
                else if (!OnCrowd(truth, label, d.Box))
                {
                    list.Add((d.Score, false, SizeOf(d.Box.Area)));
                }
            }
        }
    }

    private void TallyCount(string label, int truth, IReadOnlyList<Detection.Detection> found)
    {
        var threshold = _threshold(label);
        int strong = 0, weak = 0;
        foreach (var d in found)
        {
            if (d.Label == label && d.Score >= threshold) strong++;
        }
        foreach (var d in found)
        {
            if (d.Label != label || d.Score >= threshold || d.Score < _weakFloor) continue;
            var covered = false;
            foreach (var o in found)
            {
                // 0.3: the overlap zone analytics takes for the same person seen twice.
                if (o.Label == label && o.Score >= threshold && o.Box.IoU(d.Box) >= 0.3f) covered = true;
            }
            if (!covered) weak++;
        }
        var c = _counts.GetValueOrDefault(label);
        _counts[label] = (c.Abs + Math.Abs(strong - truth), c.Signed + strong - truth, c.AbsWeak + Math.Abs(strong + weak - truth), c.SignedWeak + strong + weak - truth);
    }

    /// <summary>
    /// The scores so far; with <paramref name="maxFalsePerImage"/>, also each label's suggested threshold: the lowest
    /// detection score (not below <paramref name="floor"/>) at which its false detections stay within that many per image.
    /// </summary>
    public ObjectEvaluationResult Result(double? maxFalsePerImage = null, float floor = 0)
    {
        var classes = new Dictionary<string, ClassScore>(StringComparer.Ordinal);
        var bySize = new Dictionary<string, IReadOnlyDictionary<ObjectSize, ClassScore>>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var label in _labelled.Keys.Select(k => k.Label).Concat(_detections.Keys).Distinct(StringComparer.Ordinal))
        {
            var all = _detections.GetValueOrDefault(label) ?? [];
            var threshold = _threshold(label);
            thresholds[label] = threshold;
            var score = Score(all, _labelled.GetValueOrDefault((label, null)), threshold, null);
            if (score.Labelled == 0 && score.False == 0) continue;
            classes[label] = score;
            var sizes = new Dictionary<ObjectSize, ClassScore>();
            foreach (var size in Enum.GetValues<ObjectSize>()) sizes[size] = Score(all, _labelled.GetValueOrDefault((label, size)), threshold, size);
            bySize[label] = sizes;
        }
        var suggested = new Dictionary<string, (float, double, double)>(StringComparer.Ordinal);
        if (maxFalsePerImage is { } budget && _images > 0)
        {
            foreach (var (label, score) in classes)
            {
                if (score.Labelled == 0) continue;
                suggested[label] = Suggest(_detections.GetValueOrDefault(label) ?? [], score.Labelled, budget * _images, floor);
            }
        }
        var counts = new Dictionary<string, CountError>(StringComparer.Ordinal);
        foreach (var (label, c) in _counts)
        {
            counts[label] = new CountError(c.Abs / _images, c.Signed / _images, c.AbsWeak / _images, c.SignedWeak / _images, _weakFloor);
        }
        return new ObjectEvaluationResult(_images, classes, bySize, thresholds) { Suggested = suggested, Counts = counts };
    }

    private (float, double, double) Suggest(List<(float Score, bool Hit, ObjectSize? Size)> all, int labelled, double falseBudget, float floor)
    {
        // Walk down the scores: the threshold can fall to each detection's score while the false ones above it fit the budget.
        var best = (Threshold: 1f, Found: 0, False: 0);
        int found = 0, wrong = 0;
        foreach (var d in all.Where(d => d.Score >= floor).OrderByDescending(d => d.Score))
        {
            if (d.Hit) found++;
            else wrong++;
            if (wrong > falseBudget) break;
            best = (d.Score, found, wrong);
        }
        return (best.Threshold, (double)best.Found / labelled, (double)best.False / _images);
    }

    private static ClassScore Score(List<(float Score, bool Hit, ObjectSize? Size)> all, int labelled, float threshold, ObjectSize? size)
    {
        int found = 0, wrong = 0;
        var ranked = new List<(float Score, bool Hit)>(all.Count);
        foreach (var d in all)
        {
            if (size is not null && d.Size != size) continue;
            ranked.Add((d.Score, d.Hit));
            if (d.Score < threshold) continue;
            if (d.Hit) found++;
            else wrong++;
        }
        return new ClassScore(labelled, found, wrong, AveragePrecision(ranked, labelled));
    }

    /// <summary>COCO's AP: precision made monotone from the right, sampled at recall 0, 0.01, ..., 1.</summary>
    internal static double AveragePrecision(List<(float Score, bool Hit)> ranked, int labelled)
    {
        if (labelled == 0) return double.NaN;
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        var precision = new double[ranked.Count];
        var recall = new double[ranked.Count];
        var tp = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Hit) tp++;
            precision[i] = (double)tp / (i + 1);
            recall[i] = (double)tp / labelled;
        }
        for (var i = ranked.Count - 2; i >= 0; i--) precision[i] = Math.Max(precision[i], precision[i + 1]);
        double sum = 0;
        var k = 0;
        for (var step = 0; step <= 100; step++)
        {
            var r = step / 100.0;
            while (k < recall.Length && recall[k] < r - 1e-12) k++;
            if (k < recall.Length) sum += precision[k];
        }
        return sum / 101;
    }

    /// <summary>A detection mostly inside a crowd region of its label is unlabelled, not false (COCO's rule: intersection over the detection's area).</summary>
    private static bool OnCrowd(IReadOnlyList<LabelledBox> truth, string label, in BoxF box)
    {
        foreach (var t in truth)
        {
            if (!t.Crowd || t.Label != label || box.Area <= 0) continue;
            var ix = Math.Min(box.Right, t.Box.Right) - Math.Max(box.X, t.Box.X);
            var iy = Math.Min(box.Bottom, t.Box.Bottom) - Math.Max(box.Y, t.Box.Y);
            if (ix > 0 && iy > 0 && ix * iy / box.Area >= MatchIou) return true;
        }
        return false;
    }

    private void Count(string label, ObjectSize? size) => _labelled[(label, size)] = _labelled.GetValueOrDefault((label, size)) + 1;
}
