namespace EdgeAgent.Hosting;

/// <summary>How patiently the dispatcher retries a sink that refuses an event before it stops the agent.</summary>
public sealed record EventDispatcherSettings
{
    /// <summary>The first wait after a refusal; it doubles per refusal (with jitter) up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between two tries.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long one sink may keep refusing before the failure counts as persistent and the agent stops with exit code 1:
    /// long enough for a disk or a lock to come back, short enough that systemd restarts a wedged agent within minutes.
    /// </summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(1);
}
