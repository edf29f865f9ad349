using System.Buffers;
using System.Threading.Channels;
using EdgeAgent.Common;
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
/// <para>
/// LiteDB's API is synchronous and its explicit transactions belong to a thread, so every database call happens under one
/// lock with no await inside. Accept blocks its caller for one commit and one checkpoint (the fsync); concurrent callers
/// share a checkpoint (group commit).
/// </para>
/// <para>
/// When the disk refuses a write (full, read-only, gone), the outbox does not stop: a LiteDB instance whose write failed
/// keeps phantom pages in its cache ("page must be writable"), so it is closed and the file reopened from disk for
/// reading, and what was stored keeps draining. While failing, high priority events wait in a bounded memory queue and
/// are published from there; other events are dropped and counted, their sequence numbers left unused so the centre
/// sees the gap; acknowledged records that cannot be deleted are remembered and skipped. Every second a repair stores
/// what waits in memory and deletes what was acknowledged; the first that succeeds ends the failure.
/// </para>
/// </remarks>
public sealed partial class DurableOutbox : IDrainableSink, IDisposable
{
    private static readonly string[] QueueNames = ["low", "normal", "high"];
    private const string SequenceKey = "seq";
    private const string DeadLetters = "dead";

    /// <summary>High priority events kept in memory while the disk fails: matches and alarms, a few a minute at most.</summary>
    public const int MaxHeldEvents = 2000;

    /// <summary>Memory the held events may take (a face match with a thumbnail is about 20 KB).</summary>
    public const long MaxHeldBytes = 16L * 1024 * 1024;

    /// <summary>Refused records kept for inspection; older ones make room (they are counted either way).</summary>
    public const int MaxDeadLetters = 1000;

    private static readonly TimeSpan RepairInterval = TimeSpan.FromSeconds(1);

    private readonly string _password;
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
    // Held in memory while the disk fails; published from here and stored by the repair.
    private readonly HeldRecords _held = new(MaxHeldEvents, MaxHeldBytes);
    // Acknowledged (or dead-lettered) but not yet deleted from the file: skipped by PeekBatch, deleted by the repair.
    private readonly Dictionary<long, EventPriority> _unremoved = [];
    private LiteDatabase? _db;
    private ILiteCollection<BsonDocument>[] _queues = [];
    private ILiteCollection<BsonDocument>? _meta;
    private ILiteCollection<BsonDocument>? _dead;
    private long _lastSequence;
    private long _bytes;
    private long _expired;
    private long _unwritable;
    private long _deadLettered;
    private long _commits;
    private long _durableCommits;
    private long _lastAgeCheck;
    private long _nextRepair;
    private long _failingSince;
    private long _unwritableSinceFault;
    private long _lastUnwritableLog;
    private volatile string? _fault;
    private string? _faultReason;
    private bool _overLimitWarned;
    private bool _disposed;
    // Under the gate; completed once a look finds nothing waiting (EmptiedLocked).
    private TaskCompletionSource? _drained;

