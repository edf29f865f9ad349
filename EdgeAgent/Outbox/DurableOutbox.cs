using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Outbox;

/// <summary>
/// The durable outbox: an event is accepted only once it is on disk (encrypted LiteDB file, see <see cref="OutboxStore"/>),
/// with its per-device sequence number; it leaves only when the broker acknowledged it. What it stores is opaque: the
/// <see cref="EventEncoder"/> turns the event into topic and body, and the outbox never looks inside. High priority
/// records drain first, then the rest oldest first. Bounded by count, bytes and age (<see cref="OutboxRetention"/>):
/// when full, the oldest low, then normal priority records are dropped and counted; high priority records are never
/// dropped.
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
/// what waits in memory and deletes what was acknowledged; the first that succeeds ends the failure
/// (<see cref="OutboxFault"/> keeps the failure's books).
/// </para>
/// </remarks>
public sealed partial class DurableOutbox : IDrainableSink, IDisposable
{
    /// <summary>High priority events kept in memory while the disk fails: matches and alarms, a few a minute at most.</summary>
    public const int MaxHeldEvents = 2000;

    /// <summary>Memory the held events may take (a face match with a thumbnail is about 20 KB).</summary>
    public const long MaxHeldBytes = 16L * 1024 * 1024;

    /// <summary>Refused records kept for inspection; older ones make room (they are counted either way).</summary>
    public const int MaxDeadLetters = 1000;

    private readonly string _password;
    private readonly EventEncoder _encoder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OutboxRetention _retention;
    private readonly OutboxFault _fault;
    private readonly Lock _gate = new();
    private readonly Lock _flushGate = new();
    private readonly long[] _counts = new long[3];
    private readonly long[] _dropped = new long[3];
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    // Held in memory while the disk fails; published from here and stored by the repair.
    private readonly HeldRecords _held = new(MaxHeldEvents, MaxHeldBytes);
    // Acknowledged (or dead-lettered) but not yet deleted from the file: skipped by PeekBatch, deleted by the repair.
    private readonly Dictionary<long, EventPriority> _unremoved = [];
    // Null while the file cannot even be opened for reading: only held records go out then.
    private OutboxStore? _store;
    private long _lastSequence;
    private long _bytes;
    private long _deadLettered;
    private long _commits;
    private long _durableCommits;
    private bool _disposed;
    // Under the gate; completed once a look finds nothing waiting (EmptiedLocked).
    private TaskCompletionSource? _drained;

    private DurableOutbox(OutboxStore store, string path, string password, OutboxOptions limits, EventEncoder encoder, TimeProvider time, ILogger logger)
    {
        FilePath = path;
        _password = password;
        _encoder = encoder;
        _time = time;
        _logger = logger;
        _retention = new OutboxRetention(limits, time, logger, path);
        _fault = new OutboxFault(path, time);
        _store = store;
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
    public long DroppedExpired => _retention.Expired;

    /// <summary>Events dropped because the disk refused them (and, for high priority, the memory queue was full).</summary>
    public long DroppedUnwritable => _fault.Unwritable;

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
    public string? Fault => _fault.Message;

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
        return Open(path, password, options.Outbox, new EventEncoder(topics), time, logger);
    }

    /// <summary>Opens the outbox at <paramref name="path"/> for the device <paramref name="topics"/> names.</summary>
    public static DurableOutbox Open(string path, string password, OutboxOptions limits, TopicNames topics, TimeProvider time, ILogger logger) =>
        Open(path, password, limits, new EventEncoder(topics), time, logger);

