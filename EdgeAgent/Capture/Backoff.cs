namespace EdgeAgent.Capture;

/// <summary>Capped exponential back-off with full jitter, so a fleet does not reconnect in lock-step.</summary>
public sealed class Backoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly Random _random;
    private int _attempt;

    /// <summary>Starts at <paramref name="initial"/>, doubles per failure, never above <paramref name="max"/>.</summary>
    public Backoff(TimeSpan initial, TimeSpan max, Random? random = null)
    {
        _initial = initial;
        _max = max;
        _random = random ?? Random.Shared;
    }

    /// <summary>Failures since the last success.</summary>
    public int Attempt => _attempt;

    /// <summary>The next delay: a random point in [cap/2, cap] where cap doubles per attempt.</summary>
    public TimeSpan Next()
    {
        var exp = Math.Min(_attempt++, 20);
        var cap = Math.Min(_max.TotalMilliseconds, _initial.TotalMilliseconds * Math.Pow(2, exp));
        // Half fixed, half random: keeps the order of magnitude while spreading a fleet's retries.
        return TimeSpan.FromMilliseconds(cap / 2 + _random.NextDouble() * cap / 2);
    }

    /// <summary>Back to the first delay after a success.</summary>
    public void Reset() => _attempt = 0;
}