    private DurableOutbox(LiteDatabase db, string path, string password, OutboxOptions limits, TopicNames topics, TimeProvider time, ILogger logger)
    {
        FilePath = path;
        _password = password;
        _topics = topics;
        _time = time;
        _logger = logger;
        _maxEvents = limits.MaxEvents;
        _maxBytes = (long)limits.MaxSizeMb * 1024 * 1024;
        _maxAge = limits.MaxAge;
        _lastAgeCheck = time.GetTimestamp();
        Attach(db);
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Records waiting for an acknowledgement, on disk and held in memory.</summary>
    public long Depth
    {
        get
        {
            lock (_gate) return DepthLocked();
        }
    }

    /// <summary>Payload bytes waiting.</summary>
    public long Bytes => Interlocked.Read(ref _bytes) + _held.Bytes;

    /// <summary>The last sequence number assigned (persisted; survives restarts and an empty outbox).</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>Low priority records dropped because the outbox was full.</summary>
    public long DroppedLow => Interlocked.Read(ref _dropped[(int)EventPriority.Low]);

    /// <summary>Normal priority records dropped because the outbox was full.</summary>
    public long DroppedNormal => Interlocked.Read(ref _dropped[(int)EventPriority.Normal]);

    /// <summary>Low and normal priority records dropped because they were older than the age limit.</summary>
    public long DroppedExpired => Interlocked.Read(ref _expired);

    /// <summary>Events dropped because the disk refused them (and, for high priority, the memory queue was full).</summary>
    public long DroppedUnwritable => Interlocked.Read(ref _unwritable);

    /// <summary>Records the broker refused for good, set aside in the dead-letter store.</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>High priority events waiting in memory because the disk refused them.</summary>
    public int Held
    {
        get
        {
            lock (_gate) return _held.Count;
        }
    }

    /// <summary>Why the outbox cannot write (the file and the system's words), or null while it can.</summary>
    public string? Fault => _fault;

    /// <summary>Every record dropped, for health: full, expired and unwritable (dead letters are counted apart).</summary>
    public long Dropped => DroppedLow + DroppedNormal + DroppedExpired + DroppedUnwritable;

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
            db = OpenDatabase(path, password);
            var outbox = new DurableOutbox(db, path, password, limits, topics, time, logger);
            db = null;
            outbox.LoadState();
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

    /// <summary>
    /// Stores the event durably and returns its sequence number. When the disk refuses it, a high priority event is held
    /// in memory and any other is dropped and counted; either way the number is used, so a loss shows as a gap.
    /// </summary>
    public long Accept(AgentEvent agentEvent)
    {
        ArgumentNullException.ThrowIfNull(agentEvent);
        long sequence;
        long commit = 0;
        LiteDatabase? db = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            RepairIfDue();
            sequence = Store(agentEvent, out var stored);
            if (stored)
            {
                commit = ++_commits;
                db = _db;
            }
        }
        if (db is not null) MakeDurable(db, commit);
        _doorbell.Writer.TryWrite(true);
        return sequence;
    }

