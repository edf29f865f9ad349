namespace EdgeAgent.Configuration;

/// <summary>The durable outbox: where accepted events wait for the broker's acknowledgement, and how much it may hold.</summary>
public sealed record OutboxOptions
{
    public string File { get; init; } = "outbox.db";

    public int MaxEvents { get; init; } = 500_000;

    public int MaxSizeMb { get; init; } = 256;

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    public SecretRef? Password { get; init; }

    /// <summary>The <c>outbox:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<OutboxOptions> Table = new OptionTable<OutboxOptions>("The durable outbox: where accepted events wait for the broker's acknowledgement, and how much it may hold.")
        .Text("file", o => o.File, (o, v) => o with { File = v }, "Outbox database file; relative paths are under the state folder.")
        .Whole("max_events", o => o.MaxEvents, (o, v) => o with { MaxEvents = v }, 100, 50_000_000, "Most events held; past it the oldest low, then normal priority events are dropped (never high).")
        .Whole("max_size_mb", o => o.MaxSizeMb, (o, v) => o with { MaxSizeMb = v }, 1, 64 * 1024, "Most payload bytes held, in MiB; past it the same drop order applies.")
        .Duration("max_age", o => o.MaxAge, (o, v) => o with { MaxAge = v }, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365), "Low and normal priority events older than this are dropped: a week-old count helps nobody.")
        .Secret("password", (o, v) => o with { Password = v }, "Encryption password (env:NAME or file:/path); when absent a random key is created in the state folder (mode 0600) on first start.");
}
