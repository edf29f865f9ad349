using System.Buffers;
using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Control;
using EdgeAgent.Events;
using EdgeAgent.Transport;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Outbox;

/// <summary>
/// The durable outbox: an event is accepted only once it is on disk (encrypted LiteDB file), with its per-device sequence
/// number; it leaves only when the broker acknowledged it. High priority records drain first, then the rest oldest first.
/// Bounded by count, bytes and age: when full, the oldest low, then normal priority records are dropped and counted;
/// high priority records are never dropped.
/// </summary>
/// <remarks>
/// LiteDB's API is synchronous and its explicit transactions belong to a thread, so every database call happens under one
/// lock with no await inside. Accept blocks its caller for one commit and one checkpoint (the fsync); concurrent callers
/// share a checkpoint (group commit).
/// </remarks>
public sealed partial class DurableOutbox : IEventSink, IDisposable
{
    private static readonly string[] QueueNames = ["low", "normal", "high"];
    private const string SequenceKey = "seq";

    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument>[] _queues;
    private readonly ILiteCollection<BsonDocument> _meta;
    private readonly TopicNames _topics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly long _maxEvents;
    private readonly long _maxBytes;
    private readonly TimeSpan _maxAge;
    private readonly Lock _gate = new();
    private readonly Lock _flushGate = new();
    private readonly long[] _counts = new long[3];
    private readonly long[] _dropped = new long[3];
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _lastSequence;
    private long _bytes;
    private long _expired;
    private long _commits;
    private long _durableCommits;
    private long _lastAgeCheck;
    private bool _overLimitWarned;
    private bool _disposed;

