using EdgeAgent.Imaging;

namespace EdgeAgent.Detection.Decoders;

/// <summary>A scored box before non-maximum suppression.</summary>
public readonly record struct Candidate(int ClassId, float Score, BoxF Box);

/// <summary>
/// A fixed-capacity candidate list reused across frames. When it fills up it keeps the better half and raises its
/// floor, so a noisy output map cannot grow memory or push out the strongest boxes.
/// </summary>
public sealed class CandidateBuffer
{
    private readonly Candidate[] _items;

    /// <summary>Creates a buffer for up to <paramref name="capacity"/> candidates.</summary>
    public CandidateBuffer(int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _items = new Candidate[capacity];
    }

    /// <summary>Number held.</summary>
    public int Count { get; private set; }

    /// <summary>Scores below this are not kept (rises when the buffer overflows).</summary>
    public float Floor { get; private set; }

    /// <summary>The candidates held.</summary>
    public Span<Candidate> Items => _items.AsSpan(0, Count);

    /// <summary>Empties the buffer and sets the minimum score.</summary>
    public void Reset(float minScore)
    {
        Count = 0;
        Floor = minScore;
    }

    /// <summary>Adds a candidate that scores at least <see cref="Floor"/>.</summary>
    public void Add(in Candidate c)
    {
        if (c.Score < Floor) return;
        if (Count == _items.Length)
        {
            var all = _items.AsSpan();
            all.Sort(ByScore);
            Count = _items.Length / 2;
            Floor = _items[Count - 1].Score;
            if (c.Score < Floor) return;
        }
        _items[Count++] = c;
    }

    /// <summary>Sorts by descending score.</summary>
    public void SortByScore() => Items.Sort(ByScore);

    // Span.Sort with a struct comparer boxes it and wraps Compare in a new delegate on every call (88 bytes a frame);
    // a cached delegate allocates nothing.
    private static readonly Comparison<Candidate> ByScore = static (x, y) => y.Score.CompareTo(x.Score);
}