    /// <summary>
    /// The next records to publish, at most <paramref name="max"/>: high priority ones first (held in memory, then on
    /// disk, oldest first); when there are none, low and normal merged by sequence, so each camera's events leave in the
    /// order they happened.
    /// </summary>
    public IReadOnlyList<OutboxRecord> PeekBatch(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            RepairIfDue();
            // The publisher looks again right after every acknowledgement: the look that finds nothing is the signal.
            EmptiedLocked();
            var batch = new List<OutboxRecord>(Math.Min(max, 64));
            for (var i = 0; i < _held.Count && batch.Count < max; i++) batch.Add(_held.Records[i]);
            if (batch.Count > 0 || _db is null) return batch;
            try
            {
                ExpireOld();
                var high = Oldest(EventPriority.High, max);
                if (high.Count > 0) return high;
                var normal = Oldest(EventPriority.Normal, max);
                var low = Oldest(EventPriority.Low, max);
                if (low.Count == 0) return normal;
                if (normal.Count == 0) return low;
                int i = 0, j = 0;
                while (batch.Count < max && (i < normal.Count || j < low.Count))
                {
                    if (j >= low.Count || (i < normal.Count && normal[i].Sequence < low[j].Sequence)) batch.Add(normal[i++]);
                    else batch.Add(low[j++]);
                }
                return batch;
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                EnterFault("read", ex);
                return batch;
            }
        }
    }

    /// <summary>
    /// Removes records the broker acknowledged; records already dropped meanwhile are skipped. While the disk refuses the
    /// delete, they are remembered and never handed out again; the repair deletes them.
    /// </summary>
    public void Remove(IReadOnlyList<OutboxRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var onDisk = new List<OutboxRecord>(records.Count);
            foreach (var r in records)
            {
                if (!_held.Release(r.Sequence)) onDisk.Add(r);
            }
            if (onDisk.Count == 0) return;
            if (_fault is null && _db is not null)
            {
                try
                {
                    DeleteStored(onDisk);
                    return;
                }
                catch (Exception ex) when (IsStorageFailure(ex))
                {
                    EnterFault("delete acknowledged records", ex);
                }
            }
            foreach (var r in onDisk) Unremoved(r.Sequence, r.Priority);
        }
    }

    /// <summary>
    /// Sets aside a record the broker refused for good (PUBACK reason 0x80 or above, or a topic MQTT cannot carry) in the
    /// dead-letter store with its reason, so it neither blocks the queue nor goes out again; counted in health.
    /// </summary>
    public void DeadLetter(OutboxRecord record, string reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Interlocked.Increment(ref _deadLettered);
            var held = _held.Release(record.Sequence);
            if (_fault is null && _db is not null)
            {
                try
                {
                    _db.BeginTrans();
                    _dead!.Upsert(new BsonDocument
                    {
                        ["_id"] = record.Sequence,
                        ["t"] = record.Topic,
                        ["b"] = record.Body,
                        ["a"] = record.AcceptedMs,
                        ["p"] = (int)record.Priority,
                        ["r"] = reason,
                        ["d"] = _time.GetUtcNow().ToUnixTimeMilliseconds(),
                    });
                    if (!held && _queues[(int)record.Priority].Delete(record.Sequence))
                    {
                        Interlocked.Decrement(ref _counts[(int)record.Priority]);
                        Interlocked.Add(ref _bytes, -record.Body.Length);
                    }
                    TrimDeadLetters();
                    _db.Commit();
                    return;
                }
                catch (Exception ex) when (IsStorageFailure(ex))
                {
                    TryRollback();
                    EnterFault("set aside a refused record", ex);
                }
            }
            // Counted, not stored: the disk is failing. The record must still never go out again.
            if (!held) Unremoved(record.Sequence, record.Priority);
        }
    }

    /// <summary>The records set aside, newest last: sequence, topic, reason, body.</summary>
    public IReadOnlyList<(long Sequence, string Topic, string Reason, byte[] Body)> ReadDeadLetters()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_dead is null) return [];
            return _dead.Query().OrderBy("_id").ToList().Select(d => (d["_id"].AsInt64, d["t"].AsString, d["r"].AsString, d["b"].AsBinary)).ToList();
        }
    }

    /// <summary>Runs the periodic work that needs no event to trigger it: the repair of a failing disk, the age limit.</summary>
    public void Maintain()
    {
        lock (_gate)
        {
            if (_disposed) return;
            RepairIfDue();
            // Also while no publisher looks (broker down): the repair and the age limit may empty it too.
            EmptiedLocked();
            if (_fault is not null || _db is null) return;
            try
            {
                ExpireOld();
                EmptiedLocked();
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                EnterFault("expire old records", ex);
            }
        }
    }

    /// <summary>
    /// Completes once no record waits (<see cref="Depth"/> is 0), signalled by the publisher's next look after the last
    /// acknowledgement (or the second's maintenance) rather than found by polling: a run over recordings ends then.
    /// </summary>
    public Task WaitDrainedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_disposed || DepthLocked() == 0) return Task.CompletedTask;
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task.WaitAsync(cancellationToken);
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
            if (_fault is not null && _db is not null)
            {
                // A last try to keep what waits in memory.
                _nextRepair = 0;
                RepairIfDue();
            }
            if (_held.Count > 0) LogHeldLost(_logger, _held.Count, FilePath);
            CloseDatabase();
            // Nothing leaves a closed outbox: a waiter must not wait for it.
            _drained?.TrySetResult();
        }
    }

    private static LiteDatabase OpenDatabase(string path, string password)
    {
        StateFiles.PrepareLiteDb(path);
        var db = new LiteDatabase(new ConnectionString { Filename = path, Password = password, Connection = ConnectionType.Direct });
        // Encrypted, yet nobody else's business: owner only, like the key (its log beside it too).
        StateFiles.RestrictLiteDb(path);
        return db;
    }

    private void Attach(LiteDatabase db)
    {
        _db = db;
        _queues = new ILiteCollection<BsonDocument>[QueueNames.Length];
        for (var i = 0; i < QueueNames.Length; i++) _queues[i] = db.GetCollection(QueueNames[i], BsonAutoId.Int64);
        _meta = db.GetCollection("meta");
        _dead = db.GetCollection(DeadLetters, BsonAutoId.Int64);
    }

    private void EmptiedLocked()
    {
        if (_drained is null || DepthLocked() != 0) return;
        _drained.TrySetResult();
        _drained = null;
    }

    private long DepthLocked() =>
        Interlocked.Read(ref _counts[0]) + Interlocked.Read(ref _counts[1]) + Interlocked.Read(ref _counts[2]) - _unremoved.Count + _held.Count;

    /// <summary>Under the gate: assigns the next number and stores the event, or holds or drops it while the disk fails.</summary>
    private long Store(AgentEvent agentEvent, out bool stored)
    {
        var priority = (int)agentEvent.Priority;
        var topic = _topics.Event(agentEvent.Camera, agentEvent.Kind);
        var body = new ArrayBufferWriter<byte>(384);
        var sequence = _lastSequence + 1;
        EventJson.WriteBody(body, agentEvent, _topics.Device, sequence);
        var bytes = body.WrittenSpan.ToArray();
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        // The number is spent whatever happens next: a lost event must leave a gap the centre can see.
        Interlocked.Exchange(ref _lastSequence, sequence);
        stored = false;
        if (_fault is null && _db is not null)
        {
            var drops = new long[3];
            try
            {
                _db.BeginTrans();
                _queues[priority].Insert(new BsonDocument { ["_id"] = sequence, ["t"] = topic, ["b"] = bytes, ["a"] = now });
                _meta!.Upsert(new BsonDocument { ["_id"] = SequenceKey, ["v"] = sequence });
                var droppedBytes = MakeRoom(bytes.Length, drops);
                _db.Commit();
                Interlocked.Increment(ref _counts[priority]);
                Interlocked.Add(ref _bytes, bytes.Length - droppedBytes);
                for (var p = 0; p < drops.Length; p++)
                {
                    if (drops[p] == 0) continue;
                    Interlocked.Add(ref _counts[p], -drops[p]);
                    var total = Interlocked.Add(ref _dropped[p], drops[p]);
                    LogDropped(_logger, drops[p], QueueNames[p], total, FilePath);
                }
                stored = true;
                return sequence;
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                TryRollback();
                EnterFault($"store {agentEvent.Kind} event {agentEvent.Id}", ex);
            }
        }
        Hold(new OutboxRecord(sequence, agentEvent.Priority, topic, bytes, now), agentEvent.Kind);
        return sequence;
    }

    /// <summary>While the disk fails: a high priority record waits in memory if there is room; anything else is dropped.</summary>
    private void Hold(OutboxRecord record, string kind)
    {
        if (_held.TryAdd(record)) return;
        var total = Interlocked.Increment(ref _unwritable);
        _unwritableSinceFault++;
        // One line a minute: a camera at 5 fps would otherwise write the log that has no room either.
        if (_lastUnwritableLog == 0 || _time.GetElapsedTime(_lastUnwritableLog) >= TimeSpan.FromMinutes(1))
        {
            _lastUnwritableLog = _time.GetTimestamp();
            LogUnwritableDrop(_logger, kind, record.Sequence, total, _fault ?? "the outbox is closed");
        }
    }

    private void Unremoved(long sequence, EventPriority priority) => _unremoved[sequence] = priority;

    private void DeleteStored(List<OutboxRecord> records)
    {
        var removed = new long[3];
        long bytes = 0;
        _db!.BeginTrans();
        try
        {
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
        catch
        {
            TryRollback();
            throw;
        }
        for (var p = 0; p < removed.Length; p++) Interlocked.Add(ref _counts[p], -removed[p]);
        Interlocked.Add(ref _bytes, -bytes);
    }

    /// <summary>
    /// Any exception out of LiteDB while writing counts as the storage failing: its own consistency checks throw plain
    /// exceptions, and a broken instance must be replaced whatever it threw.
    /// </summary>
    private static bool IsStorageFailure(Exception ex) => ex is not (OutOfMemoryException or OperationCanceledException or ObjectDisposedException);

    private void EnterFault(string what, Exception ex)
    {
        var first = _fault is null;
        var noSpace = IsNoSpace(ex);
        _fault = $"outbox {FilePath}: cannot {what}: {ex.Message}";
        if (first)
        {
            _failingSince = _time.GetTimestamp();
            _unwritableSinceFault = 0;
            _faultReason = noSpace ? DeviceEvent.DiskFull : DeviceEvent.OutboxFailing;
            LogFaultStarted(_logger, _fault, DepthLocked());
        }
        ReopenForReading();
        if (first)
        {
            // Held in memory like any high priority event: the disk that refused the others cannot store it either.
            Store(FaultEvent("start"), out _);
            _doorbell.Writer.TryWrite(true);
        }
    }

    /// <summary>
    /// The instance that failed a write serves stale pages; a fresh one reads what is really on disk, so what was stored
    /// keeps draining while nothing can be written. The next repair is a second away.
    /// </summary>
    private void ReopenForReading()
    {
        CloseDatabase();
        TryAttachReader();
        ScheduleRepair();
    }

    private void ScheduleRepair() => _nextRepair = _time.GetTimestamp() + (long)(RepairInterval.TotalSeconds * _time.TimestampFrequency);

    private static bool IsNoSpace(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            // ENOSPC (28) and EDQUOT (122) on Linux; the message is the portable fallback.
            if (e is IOException io && ((io.HResult & 0xFFFF) is 28 or 122 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || io.Message.Contains("quota", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    /// <summary>The outbox's own alarm: <c>device</c> <c>disk_full</c> (or <c>outbox_failing</c>), high priority.</summary>
    private DeviceEvent FaultEvent(string phase) => new()
    {
        Camera = "",
        CaptureTime = _time.GetUtcNow(),
        Phase = phase,
        Reason = _faultReason ?? DeviceEvent.OutboxFailing,
        Value = FreeMegabytes(),
        Threshold = 0,
    };

    private double FreeMegabytes()
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(FilePath)) ?? "/";
            return new DriveInfo(dir).AvailableFreeSpace / (1024.0 * 1024.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return -1;
        }
    }

    private void TryAttachReader()
    {
        try
        {
            var db = OpenDatabase(FilePath, _password);
            Attach(db);
            LoadState();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // Not even readable: only what is held in memory goes out until the repair can open the file.
            CloseDatabase();
            LogReopenFailed(_logger, FilePath, ex.Message);
        }
    }

    /// <summary>
    /// Under the gate, at most once a second while failing: deletes what was acknowledged, stores what is held in memory
    /// and the sequence counter, in one transaction. Success ends the failure; a failure leaves a fresh reader behind.
    /// </summary>
    private void RepairIfDue()
    {
        if (_fault is null || _time.GetTimestamp() < _nextRepair) return;
        if (_db is null) TryAttachReader();
        if (_db is null)
        {
            ScheduleRepair();
            return;
        }
        var storedHeld = _held.Count;
        try
        {
            _db.BeginTrans();
            foreach (var (sequence, priority) in _unremoved) _queues[(int)priority].Delete(sequence);
            foreach (var r in _held.Records) _queues[(int)r.Priority].Upsert(new BsonDocument { ["_id"] = r.Sequence, ["t"] = r.Topic, ["b"] = r.Body, ["a"] = r.AcceptedMs });
            _meta!.Upsert(new BsonDocument { ["_id"] = SequenceKey, ["v"] = _lastSequence });
            _db.Commit();
            _db.Checkpoint();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            TryRollback();
            _fault = $"outbox {FilePath}: cannot write: {ex.Message}";
            ReopenForReading();
            return;
        }
        var failedFor = _time.GetElapsedTime(_failingSince);
        _unremoved.Clear();
        _held.Clear();
        var end = FaultEvent("end");
        _fault = null;
        _faultReason = null;
        LoadState();
        LogFaultEnded(_logger, FilePath, failedFor.TotalSeconds, storedHeld, _unwritableSinceFault);
        Store(end, out var stored);
        if (stored)
        {
            try
            {
                _db?.Checkpoint();
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                EnterFault("flush to disk", ex);
            }
        }
        _doorbell.Writer.TryWrite(true);
    }

    private void CloseDatabase()
    {
        var db = _db;
        _db = null;
        _meta = null;
        _dead = null;
        if (db is null) return;
        try
        {
            db.Dispose();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // A broken instance may fail to say goodbye; the file on disk is what counts.
            _ = ex;
        }
    }

    private void LoadState()
    {
        var seq = _meta!.FindById(SequenceKey);
        var last = Math.Max(_lastSequence, seq is null ? 0 : seq["v"].AsInt64);
        long bytes = 0;
        for (var p = 0; p < _queues.Length; p++)
        {
            long count = 0;
            foreach (var doc in _queues[p].FindAll())
            {
                count++;
                if (!_unremoved.ContainsKey(doc["_id"].AsInt64)) bytes += doc["b"].AsBinary.Length;
                // A record newer than the stored counter means the counter write was lost: never reuse a number.
                last = Math.Max(last, doc["_id"].AsInt64);
            }
            Interlocked.Exchange(ref _counts[p], count);
        }
        // Unremoved records still on disk are counted in _counts; DepthLocked takes them off. Forget those not on disk.
        foreach (var key in _unremoved.Keys.ToList())
        {
            if (_queues[(int)_unremoved[key]].FindById(key) is null) _unremoved.Remove(key);
        }
        Interlocked.Exchange(ref _bytes, bytes);
        Interlocked.Exchange(ref _lastSequence, last);
    }

    private List<OutboxRecord> Oldest(EventPriority priority, int max)
    {
        var docs = _queues[(int)priority].Query().OrderBy("_id").Limit(max + _unremoved.Count).ToList();
        var list = new List<OutboxRecord>(Math.Min(docs.Count, max));
        foreach (var d in docs)
        {
            var sequence = d["_id"].AsInt64;
            if (_unremoved.ContainsKey(sequence)) continue;
            list.Add(new OutboxRecord(sequence, priority, d["t"].AsString, d["b"].AsBinary, d["a"].AsInt64));
            if (list.Count == max) break;
        }
        return list;
    }

    private void TrimDeadLetters()
    {
        var excess = _dead!.LongCount() - MaxDeadLetters;
        if (excess <= 0) return;
        foreach (var d in _dead.Query().OrderBy("_id").Limit((int)excess).ToList()) _dead.Delete(d["_id"]);
    }

    /// <summary>Inside the accept transaction: drops oldest low, then normal records until the new one fits. Returns bytes freed.</summary>
    private long MakeRoom(int incomingBytes, long[] drops)
    {
        long freed = 0;
        var count = DepthLocked() + 1;
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
                _db!.BeginTrans();
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
    private void MakeDurable(LiteDatabase db, long commit)
    {
        lock (_flushGate)
        {
            if (Interlocked.Read(ref _durableCommits) >= commit) return;
            long target;
            lock (_gate) target = _commits;
            try
            {
                db.Checkpoint();
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                // The commit is in LiteDB's log file; the copy into the data file is what failed. Reopening replays it.
                lock (_gate)
                {
                    if (ReferenceEquals(db, _db)) EnterFault("flush to disk", ex);
                }
                return;
            }
            catch (ObjectDisposedException)
            {
                // Replaced by a repair meanwhile; the new instance checkpointed on open.
                return;
            }
            Interlocked.Exchange(ref _durableCommits, target);
        }
    }

    private void TryRollback()
    {
        try
        {
            _db?.Rollback();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
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

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "{Fault}; high priority events wait in memory, others are dropped (a gap in seq) until it can write again; {Depth} stored event(s) keep draining")]
    private static partial void LogFaultStarted(ILogger logger, string fault, long depth);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "outbox {File} writes again after {Seconds:F1} s: {Held} held event(s) stored, {Dropped} event(s) dropped meanwhile")]
    private static partial void LogFaultEnded(ILogger logger, string file, double seconds, int held, long dropped);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "outbox cannot keep {Kind} event seq {Sequence} ({Total} dropped so far): {Fault}")]
    private static partial void LogUnwritableDrop(ILogger logger, string kind, long sequence, long total, string fault);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "outbox {File} cannot be reopened for reading: {Reason}")]
    private static partial void LogReopenFailed(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "outbox closing with {Count} high priority event(s) that the disk never took, in {File}")]
    private static partial void LogHeldLost(ILogger logger, int count, string file);
}
