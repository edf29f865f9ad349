using System.Threading.Channels;
using EdgeAgent.Events;

namespace EdgeAgent.Pipeline;

/// <summary>The one channel every camera's events flow into on their way to the sinks, and how that hand-over went.</summary>
public sealed class EventBus(Channel<AgentEvent> channel)
{
    private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sinkRetries;
    private long _undelivered;

    /// <summary>The channel; writers wait when it is full, events are never dropped here.</summary>
    public Channel<AgentEvent> Channel { get; } = channel;

    /// <summary>
    /// Completes once the channel was completed and read to its end with every event handed to every sink; faults with
    /// the sink's error when the dispatcher gave up on a sink (the agent is then stopping with exit code 1).
    /// </summary>
    public Task Delivered => _delivered.Task;

    /// <summary>Times a sink refused an event and the hand-over was tried again (since start).</summary>
    public long SinkRetries => Interlocked.Read(ref _sinkRetries);

    /// <summary>Events that reached no sink or not every sink because the dispatcher gave up (since start).</summary>
    public long Undelivered => Interlocked.Read(ref _undelivered);

    /// <summary>Counts one retry of a refused hand-over.</summary>
    public void OnSinkRetry() => Interlocked.Increment(ref _sinkRetries);

    /// <summary>Counts one event the sinks did not all take.</summary>
    public void OnUndelivered() => Interlocked.Increment(ref _undelivered);

    /// <summary>Every event was handed to every sink and no more will come.</summary>
    public void MarkDelivered() => _delivered.TrySetResult();

    /// <summary>The dispatcher gave up: <paramref name="error"/> is the persistent sink failure.</summary>
    public void MarkFailed(Exception error) => _delivered.TrySetException(error);
}
