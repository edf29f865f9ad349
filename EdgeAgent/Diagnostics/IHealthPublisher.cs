namespace EdgeAgent.Diagnostics;

/// <summary>Takes each health report: the state file, and the transport's <c>.../health</c> topic once it is wired.</summary>
public interface IHealthPublisher
{
    /// <summary>Publishes one report; <paramref name="json"/> is its compact JSON (the MQTT payload).</summary>
    ValueTask PublishAsync(HealthReport report, ReadOnlyMemory<byte> json, CancellationToken cancellationToken);
}