    private DurableOutbox(LiteDatabase db, string path, OutboxOptions limits, TopicNames topics, TimeProvider time, ILogger logger)
    {
        _db = db;
        FilePath = path;
        _topics = topics;
        _time = time;
        _logger = logger;
        _maxEvents = limits.MaxEvents;
        _maxBytes = (long)limits.MaxSizeMb * 1024 * 1024;
        _maxAge = limits.MaxAge;
        _queues = new ILiteCollection<BsonDocument>[QueueNames.Length];
        for (var i = 0; i < QueueNames.Length; i++) _queues[i] = db.GetCollection(QueueNames[i], BsonAutoId.Int64);
        _meta = db.GetCollection("meta");
        _lastAgeCheck = time.GetTimestamp();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Records waiting for an acknowledgement.</summary>
    public long Depth => Interlocked.Read(ref _counts[0]) + Interlocked.Read(ref _counts[1]) + Interlocked.Read(ref _counts[2]);

    /// <summary>Payload bytes waiting.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The last sequence number assigned (persisted; survives restarts and an empty outbox).</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>Low priority records dropped because the outbox was full.</summary>
    public long DroppedLow => Interlocked.Read(ref _dropped[(int)EventPriority.Low]);

    /// <summary>Normal priority records dropped because the outbox was full.</summary>
    public long DroppedNormal => Interlocked.Read(ref _dropped[(int)EventPriority.Normal]);

    /// <summary>Low and normal priority records dropped because they were older than the age limit.</summary>
    public long DroppedExpired => Interlocked.Read(ref _expired);

    /// <summary>Every record dropped, for health.</summary>
    public long Dropped => DroppedLow + DroppedNormal + DroppedExpired;

    /// <summary>Opens the outbox the configuration describes: file and key under the state folder.</summary>
    public static DurableOutbox Open(AgentOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stateDir = options.StateDir;
        var path = Path.IsPathRooted(options.Outbox.File) ? options.Outbox.File : Path.Combine(stateDir, options.Outbox.File);
        var password = OutboxKey.LoadOrCreate(stateDir, options.Outbox.Password);
        var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
        return Open(path, password, options.Outbox, topics, time, logger);
    }

    /// <summary>Opens (creating when absent) the outbox at <paramref name="path"/>, encrypted with <paramref name="password"/>.</summary>
    public static DurableOutbox Open(string path, string password, OutboxOptions limits, TopicNames topics, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(time);
        LiteDatabase? db = null;
        try
        {
            StateFiles.PrepareLiteDb(path);
            db = new LiteDatabase(new ConnectionString { Filename = path, Password = password, Connection = ConnectionType.Direct });
            // Encrypted, yet nobody else's business: owner only, like the key (its log beside it too).
            StateFiles.RestrictLiteDb(path);
            var outbox = new DurableOutbox(db, path, limits, topics, time, logger);
            outbox.LoadState();
            db = null;
            LogOpened(logger, path, outbox.Depth, outbox.LastSequence);
            return outbox;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INVALID_PASSWORD || ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            throw new OutboxException($"outbox {path}: the encryption key does not open it ({ex.Message}); it was created with another key (outbox.key or outbox.password)", ex);
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new OutboxException($"outbox {path}: cannot open: {ex.Message}", ex);
        }
        finally
        {
            db?.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask AcceptAsync(AgentEvent agentEvent, CancellationToken cancellationToken)
    {
        // Synchronous by design: the caller must not go on until the event is on disk, and LiteDB offers no async I/O.
        Accept(agentEvent);
        return ValueTask.CompletedTask;
    }

    /// <summary>Stores the event durably and returns its sequence number; throws <see cref="OutboxException"/> naming the file.</summary>
    public long Accept(AgentEvent agentEvent)
    {
        ArgumentNullException.ThrowIfNull(agentEvent);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var priority = (int)agentEvent.Priority;
        var topic = _topics.Event(agentEvent.Camera, agentEvent.Kind);
        var body = new ArrayBufferWriter<byte>(384);
        long sequence;
        long commit;
        lock (_gate)
        {
            sequence = _lastSequence + 1;
            EventJson.WriteBody(body, agentEvent, _topics.Device, sequence);
            var bytes = body.WrittenSpan.ToArray();
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            var drops = new long[3];
            long droppedBytes = 0;
            try
            {
                _db.BeginTrans();
                _queues[priority].Insert(new BsonDocument
                {
                    ["_id"] = sequence,
                    ["t"] = topic,
                    ["b"] = bytes,
                    ["a"] = now,
                });
                _meta.Upsert(new BsonDocument { ["_id"] = SequenceKey, ["v"] = sequence });
                droppedBytes = MakeRoom(bytes.Length, drops);
                _db.Commit();
            }
            catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
            {
                TryRollback();
                throw new OutboxException($"outbox {FilePath}: cannot store {agentEvent.Kind} event {agentEvent.Id}: {ex.Message}", ex);
            }
            Interlocked.Exchange(ref _lastSequence, sequence);
            Interlocked.Increment(ref _counts[priority]);
            Interlocked.Add(ref _bytes, bytes.Length - droppedBytes);
            for (var p = 0; p < drops.Length; p++)
            {
                if (drops[p] == 0) continue;
                Interlocked.Add(ref _counts[p], -drops[p]);
                var total = Interlocked.Add(ref _dropped[p], drops[p]);
                LogDropped(_logger, drops[p], QueueNames[p], total, FilePath);
            }
            commit = ++_commits;
        }
        MakeDurable(commit);
        _doorbell.Writer.TryWrite(true);
        return sequence;
    }

    /// <summary>
    /// The next records to publish, at most <paramref name="max"/>: high priority ones first (oldest first); when there are
    /// none, low and normal merged by sequence, so each camera's events leave in the order they happened.
    /// </summary>
    public IReadOnlyList<OutboxRecord> PeekBatch(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            try
            {
                ExpireOld();
                var high = Oldest(EventPriority.High, max);
                if (high.Count > 0) return high;
                var normal = Oldest(EventPriority.Normal, max);
                var low = Oldest(EventPriority.Low, max);
                if (low.Count == 0) return normal;
                if (normal.Count == 0) return low;
                var merged = new List<OutboxRecord>(Math.Min(max, normal.Count + low.Count));
                int i = 0, j = 0;
                while (merged.Count < max && (i < normal.Count || j < low.Count))
                {
                    if (j >= low.Count || (i < normal.Count && normal[i].Sequence < low[j].Sequence)) merged.Add(normal[i++]);
                    else merged.Add(low[j++]);
                }
                return merged;
            }
            catch (Exception ex) when (ex is LiteException or IOException)
            {
                throw new OutboxException($"outbox {FilePath}: cannot read: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Removes records the broker acknowledged; records already dropped meanwhile are skipped.</summary>
    public void Remove(IReadOnlyList<OutboxRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            var removed = new long[3];
            long bytes = 0;
            try
            {
                _db.BeginTrans();
                foreach (var r in records)
                {
                    if (_queues[(int)r.Priority].Delete(r.Sequence))
                    {
                        removed[(int)r.Priority]++;
                        bytes += r.Body.Length;
                    }
                }
                _db.Commit();
            }
            catch (Exception ex) when (ex is LiteException or IOException)
            {
                TryRollback();
                // Not lost: the records stay and go out again; the centre deduplicates on the event id.
                throw new OutboxException($"outbox {FilePath}: cannot remove acknowledged records: {ex.Message}", ex);
            }
            for (var p = 0; p < removed.Length; p++) Interlocked.Add(ref _counts[p], -removed[p]);
            Interlocked.Add(ref _bytes, -bytes);
        }
    }

    /// <summary>Waits until a record may be waiting (an accept since the last call) or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForRecordsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _doorbell.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: the caller looks again (and expires old records).
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _db.Dispose();
        }
    }

    private void LoadState()
    {
        var seq = _meta.FindById(SequenceKey);
        _lastSequence = seq is null ? 0 : seq["v"].AsInt64;
        for (var p = 0; p < _queues.Length; p++)
        {
            _counts[p] = _queues[p].LongCount();
            foreach (var doc in _queues[p].FindAll())
            {
                _bytes += doc["b"].AsBinary.Length;
                // A record newer than the stored counter means the counter write was lost: never reuse a number.
                _lastSequence = Math.Max(_lastSequence, doc["_id"].AsInt64);
            }
        }
    }

    private List<OutboxRecord> Oldest(EventPriority priority, int max)
    {
        var docs = _queues[(int)priority].Query().OrderBy("_id").Limit(max).ToList();
        var list = new List<OutboxRecord>(docs.Count);
        foreach (var d in docs) list.Add(new OutboxRecord(d["_id"].AsInt64, priority, d["t"].AsString, d["b"].AsBinary, d["a"].AsInt64));
        return list;
    }

    /// <summary>Inside the accept transaction: drops oldest low, then normal records until the new one fits. Returns bytes freed.</summary>
    private long MakeRoom(int incomingBytes, long[] drops)
    {
        long freed = 0;
        var count = Depth + 1;
        var bytes = Bytes + incomingBytes;
        while (count > _maxEvents || bytes > _maxBytes)
        {
            var victim = DropOldest(EventPriority.Low) ?? DropOldest(EventPriority.Normal);
            if (victim is not { } size)
            {
                // Only high priority records left: they are never dropped, so the bound gives way.
                if (!_overLimitWarned)
                {
                    _overLimitWarned = true;
                    LogOverLimit(_logger, FilePath, count, bytes);
                }
                return freed;
            }
            drops[(int)size.Priority]++;
            count--;
            bytes -= size.Bytes;
            freed += size.Bytes;
        }
        _overLimitWarned = false;
        return freed;
    }

    private (EventPriority Priority, long Bytes)? DropOldest(EventPriority priority)
    {
        var q = _queues[(int)priority];
        var doc = q.Query().OrderBy("_id").Limit(1).FirstOrDefault();
        if (doc is null) return null;
        q.Delete(doc["_id"]);
        return (priority, doc["b"].AsBinary.Length);
    }

    private void ExpireOld()
    {
        if (_time.GetElapsedTime(_lastAgeCheck) < TimeSpan.FromSeconds(1)) return;
        _lastAgeCheck = _time.GetTimestamp();
        var cutoff = _time.GetUtcNow().Add(-_maxAge).ToUnixTimeMilliseconds();
        long expired = 0;
        for (var p = (int)EventPriority.Low; p <= (int)EventPriority.Normal; p++)
        {
            while (true)
            {
                // Sequence order is accept order, so the old records are at the front.
                var old = _queues[p].Query().OrderBy("_id").Limit(256).ToList().Where(d => d["a"].AsInt64 < cutoff).ToList();
                if (old.Count == 0) break;
                _db.BeginTrans();
                foreach (var d in old) _queues[p].Delete(d["_id"]);
                _db.Commit();
                Interlocked.Add(ref _counts[p], -old.Count);
                Interlocked.Add(ref _bytes, -old.Sum(d => (long)d["b"].AsBinary.Length));
                expired += old.Count;
                if (old.Count < 256) break;
            }
        }
        if (expired > 0)
        {
            var total = Interlocked.Add(ref _expired, expired);
            LogExpired(_logger, expired, _maxAge, total, FilePath);
        }
    }

    /// <summary>Checkpoint = LiteDB copies its log into the data file and fsyncs it; one checkpoint covers every commit before it.</summary>
    private void MakeDurable(long commit)
    {
        lock (_flushGate)
        {
            if (Interlocked.Read(ref _durableCommits) >= commit) return;
            long target;
            lock (_gate) target = _commits;
            try
            {
                _db.Checkpoint();
            }
            catch (Exception ex) when (ex is LiteException or IOException)
            {
                throw new OutboxException($"outbox {FilePath}: cannot flush to disk: {ex.Message}", ex);
            }
            Interlocked.Exchange(ref _durableCommits, target);
        }
    }

    private void TryRollback()
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception ex) when (ex is LiteException or IOException)
        {
            // The original error is the one worth reporting.
            _ = ex;
        }
    }

    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "outbox {File} opened: {Depth} event(s) waiting, last sequence {Sequence}")]
    private static partial void LogOpened(ILogger logger, string file, long depth, long sequence);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "outbox full: dropped {Count} oldest {Priority} priority event(s) ({Total} so far) in {File}")]
    private static partial void LogDropped(ILogger logger, long count, string priority, long total, string file);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "outbox {File} is over its limit ({Count} events, {Bytes} bytes) with only high priority events left; keeping them all")]
    private static partial void LogOverLimit(ILogger logger, string file, long count, long bytes);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "outbox dropped {Count} event(s) older than {MaxAge} ({Total} so far) in {File}")]
    private static partial void LogExpired(ILogger logger, long count, TimeSpan maxAge, long total, string file);
}
