namespace EdgeAgent.Events;

/// <summary>Accepts events for delivery (console, durable outbox). An event handed over is the sink's to keep.</summary>
public interface IEventSink
{
    /// <summary>Accepts one event; returns once it is safely taken (for the outbox: on disk).</summary>
    ValueTask AcceptAsync(AgentEvent agentEvent, CancellationToken cancellationToken);
}
