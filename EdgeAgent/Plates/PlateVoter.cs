namespace EdgeAgent.Plates;

/// <summary>The plate a track's reads agree on.</summary>
/// <param name="Text">Voted text.</param>
/// <param name="Confidence">0..1: mean per-position support for the voted characters over all reads of the track.</param>
/// <param name="Grammar">Grammar the voted text fits, or <see cref="PlateRead.NoGrammar"/>.</param>
/// <param name="Reads">Reads that took part.</param>
/// <param name="Agreeing">Reads whose text equals the voted text.</param>
/// <param name="Best">The single read that best represents the vote (equal text and highest confidence when there is one).</param>
public sealed record PlateVote(string Text, float Confidence, string Grammar, int Reads, int Agreeing, PlateRead Best);

/// <summary>
/// Combines a vehicle's plate reads across frames so it yields one plate with one confidence. Reads of the most
/// supported length vote character by character, each character weighted by its confidence; reads of other lengths
/// take part only in choosing the length (whole-string vote), since their characters cannot be aligned reliably.
/// Not thread-safe: one voter per camera pipeline.
/// </summary>
public sealed class PlateVoter
{
    private readonly PlateGrammars _grammars;
    private readonly int _maxReads;
    private readonly Dictionary<long, List<PlateRead>> _tracks = [];

    /// <summary>A voter that names the voted text's grammar with <paramref name="grammars"/> and keeps at most <paramref name="maxReadsPerTrack"/> reads per track.</summary>
    public PlateVoter(PlateGrammars grammars, int maxReadsPerTrack = 32)
    {
        ArgumentNullException.ThrowIfNull(grammars);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxReadsPerTrack, 1);
        _grammars = grammars;
        _maxReads = maxReadsPerTrack;
    }

    /// <summary>Tracks with at least one read.</summary>
    public int TrackCount => _tracks.Count;

    /// <summary>Adds one read of a track; empty reads are ignored. When full, the least confident read makes room.</summary>
    public void Add(long track, PlateRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Text.Length == 0 || read.Confidence <= 0) return;
        if (!_tracks.TryGetValue(track, out var reads))
        {
            reads = new List<PlateRead>(8);
            _tracks.Add(track, reads);
        }
        if (reads.Count < _maxReads)
        {
            reads.Add(read);
            return;
        }
        var worst = 0;
        for (var i = 1; i < reads.Count; i++)
        {
            if (reads[i].Confidence < reads[worst].Confidence) worst = i;
        }
        if (read.Confidence > reads[worst].Confidence) reads[worst] = read;
    }

    /// <summary>The current vote of a track; false when it has no reads.</summary>
    public bool TryGetVote(long track, out PlateVote vote)
    {
        vote = null!;
        if (!_tracks.TryGetValue(track, out var reads) || reads.Count == 0) return false;
        vote = Vote(reads);
        return true;
    }

    /// <summary>The final vote of a track that ended, forgetting its reads; false when it had none.</summary>
    public bool TryComplete(long track, out PlateVote vote)
    {
        var found = TryGetVote(track, out vote);
        _tracks.Remove(track);
        return found;
    }

    /// <summary>Forgets a track's reads.</summary>
    public void Forget(long track) => _tracks.Remove(track);

    private PlateVote Vote(List<PlateRead> reads)
    {
        // Whole-string vote on the length.
        var length = 0;
        var lengthWeight = -1f;
        foreach (var r in reads)
        {
            var len = r.Text.Length;
            if (len == length) continue;
            var w = 0f;
            foreach (var o in reads)
            {
                if (o.Text.Length == len) w += o.Confidence;
            }
            if (w > lengthWeight || (w == lengthWeight && len > length))
            {
                lengthWeight = w;
                length = len;
            }
        }

        // Character vote among reads of that length: per position, the character with the most confidence behind it.
        Span<char> text = stackalloc char[length];
        var support = 0f;
        for (var i = 0; i < length; i++)
        {
            var bestChar = '\0';
            var bestWeight = -1f;
            foreach (var candidate in reads)
            {
                if (candidate.Text.Length != length) continue;
                var c = candidate.Text[i];
                if (c == bestChar) continue;
                var w = 0f;
                foreach (var r in reads)
                {
                    if (r.Text.Length == length && r.Text[i] == c) w += Weight(r, i);
                }
                if (w > bestWeight)
                {
                    bestWeight = w;
                    bestChar = c;
                }
            }
            text[i] = bestChar;
            support += bestWeight;
        }
        var voted = new string(text);
        var confidence = length == 0 ? 0 : Math.Clamp(support / length / reads.Count, 0f, 1f);
        var grammar = _grammars.GrammarOf(voted);
        if (grammar == PlateRead.NoGrammar) confidence = Math.Min(confidence, PlateGrammars.NoGrammarFactor);

        PlateRead? best = null;
        PlateRead? bestOfLength = null;
        var agreeing = 0;
        foreach (var r in reads)
        {
            if (r.Text.Length != length) continue;
            if (bestOfLength is null || r.Confidence > bestOfLength.Confidence) bestOfLength = r;
            if (!string.Equals(r.Text, voted, StringComparison.Ordinal)) continue;
            agreeing++;
            if (best is null || r.Confidence > best.Confidence) best = r;
        }
        return new PlateVote(voted, confidence, grammar, reads.Count, agreeing, best ?? bestOfLength!);
    }

    // A character's vote: the read's confidence, shared out by the character's own confidence relative to the read's mean.
    private static float Weight(PlateRead r, int i)
    {
        var conf = r.CharConfidences;
        if (conf.Count != r.Text.Length) return r.Confidence;
        var sum = 0f;
        for (var k = 0; k < conf.Count; k++) sum += conf[k];
        if (sum <= 0) return 0;
        return r.Confidence * conf[i] * conf.Count / sum;
    }
}
