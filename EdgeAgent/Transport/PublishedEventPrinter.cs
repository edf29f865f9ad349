using System.Text;
using EdgeAgent.Outbox;

namespace EdgeAgent.Transport;

/// <summary>
/// Prints each event once the broker has acknowledged it, as <c>topic payload</c>: what the centre receives, the moment
/// it can receive it (<c>edgeagent run --print-events</c>, the demo).
/// </summary>
public sealed class PublishedEventPrinter(TextWriter output) : IPublishObserver
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void OnAcked(OutboxRecord record, long ackTimestamp)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            // The stored body lacks only the publish time, which the printed line does not need.
            output.Write(record.Topic);
            output.Write(' ');
            output.WriteLine(Encoding.UTF8.GetString(record.Body));
            output.Flush();
        }
    }
}
