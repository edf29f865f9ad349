using EdgeAgent.Configuration;
using EdgeAgent.Events;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Outbox;

/// <summary>
/// The outbox's bounds on what it keeps: by count and bytes the oldest low, then normal priority records make room for
/// a new one; by age low and normal records older than the limit leave. High priority records are never dropped.
/// </summary>
/// <remarks>Not thread-safe: the outbox calls it under its lock, inside its transactions.</remarks>
internal sealed partial class OutboxRetention
{
    // Sequence order is accept order, so the old records are at the front: expiry reads them in slices this big.
    private const int ExpirySlice = 256;
    private static readonly TimeSpan ExpiryInterval = TimeSpan.FromSeconds(1);

    private readonly long _maxEvents;
    private readonly long _maxBytes;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _file;
    private long _lastAgeCheck;
    private long _expired;
    private bool _overLimitWarned;

    /// <summary>Applies <paramref name="limits"/> to the outbox file <paramref name="file"/> (named in logs).</summary>
    public OutboxRetention(OutboxOptions limits, TimeProvider time, ILogger logger, string file)
    {
        _maxEvents = limits.MaxEvents;
        _maxBytes = (long)limits.MaxSizeMb * 1024 * 1024;
        _maxAge = limits.MaxAge;
        _time = time;
        _logger = logger;
        _file = file;
        _lastAgeCheck = time.GetTimestamp();
    }

    /// <summary>Low and normal priority records dropped for their age so far.</summary>
    public long Expired => Interlocked.Read(ref _expired);

    /// <summary>
    /// Inside the accept transaction, the new record already inserted: drops the oldest low, then normal records until
    /// <paramref name="depth"/> records of <paramref name="bytes"/> fit, counting drops per priority into
    /// <paramref name="drops"/>. Returns the bytes freed.
    /// </summary>
    public long MakeRoom(OutboxStore store, long depth, long bytes, long[] drops)
    {
        long freed = 0;
        while (depth > _maxEvents || bytes > _maxBytes)
        {
            var priority = EventPriority.Low;
            var size = store.DeleteOldest(priority);
            if (size is null)
            {
                priority = EventPriority.Normal;
                size = store.DeleteOldest(priority);
            }
            if (size is not { } victim)
            {
                // Only high priority records left: they are never dropped, so the bound gives way.
                if (!_overLimitWarned)
                {
                    _overLimitWarned = true;
                    LogOverLimit(_logger, _file, depth, bytes);
                }
                return freed;
            }
            drops[(int)priority]++;
            depth--;
            bytes -= victim;
            freed += victim;
        }
        _overLimitWarned = false;
        return freed;
    }

    /// <summary>
    /// At most once a second: deletes the low and normal records accepted longer than the age limit ago, a slice per
    /// transaction, and reports each committed slice to <paramref name="removed"/> (priority, records, bytes) so the
    /// outbox's counters stay right even when a later slice fails.
    /// </summary>
    public void Expire(OutboxStore store, Action<EventPriority, long, long> removed)
    {
        if (_time.GetElapsedTime(_lastAgeCheck) < ExpiryInterval) return;
        _lastAgeCheck = _time.GetTimestamp();
        var cutoff = _time.GetUtcNow().Add(-_maxAge).ToUnixTimeMilliseconds();
        long expired = 0;
        foreach (var priority in (ReadOnlySpan<EventPriority>)[EventPriority.Low, EventPriority.Normal])
        {
            while (true)
            {
                var old = store.Oldest(priority, ExpirySlice).Where(r => r.AcceptedMs < cutoff).ToList();
                if (old.Count == 0) break;
                store.BeginTrans();
                foreach (var r in old) store.Delete(priority, r.Sequence);
                store.Commit();
                removed(priority, old.Count, old.Sum(r => (long)r.Body.Length));
                expired += old.Count;
                if (old.Count < ExpirySlice) break;
            }
        }
        if (expired > 0)
        {
            var total = Interlocked.Add(ref _expired, expired);
            LogExpired(_logger, expired, _maxAge, total, _file);
        }
    }

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "outbox {File} is over its limit ({Count} events, {Bytes} bytes) with only high priority events left; keeping them all")]
    private static partial void LogOverLimit(ILogger logger, string file, long count, long bytes);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "outbox dropped {Count} event(s) older than {MaxAge} ({Total} so far) in {File}")]
    private static partial void LogExpired(ILogger logger, long count, TimeSpan maxAge, long total, string file);
}
