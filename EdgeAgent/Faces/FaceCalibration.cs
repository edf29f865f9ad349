namespace EdgeAgent.Faces;

/// <summary>Verification figures of a set of labelled descriptors, all pairs compared.</summary>
/// <param name="Genuine">Similarities of same-identity pairs, ascending.</param>
/// <param name="Impostor">Similarities of different-identity pairs, ascending.</param>
/// <param name="Eer">Equal error rate: where the false-match and false-non-match rates cross.</param>
/// <param name="EerThreshold">Threshold at the EER.</param>
public sealed record FaceCalibration(float[] Genuine, float[] Impostor, double Eer, float EerThreshold)
{
    /// <summary>Compares every pair of <paramref name="descriptors"/> (unit vectors) labelled by <paramref name="identities"/>.</summary>
    public static FaceCalibration Compute(IReadOnlyList<string> identities, IReadOnlyList<float[]> descriptors)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(descriptors);
        if (identities.Count != descriptors.Count) throw new ArgumentException("one identity per descriptor", nameof(identities));
        var genuine = new List<float>();
        var impostor = new List<float>();
        for (var i = 0; i < descriptors.Count; i++)
        {
            for (var j = i + 1; j < descriptors.Count; j++)
            {
                var s = FaceMath.Cosine(descriptors[i], descriptors[j]);
                (string.Equals(identities[i], identities[j], StringComparison.Ordinal) ? genuine : impostor).Add(s);
            }
        }
        if (genuine.Count == 0 || impostor.Count == 0) throw new ArgumentException($"need same-identity and different-identity pairs; got {genuine.Count} and {impostor.Count}", nameof(identities));
        var g = genuine.ToArray();
        var im = impostor.ToArray();
        Array.Sort(g);
        Array.Sort(im);
        // Sweep every observed score as a threshold; keep the one where FMR and FNMR are closest.
        double bestGap = double.MaxValue, eer = 1;
        float eerThreshold = 0;
        foreach (var t in g.Concat(im))
        {
            var fmr = FalseMatchRate(im, t);
            var fnmr = FalseNonMatchRate(g, t);
            var gap = Math.Abs(fmr - fnmr);
            if (gap < bestGap || (gap == bestGap && (fmr + fnmr) / 2 < eer))
            {
                bestGap = gap;
                eer = (fmr + fnmr) / 2;
                eerThreshold = t;
            }
        }
        return new FaceCalibration(g, im, eer, eerThreshold);
    }

    /// <summary>Share of impostor pairs scoring at or above <paramref name="threshold"/>.</summary>
    public double FalseMatchRate(float threshold) => FalseMatchRate(Impostor, threshold);

    /// <summary>Share of genuine pairs scoring at or above <paramref name="threshold"/>.</summary>
    public double TrueMatchRate(float threshold) => 1 - FalseNonMatchRate(Genuine, threshold);

    /// <summary>The lowest threshold whose false-match rate is at most <paramref name="targetFmr"/>.</summary>
    public float ThresholdAt(double targetFmr)
    {
        // Impostors ascending: allowing k of n to pass means the threshold sits just above impostor n-k-1.
        var allowed = (int)Math.Floor(targetFmr * Impostor.Length);
        var index = Impostor.Length - allowed - 1;
        return index < 0 ? -1f : MathF.BitIncrement(Impostor[index]);
    }

    /// <summary>Counts of <paramref name="scores"/> in <paramref name="bins"/> equal bins over -1..1 (for a text histogram).</summary>
    public static int[] Histogram(float[] scores, int bins = 20)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var h = new int[bins];
        foreach (var s in scores) h[Math.Clamp((int)((s + 1) / 2 * bins), 0, bins - 1)]++;
        return h;
    }

    private static double FalseMatchRate(float[] impostorAscending, float t) =>
        (double)(impostorAscending.Length - LowerBound(impostorAscending, t)) / impostorAscending.Length;

    private static double FalseNonMatchRate(float[] genuineAscending, float t) =>
        (double)LowerBound(genuineAscending, t) / genuineAscending.Length;

    /// <summary>Index of the first value at or above <paramref name="t"/>.</summary>
    private static int LowerBound(float[] sorted, float t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
