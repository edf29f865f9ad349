using EdgeAgent.Transport;

namespace EdgeAgent.Diagnostics;

/// <summary>Gives the health report the outbox and broker figures of the publisher, and the dispatcher's retries from the bus.</summary>
public sealed class MqttTransportHealth(MqttPublisher publisher, Pipeline.EventBus? bus = null) : ITransportHealth
{
    /// <inheritdoc />
    public TransportHealth Read()
    {
        var h = publisher.Health;
        return new TransportHealth(h.OutboxDepth, h.Dropped, h.Connected, h.Connected ? "connected" : "connecting", h.Reconnects)
        {
            OutboxUnwritable = h.DroppedUnwritable,
            DeadLetters = h.DeadLettered,
            OutboxHeld = h.Held,
            OutboxFault = h.OutboxFault,
            SinkRetries = bus?.SinkRetries ?? 0,
            BrokerNode = h.Node,
            BrokerMoves = h.Moves,
        };
    }
}

/// <summary>Sends each health report to the centre on <c>.../health</c>.</summary>
public sealed class MqttHealthPublisher(MqttPublisher publisher) : IHealthPublisher
{
    /// <inheritdoc />
    public async ValueTask PublishAsync(HealthReport report, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        await publisher.TryPublishHealthAsync(json, cancellationToken);
}
