namespace EdgeAgent.Transport;

/// <summary>What the health report says about delivery to the centre.</summary>
/// <param name="Connected">True while connected to the broker.</param>
/// <param name="Session">Session number of this start.</param>
/// <param name="Reconnects">Outages since start: connections lost, or not made at start; the attempts within one count once.</param>
/// <param name="Published">Events acknowledged by the broker since start.</param>
/// <param name="OutboxDepth">Events waiting in the outbox.</param>
/// <param name="OutboxBytes">Payload bytes waiting in the outbox.</param>
/// <param name="DroppedLow">Low priority events dropped because the outbox was full.</param>
/// <param name="DroppedNormal">Normal priority events dropped because the outbox was full.</param>
/// <param name="DroppedExpired">Events dropped for age.</param>
/// <param name="LastError">The last connection or publish error, or null.</param>
public sealed record TransportHealth(
    bool Connected,
    long Session,
    long Reconnects,
    long Published,
    long OutboxDepth,
    long OutboxBytes,
    long DroppedLow,
    long DroppedNormal,
    long DroppedExpired,
    string? LastError)
{
    /// <summary>Events dropped because the disk refused them.</summary>
    public long DroppedUnwritable { get; init; }

    /// <summary>Records the broker refused for good, set aside.</summary>
    public long DeadLettered { get; init; }

    /// <summary>High priority events waiting in memory while the disk fails.</summary>
    public int Held { get; init; }

    /// <summary>Why the outbox cannot write, or null while it can.</summary>
    public string? OutboxFault { get; init; }

    /// <summary>The broker node in use or being tried (host:port), with a list of nodes; null with a single broker.</summary>
    public string? Node { get; init; }

    /// <summary>Connections made on a node other than the one used before (at start: the device's start node).</summary>
    public long Moves { get; init; }

    /// <summary>Every event dropped, whatever the reason (dead letters apart: they are kept).</summary>
    public long Dropped => DroppedLow + DroppedNormal + DroppedExpired + DroppedUnwritable;
}