    /// <summary>
    /// Opens (creating when absent) the outbox at <paramref name="path"/>, encrypted with <paramref name="password"/>;
    /// accepted events are stored as <paramref name="encoder"/> encodes them.
    /// </summary>
    public static DurableOutbox Open(string path, string password, OutboxOptions limits, EventEncoder encoder, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(time);
        OutboxStore? store = null;
        try
        {
            store = OutboxStore.Open(path, password);
            var outbox = new DurableOutbox(store, path, password, limits, encoder, time, logger);
            store = null;
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
            store?.Dispose();
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
        OutboxStore? store = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            RepairIfDue();
            sequence = Store(agentEvent, out var stored);
            if (stored)
            {
                commit = ++_commits;
                store = _store;
            }
        }
        if (store is not null) MakeDurable(store, commit);
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
            if (batch.Count > 0 || _store is null) return batch;
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
            if (!_fault.Active && _store is not null)
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
            if (!_fault.Active && _store is not null)
            {
                try
                {
                    _store.BeginTrans();
                    _store.AddDeadLetter(record, reason, _time.GetUtcNow().ToUnixTimeMilliseconds());
                    if (!held && _store.Delete(record.Priority, record.Sequence))
                    {
                        Interlocked.Decrement(ref _counts[(int)record.Priority]);
                        Interlocked.Add(ref _bytes, -record.Body.Length);
                    }
                    _store.TrimDeadLetters(MaxDeadLetters);
                    _store.Commit();
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
            return _store is null ? [] : _store.ReadDeadLetters();
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
            if (_fault.Active || _store is null) return;
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
            if (_fault.Active && _store is not null)
            {
                // A last try to keep what waits in memory.
                _fault.RepairNow();
                RepairIfDue();
            }
            if (_held.Count > 0) LogHeldLost(_logger, _held.Count, FilePath);
            CloseDatabase();
            // Nothing leaves a closed outbox: a waiter must not wait for it.
            _drained?.TrySetResult();
        }
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
        var sequence = _lastSequence + 1;
        // Encoded under the gate because the body carries the number, which must be assigned in accept order.
        var encoded = _encoder.Encode(agentEvent, sequence);
        var record = new OutboxRecord(sequence, encoded.Priority, encoded.Topic, encoded.Body, _time.GetUtcNow().ToUnixTimeMilliseconds());
        // The number is spent whatever happens next: a lost event must leave a gap the centre can see.
        Interlocked.Exchange(ref _lastSequence, sequence);
        stored = false;
        if (!_fault.Active && _store is not null)
        {
            var drops = new long[3];
            try
            {
                _store.BeginTrans();
                _store.Insert(record);
                _store.WriteSequence(sequence);
                var droppedBytes = _retention.MakeRoom(_store, DepthLocked() + 1, Bytes + record.Body.Length, drops);
                _store.Commit();
                Interlocked.Increment(ref _counts[(int)record.Priority]);
                Interlocked.Add(ref _bytes, record.Body.Length - droppedBytes);
                for (var p = 0; p < drops.Length; p++)
                {
                    if (drops[p] == 0) continue;
                    Interlocked.Add(ref _counts[p], -drops[p]);
                    var total = Interlocked.Add(ref _dropped[p], drops[p]);
                    LogDropped(_logger, drops[p], OutboxStore.QueueName((EventPriority)p), total, FilePath);
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
        Hold(record, agentEvent.Kind);
        return sequence;
    }

    /// <summary>While the disk fails: a high priority record waits in memory if there is room; anything else is dropped.</summary>
    private void Hold(OutboxRecord record, string kind)
    {
        if (_held.TryAdd(record)) return;
        var (total, log) = _fault.CountDrop();
        if (log) LogUnwritableDrop(_logger, kind, record.Sequence, total, _fault.Message ?? "the outbox is closed");
    }

    private void Unremoved(long sequence, EventPriority priority) => _unremoved[sequence] = priority;

    private void DeleteStored(List<OutboxRecord> records)
    {
        var removed = new long[3];
        long bytes = 0;
        _store!.BeginTrans();
        try
        {
            foreach (var r in records)
            {
                if (_store.Delete(r.Priority, r.Sequence))
                {
                    removed[(int)r.Priority]++;
                    bytes += r.Body.Length;
                }
            }
            _store.Commit();
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
        var first = _fault.Enter(what, ex);
        if (first) LogFaultStarted(_logger, _fault.Message!, DepthLocked());
        ReopenForReading();
        if (first)
        {
            // Held in memory like any high priority event: the disk that refused the others cannot store it either.
            Store(_fault.Event("start"), out _);
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
        _fault.ScheduleRepair();
    }

    private void TryAttachReader()
    {
        try
        {
            _store = OutboxStore.Open(FilePath, _password);
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
        if (!_fault.RepairDue) return;
        if (_store is null) TryAttachReader();
        if (_store is null)
        {
            _fault.ScheduleRepair();
            return;
        }
        var storedHeld = _held.Count;
        try
        {
            _store.BeginTrans();
            foreach (var (sequence, priority) in _unremoved) _store.Delete(priority, sequence);
            foreach (var r in _held.Records) _store.Upsert(r);
            _store.WriteSequence(_lastSequence);
            _store.Commit();
            _store.Checkpoint();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            TryRollback();
            _fault.StillFailing(ex);
            ReopenForReading();
            return;
        }
        _unremoved.Clear();
        _held.Clear();
        var end = _fault.Event("end");
        var droppedMeanwhile = _fault.UnwritableSinceStart;
        var failedFor = _fault.End();
        LoadState();
        LogFaultEnded(_logger, FilePath, failedFor.TotalSeconds, storedHeld, droppedMeanwhile);
        Store(end, out var stored);
        if (stored)
        {
            try
            {
                _store?.Checkpoint();
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
        var store = _store;
        _store = null;
        store?.Dispose();
    }

    private void LoadState()
    {
        var last = Math.Max(_lastSequence, _store!.ReadSequence());
        long bytes = 0;
        foreach (var priority in (ReadOnlySpan<EventPriority>)[EventPriority.Low, EventPriority.Normal, EventPriority.High])
        {
            long count = 0;
            foreach (var (sequence, size) in _store.Scan(priority))
            {
                count++;
                if (!_unremoved.ContainsKey(sequence)) bytes += size;
                // A record newer than the stored counter means the counter write was lost: never reuse a number.
                last = Math.Max(last, sequence);
            }
            Interlocked.Exchange(ref _counts[(int)priority], count);
        }
        // Unremoved records still on disk are counted in _counts; DepthLocked takes them off. Forget those not on disk.
        foreach (var key in _unremoved.Keys.ToList())
        {
            if (!_store.Contains(_unremoved[key], key)) _unremoved.Remove(key);
        }
        Interlocked.Exchange(ref _bytes, bytes);
        Interlocked.Exchange(ref _lastSequence, last);
    }

    private List<OutboxRecord> Oldest(EventPriority priority, int max)
    {
        var list = new List<OutboxRecord>(max);
        foreach (var r in _store!.Oldest(priority, max + _unremoved.Count))
        {
            if (_unremoved.ContainsKey(r.Sequence)) continue;
            list.Add(r);
            if (list.Count == max) break;
        }
        return list;
    }

    private void ExpireOld() => _retention.Expire(_store!, (priority, count, bytes) =>
    {
        Interlocked.Add(ref _counts[(int)priority], -count);
        Interlocked.Add(ref _bytes, -bytes);
    });

    /// <summary>Checkpoint = LiteDB copies its log into the data file and fsyncs it; one checkpoint covers every commit before it.</summary>
    private void MakeDurable(OutboxStore store, long commit)
    {
        lock (_flushGate)
        {
            if (Interlocked.Read(ref _durableCommits) >= commit) return;
            long target;
            lock (_gate) target = _commits;
            try
            {
                store.Checkpoint();
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                // The commit is in LiteDB's log file; the copy into the data file is what failed. Reopening replays it.
                lock (_gate)
                {
                    if (ReferenceEquals(store, _store)) EnterFault("flush to disk", ex);
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

    private void TryRollback() => _store?.TryRollback();

    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "outbox {File} opened: {Depth} event(s) waiting, last sequence {Sequence}")]
    private static partial void LogOpened(ILogger logger, string file, long depth, long sequence);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "outbox full: dropped {Count} oldest {Priority} priority event(s) ({Total} so far) in {File}")]
    private static partial void LogDropped(ILogger logger, long count, string priority, long total, string file);

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
