using System.Threading.Channels;
using EdgeAgent.Events;

namespace EdgeAgent.Pipeline;

/// <summary>The one channel every camera's events flow into on their way to the sinks.</summary>
public sealed class EventBus(Channel<AgentEvent> channel)
{
    /// <summary>The channel; writers wait when it is full, events are never dropped here.</summary>
    public Channel<AgentEvent> Channel { get; } = channel;
}
