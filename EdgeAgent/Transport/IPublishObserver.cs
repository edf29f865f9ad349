using EdgeAgent.Outbox;

namespace EdgeAgent.Transport;

/// <summary>
/// Learns when the broker acknowledged a record (the benchmark measures capture-to-PUBACK latency with it). Called on
/// the publisher's loop for every PUBACK, so it must be quick and must not throw.
/// </summary>
public interface IPublishObserver
{
    /// <summary>The broker acknowledged <paramref name="record"/> at <paramref name="ackTimestamp"/> (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
    void OnAcked(OutboxRecord record, long ackTimestamp);
}
