namespace EdgeAgent.Diagnostics;

/// <summary>What the outbox and MQTT client report to health; implemented by the transport, read once per report.</summary>
public interface ITransportHealth
{
    /// <summary>The numbers as of now; must be cheap and must not throw.</summary>
    TransportHealth Read();
}

/// <summary>Outbox and broker figures for one health report.</summary>
/// <param name="OutboxDepth">Events stored and not yet acknowledged by the broker.</param>
/// <param name="OutboxDropped">Events dropped since start because the outbox was full (low priority first).</param>
/// <param name="BrokerConnected">True while the MQTT session is up.</param>
/// <param name="BrokerState">A word for the state: connected, connecting, disconnected, embedded.</param>
/// <param name="Reconnects">Outages since start: connections lost, or not made at start; the attempts within one count once.</param>
public readonly record struct TransportHealth(long OutboxDepth, long OutboxDropped, bool BrokerConnected, string BrokerState, long Reconnects)
{
    /// <summary>Events dropped because the disk refused them (part of <see cref="OutboxDropped"/>).</summary>
    public long OutboxUnwritable { get; init; }

    /// <summary>Records the broker refused for good, set aside in the dead-letter store.</summary>
    public long DeadLetters { get; init; }

    /// <summary>High priority events waiting in memory while the disk fails.</summary>
    public int OutboxHeld { get; init; }

    /// <summary>Times the dispatcher handed an event to a sink (the outbox) again after a refusal, since start.</summary>
    public long SinkRetries { get; init; }

    /// <summary>Why the outbox cannot write (file and reason), or null while it can.</summary>
    public string? OutboxFault { get; init; }

    /// <summary>The broker node in use or being tried (host:port) when a list of nodes is configured; null with one broker.</summary>
    public string? BrokerNode { get; init; }

    /// <summary>Moves between broker nodes since start (0 with one broker).</summary>
    public long BrokerMoves { get; init; }

    /// <summary><c>ok</c>, or <c>failing</c> while the outbox cannot write.</summary>
    public string OutboxState => OutboxFault is null ? "ok" : "failing";
}
