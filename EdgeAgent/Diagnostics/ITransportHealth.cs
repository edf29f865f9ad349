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
/// <param name="Reconnects">Connections made after a loss, since start.</param>
public readonly record struct TransportHealth(long OutboxDepth, long OutboxDropped, bool BrokerConnected, string BrokerState, long Reconnects);
