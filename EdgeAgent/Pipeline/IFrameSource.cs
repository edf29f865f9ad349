using System.Threading.Channels;
using EdgeAgent.Events;

namespace EdgeAgent.Pipeline;

/// <summary>Produces a camera's frames into a channel until cancelled or the source ends; reports status changes.</summary>
public interface IFrameSource
{
    /// <summary>Runs capture. Never throws for stream faults: it reports them and reconnects.</summary>
    /// <param name="frames">Where frames go; the writer is completed when the source ends for good.</param>
    /// <param name="status">Where camera status events go.</param>
    /// <param name="cancellationToken">Stops capture.</param>
    Task RunAsync(ChannelWriter<Frame> frames, ChannelWriter<AgentEvent> status, CancellationToken cancellationToken);
}
