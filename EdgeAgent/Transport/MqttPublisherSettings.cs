using EdgeAgent.Configuration;
using EdgeAgent.Events;

namespace EdgeAgent.Transport;

/// <summary>Everything the publisher needs besides the outbox: where, as whom, and how much at once.</summary>
public sealed record MqttPublisherSettings
{
    /// <summary>Broker URL.</summary>
    public required Uri Url { get; init; }

    /// <summary>
    /// The nodes of a clustered broker in failover order, <see cref="Url"/> first; empty means <see cref="Url"/> alone.
    /// </summary>
    public IReadOnlyList<Uri> Nodes { get; init; } = [];

    /// <summary>TLS, credentials, keep-alive and expiry settings.</summary>
    public required BrokerOptions Broker { get; init; }

    /// <summary>The device's topics.</summary>
    public required TopicNames Topics { get; init; }

    /// <summary>State folder (session counter).</summary>
    public required string StateDir { get; init; }

    /// <summary>Folder relative certificate paths are resolved against.</summary>
    public string? BaseDir { get; init; }

    /// <summary>Records read from the outbox per batch.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Most publishes awaiting PUBACK at once (further capped by the broker's receive maximum).</summary>
    public int MaxInflight { get; init; } = 64;

    /// <summary>Told about every PUBACK (benchmarks); null in the agent.</summary>
    public IPublishObserver? Observer { get; init; }

    /// <summary>First reconnect delay.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reconnect delay cap.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>MQTT client id: stable per device so the broker resumes its session.</summary>
    public string ClientId => $"edgeagent-{Topics.Site}-{Topics.Device}";

    /// <summary>Settings for the agent described by <paramref name="options"/>.</summary>
    public static MqttPublisherSettings From(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MqttPublisherSettings
        {
            Url = BrokerEndpoint.Resolve(options.Broker),
            Nodes = BrokerEndpoint.ResolveAll(options.Broker),
            Broker = options.Broker,
            Topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id),
            StateDir = options.StateDir,
            BaseDir = options.SourcePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(options.SourcePath)),
        };
    }
}
