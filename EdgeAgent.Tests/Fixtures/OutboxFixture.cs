using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Outbox;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>Real encrypted outbox files in a temporary folder, and events to put in them.</summary>
public static class OutboxFixture
{
    /// <summary>Test password (the agent's own comes from outbox.key or a secret).</summary>
    public const string Password = "test-password-0123456789";

    /// <summary>Topics of the test device.</summary>
    public static TopicNames Topics { get; } = new("edgeagent/v1", "lab", "dev-1");

    /// <summary>Opens (or reopens) an outbox file.</summary>
    public static DurableOutbox Open(string path, OutboxOptions? limits = null, TimeProvider? time = null) =>
        DurableOutbox.Open(path, Password, limits ?? new OutboxOptions(), Topics, time ?? TimeProvider.System, NullLogger.Instance);

    /// <summary>An object event on <paramref name="camera"/> with the given priority.</summary>
    public static SyntheticObjectEvent Event(string camera = "cam1", EventPriority priority = EventPriority.Normal, Random? random = null) =>
        SyntheticObjectEvent.Create(random ?? Random.Shared, camera, DateTimeOffset.UtcNow, priority);
}
