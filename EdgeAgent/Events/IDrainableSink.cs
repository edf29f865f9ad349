namespace EdgeAgent.Events;

/// <summary>A sink that passes events on later (the outbox to the broker) and can say when nothing it took still waits.</summary>
public interface IDrainableSink : IEventSink
{
    /// <summary>Completes once every event taken so far has left the sink (for the outbox: acknowledged by the broker).</summary>
    Task WaitDrainedAsync(CancellationToken cancellationToken);
}
