using EdgeAgent.Common;
using EdgeAgent.Events;
using LiteDB;

namespace EdgeAgent.Outbox;

/// <summary>
/// The outbox's encrypted LiteDB file: one collection per priority (documents <c>{_id: seq, t: topic, b: body, a:
/// accepted ms}</c>), the sequence counter and the dead letters. Knows the file layout, nothing of queues or limits.
/// </summary>
/// <remarks>
/// Not thread-safe and bound to the thread of an open transaction (LiteDB's rule): the outbox calls it under its lock.
/// The layout is what devices already have on disk; changing a collection or field name strands their records.
/// </remarks>
internal sealed class OutboxStore : IDisposable
{
    private static readonly string[] QueueNames = ["low", "normal", "high"];
    private const string SequenceKey = "seq";
    private const string DeadLetters = "dead";

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument>[] _queues;
    private readonly ILiteCollection<BsonDocument> _meta;
    private readonly ILiteCollection<BsonDocument> _dead;

    private OutboxStore(LiteDatabase db)
    {
        _db = db;
        _queues = new ILiteCollection<BsonDocument>[QueueNames.Length];
        for (var i = 0; i < QueueNames.Length; i++) _queues[i] = db.GetCollection(QueueNames[i], BsonAutoId.Int64);
        _meta = db.GetCollection("meta");
        _dead = db.GetCollection(DeadLetters, BsonAutoId.Int64);
    }

    /// <summary>The queue name of a priority, as logs say it.</summary>
    public static string QueueName(EventPriority priority) => QueueNames[(int)priority];

    /// <summary>Opens (creating when absent) the file at <paramref name="path"/> with <paramref name="password"/>.</summary>
    public static OutboxStore Open(string path, string password)
    {
        StateFiles.PrepareLiteDb(path);
        var db = new LiteDatabase(new ConnectionString { Filename = path, Password = password, Connection = ConnectionType.Direct });
        try
        {
            // Encrypted, yet nobody else's business: owner only, like the key (its log beside it too).
            StateFiles.RestrictLiteDb(path);
            return new OutboxStore(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>Starts a transaction on the calling thread.</summary>
    public void BeginTrans() => _db.BeginTrans();

    /// <summary>Commits the calling thread's transaction (into LiteDB's log, not yet the data file).</summary>
    public void Commit() => _db.Commit();

    /// <summary>Rolls back, swallowing a failure: the error that made the caller roll back is the one worth reporting.</summary>
    public void TryRollback()
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            _ = ex;
        }
    }

    /// <summary>Copies LiteDB's log into the data file and fsyncs it; one checkpoint covers every commit before it.</summary>
    public void Checkpoint() => _db.Checkpoint();

    /// <summary>Adds a new record (fails if its number is taken).</summary>
    public void Insert(OutboxRecord record) => Queue(record.Priority).Insert(ToDocument(record));

    /// <summary>Adds or replaces a record: the repair stores held records that an earlier attempt may have written.</summary>
    public void Upsert(OutboxRecord record) => Queue(record.Priority).Upsert(ToDocument(record));

    /// <summary>Deletes a record; false when it is not there (dropped meanwhile).</summary>
    public bool Delete(EventPriority priority, long sequence) => Queue(priority).Delete(sequence);

    /// <summary>Whether a record is still in the file.</summary>
    public bool Contains(EventPriority priority, long sequence) => Queue(priority).FindById(sequence) is not null;

    /// <summary>The stored sequence counter, 0 when none was stored yet.</summary>
    public long ReadSequence() => _meta.FindById(SequenceKey) is { } doc ? doc["v"].AsInt64 : 0;

    /// <summary>Stores the sequence counter, so numbers survive an empty outbox and a restart.</summary>
    public void WriteSequence(long sequence) => _meta.Upsert(new BsonDocument { ["_id"] = SequenceKey, ["v"] = sequence });

    /// <summary>Number and body size of every record in one queue, for the counters after an open.</summary>
    public IEnumerable<(long Sequence, int Bytes)> Scan(EventPriority priority)
    {
        foreach (var doc in Queue(priority).FindAll()) yield return (doc["_id"].AsInt64, doc["b"].AsBinary.Length);
    }

    /// <summary>The <paramref name="limit"/> oldest records of one queue (sequence order is accept order).</summary>
    public List<OutboxRecord> Oldest(EventPriority priority, int limit) =>
        Queue(priority).Query().OrderBy("_id").Limit(limit).ToList().Select(d => FromDocument(d, priority)).ToList();

    /// <summary>Deletes the oldest record of one queue and returns its body size; null when the queue is empty.</summary>
    public int? DeleteOldest(EventPriority priority)
    {
        var q = Queue(priority);
        var doc = q.Query().OrderBy("_id").Limit(1).FirstOrDefault();
        if (doc is null) return null;
        q.Delete(doc["_id"]);
        return doc["b"].AsBinary.Length;
    }

    /// <summary>Keeps a refused record with its reason and the time it was set aside.</summary>
    public void AddDeadLetter(OutboxRecord record, string reason, long atMs) => _dead.Upsert(new BsonDocument
    {
        ["_id"] = record.Sequence,
        ["t"] = record.Topic,
        ["b"] = record.Body,
        ["a"] = record.AcceptedMs,
        ["p"] = (int)record.Priority,
        ["r"] = reason,
        ["d"] = atMs,
    });

    /// <summary>Deletes the oldest dead letters beyond <paramref name="max"/>.</summary>
    public void TrimDeadLetters(int max)
    {
        var excess = _dead.LongCount() - max;
        if (excess <= 0) return;
        foreach (var d in _dead.Query().OrderBy("_id").Limit((int)excess).ToList()) _dead.Delete(d["_id"]);
    }

    /// <summary>The dead letters, oldest first.</summary>
    public List<(long Sequence, string Topic, string Reason, byte[] Body)> ReadDeadLetters() =>
        _dead.Query().OrderBy("_id").ToList().Select(d => (d["_id"].AsInt64, d["t"].AsString, d["r"].AsString, d["b"].AsBinary)).ToList();

    /// <summary>Closes the file; a broken instance may fail to say goodbye, and the file on disk is what counts.</summary>
    public void Dispose()
    {
        try
        {
            _db.Dispose();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            _ = ex;
        }
    }

    private ILiteCollection<BsonDocument> Queue(EventPriority priority) => _queues[(int)priority];

    private static BsonDocument ToDocument(OutboxRecord r) => new() { ["_id"] = r.Sequence, ["t"] = r.Topic, ["b"] = r.Body, ["a"] = r.AcceptedMs };

    private static OutboxRecord FromDocument(BsonDocument d, EventPriority priority) =>
        new(d["_id"].AsInt64, priority, d["t"].AsString, d["b"].AsBinary, d["a"].AsInt64);
}
