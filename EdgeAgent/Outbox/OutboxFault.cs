using EdgeAgent.Events;

namespace EdgeAgent.Outbox;

/// <summary>
/// The outbox's bookkeeping while its disk refuses writes: why (the file and the system's words), since when, what it
/// dropped, when the next repair is due, and the <c>device</c> event that tells the centre.
/// </summary>
/// <remarks>Changed only under the outbox's lock; <see cref="Message"/> and <see cref="Unwritable"/> may be read from anywhere.</remarks>
internal sealed class OutboxFault(string file, TimeProvider time)
{
    private static readonly TimeSpan RepairInterval = TimeSpan.FromSeconds(1);
    // One line a minute: a camera at 5 fps would otherwise write the log that has no room either.
    private static readonly TimeSpan DropLogInterval = TimeSpan.FromMinutes(1);

    private volatile string? _message;
    private string? _reason;
    private long _since;
    private long _nextRepair;
    private long _lastDropLog;
    private long _unwritable;

    /// <summary>Why the outbox cannot write, or null while it can.</summary>
    public string? Message => _message;

    /// <summary>Whether the outbox is failing.</summary>
    public bool Active => _message is not null;

    /// <summary>Events dropped because the disk refused them, since the outbox opened.</summary>
    public long Unwritable => Interlocked.Read(ref _unwritable);

    /// <summary>Events dropped since the current failure started.</summary>
    public long UnwritableSinceStart { get; private set; }

    /// <summary>Whether a repair should be tried now: failing, and a second since the last try.</summary>
    public bool RepairDue => _message is not null && time.GetTimestamp() >= _nextRepair;

    /// <summary>
    /// Records that <paramref name="what"/> failed with <paramref name="ex"/>; true when this starts the failure (the
    /// caller then announces it).
    /// </summary>
    public bool Enter(string what, Exception ex)
    {
        var first = _message is null;
        if (first)
        {
            _since = time.GetTimestamp();
            UnwritableSinceStart = 0;
            _reason = IsNoSpace(ex) ? DeviceEvent.DiskFull : DeviceEvent.OutboxFailing;
        }
        _message = $"outbox {file}: cannot {what}: {ex.Message}";
        return first;
    }

    /// <summary>A repair failed: the failure goes on with the repair's reason.</summary>
    public void StillFailing(Exception ex) => _message = $"outbox {file}: cannot write: {ex.Message}";

    /// <summary>The failure is over; returns how long it lasted.</summary>
    public TimeSpan End()
    {
        _message = null;
        _reason = null;
        return time.GetElapsedTime(_since);
    }

    /// <summary>The next repair a second from now.</summary>
    public void ScheduleRepair() => _nextRepair = time.GetTimestamp() + (long)(RepairInterval.TotalSeconds * time.TimestampFrequency);

    /// <summary>The next repair at once (a last try before closing).</summary>
    public void RepairNow() => _nextRepair = 0;

    /// <summary>Counts an event the disk refused; returns the total and whether it is time to log one (once a minute).</summary>
    public (long Total, bool Log) CountDrop()
    {
        var total = Interlocked.Increment(ref _unwritable);
        UnwritableSinceStart++;
        if (_lastDropLog != 0 && time.GetElapsedTime(_lastDropLog) < DropLogInterval) return (total, false);
        _lastDropLog = time.GetTimestamp();
        return (total, true);
    }

    /// <summary>The outbox's own alarm: <c>device</c> <c>disk_full</c> (or <c>outbox_failing</c>), high priority.</summary>
    public DeviceEvent Event(string phase) => new()
    {
        Camera = "",
        CaptureTime = time.GetUtcNow(),
        Phase = phase,
        Reason = _reason ?? DeviceEvent.OutboxFailing,
        Value = FreeMegabytes(),
        Threshold = 0,
    };

    private static bool IsNoSpace(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            // ENOSPC (28) and EDQUOT (122) on Linux; the message is the portable fallback.
            if (e is IOException io && ((io.HResult & 0xFFFF) is 28 or 122 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || io.Message.Contains("quota", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private double FreeMegabytes()
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "/";
            return new DriveInfo(dir).AvailableFreeSpace / (1024.0 * 1024.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return -1;
        }
    }
}
