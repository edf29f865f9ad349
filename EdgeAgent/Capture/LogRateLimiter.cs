namespace EdgeAgent.Capture;

/// <summary>
/// Lets at most N lines through per window and counts the rest, so a camera that spews decoder errors
/// cannot fill the disk of a device over a phone link.
/// </summary>
public sealed class LogRateLimiter
{
    private readonly int _perWindow;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private long _windowStart;
    private int _count;

    /// <summary>At most <paramref name="perWindow"/> lines per <paramref name="window"/>.</summary>
    public LogRateLimiter(int perWindow, TimeSpan window, TimeProvider time)
    {
        _perWindow = perWindow;
        _window = window;
        _time = time;
        _windowStart = time.GetTimestamp();
    }

    /// <summary>Lines suppressed in the current window so far.</summary>
    public int Suppressed { get; private set; }

    /// <summary>True when the line may be logged; <paramref name="suppressedBefore"/> says how many were dropped in the window that just closed.</summary>
    public bool TryAcquire(out int suppressedBefore)
    {
        suppressedBefore = 0;
        if (_time.GetElapsedTime(_windowStart) >= _window)
        {
            suppressedBefore = Suppressed;
            Suppressed = 0;
            _count = 0;
            _windowStart = _time.GetTimestamp();
        }
        if (_count < _perWindow)
        {
            _count++;
            return true;
        }
        Suppressed++;
        return false;
    }
}
