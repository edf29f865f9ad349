namespace EdgeAgent.Configuration;

/// <summary>The durable outbox: where accepted events wait for the broker's acknowledgement, and how much it may hold.</summary>
public sealed record OutboxOptions
{
    /// <summary>Outbox database file; relative paths are under the state folder.</summary>
    public string File { get; init; } = "outbox.db";

    /// <summary>Most events held; past it the oldest low, then normal priority events are dropped (never high).</summary>
    public int MaxEvents { get; init; } = 500_000;

    /// <summary>Most payload bytes held, in MiB; past it the same drop order applies.</summary>
    public int MaxSizeMb { get; init; } = 256;

    /// <summary>Low and normal priority events older than this are dropped: a week-old count helps nobody.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Encryption password; when absent a random key is created in the state folder (mode 0600) on first start.</summary>
    public SecretRef? Password { get; init; }

    internal static OutboxOptions Read(ConfigMap m) => new()
    {
        File = m.Text("file", "outbox.db")!,
        MaxEvents = m.Whole("max_events", 500_000, 100, 50_000_000),
        MaxSizeMb = m.Whole("max_size_mb", 256, 1, 64 * 1024),
        MaxAge = m.Duration("max_age", TimeSpan.FromDays(7), TimeSpan.FromMinutes(1), TimeSpan.FromDays(365)),
        Password = SecretRef.Read(m, "password"),
    };
}
