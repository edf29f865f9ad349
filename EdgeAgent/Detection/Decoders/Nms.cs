using EdgeAgent.Imaging;

namespace EdgeAgent.Detection.Decoders;

/// <summary>Greedy non-maximum suppression: keep the best box, drop those overlapping it, repeat.</summary>
public static class Nms
{
    /// <summary>
    /// Suppresses <paramref name="candidates"/> (sorted by descending score) and appends the survivors to
    /// <paramref name="into"/> as detections named from <paramref name="labels"/>. Boxes of different classes suppress each
    /// other only when <paramref name="classAgnostic"/> (one object per place, e.g. a car that also peaks as a truck).
    /// </summary>
    public static void Apply(ReadOnlySpan<Candidate> candidates, float iouThreshold, bool classAgnostic, int maxKeep,
        IReadOnlyList<string> labels, List<Detection> into)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(into);
        var start = into.Count;
        for (var i = 0; i < candidates.Length && into.Count - start < maxKeep; i++)
        {
            ref readonly var c = ref candidates[i];
            var keep = true;
            for (var k = start; k < into.Count; k++)
            {
                var kept = into[k];
                if ((classAgnostic || kept.ClassId == c.ClassId) && kept.Box.IoU(c.Box) > iouThreshold)
                {
                    keep = false;
                    break;
                }
            }
            if (keep) into.Add(new Detection(c.ClassId, Label(labels, c.ClassId), c.Score, c.Box));
        }
    }

    /// <summary>
    /// Suppresses in place in a detection list (merging detections from overlapping crops): sorts by score and removes
    /// same-label boxes overlapping a better one by more than <paramref name="iouThreshold"/>.
    /// </summary>
    public static void InPlace(List<Detection> detections, float iouThreshold, bool classAgnostic)
    {
        ArgumentNullException.ThrowIfNull(detections);
        detections.Sort(ByScoreDescending);
        var kept = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            var keep = true;
            for (var k = 0; k < kept; k++)
            {
                var other = detections[k];
                if ((classAgnostic || other.ClassId == d.ClassId) && other.Box.IoU(d.Box) > iouThreshold)
                {
                    keep = false;
                    break;
                }
            }
            if (keep) detections[kept++] = d;
        }
        detections.RemoveRange(kept, detections.Count - kept);
    }

    /// <summary>The label of a class id, or its number when the labels file is shorter.</summary>
    internal static string Label(IReadOnlyList<string> labels, int classId) =>
        (uint)classId < (uint)labels.Count ? labels[classId] : ClassNames.Number(classId);

    // A cached delegate: List.Sort with a struct comparer boxes it and allocates a delegate per call.
    private static readonly Comparison<Detection> ByScoreDescending = static (x, y) => y.Score.CompareTo(x.Score);
}

/// <summary>Cached names for class ids without a label, so naming one never allocates per frame.</summary>
internal static class ClassNames
{
    private static readonly string[] Numbers = Enumerable.Range(0, 1024).Select(i => "class" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string Number(int classId) => (uint)classId < (uint)Numbers.Length ? Numbers[classId] : "class?";
}
