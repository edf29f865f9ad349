namespace EdgeAgent.Outbox;

/// <summary>
/// High priority records kept in memory while the disk refuses them, oldest first, bounded by count and bytes.
/// Not thread-safe: the outbox uses it under its own lock; only <see cref="Bytes"/> may be read from anywhere.
/// </summary>
internal sealed class HeldRecords(int maxRecords, long maxBytes)
{
    private readonly List<OutboxRecord> _records = [];
    private long _bytes;

    /// <summary>Records held.</summary>
    public int Count => _records.Count;

    /// <summary>Payload bytes held.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The records, oldest first.</summary>
    public IReadOnlyList<OutboxRecord> Records => _records;

    /// <summary>Holds a high priority record if there is room; false when it must be dropped.</summary>
    public bool TryAdd(OutboxRecord record)
    {
        if (record.Priority != Events.EventPriority.High || _records.Count >= maxRecords || _bytes + record.Body.Length > maxBytes) return false;
        _records.Add(record);
        Interlocked.Add(ref _bytes, record.Body.Length);
        return true;
    }

    /// <summary>Lets go of the record with <paramref name="sequence"/> (acknowledged or set aside); false if it is not held.</summary>
    public bool Release(long sequence)
    {
        var i = _records.FindIndex(r => r.Sequence == sequence);
        if (i < 0) return false;
        Interlocked.Add(ref _bytes, -_records[i].Body.Length);
        _records.RemoveAt(i);
        return true;
    }

    /// <summary>Forgets every record (they were stored).</summary>
    public void Clear()
    {
        _records.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }
}
