namespace EdgeAgent.Configuration;

/// <summary>The whole configuration of one device, as read from <c>edgeagent.yaml</c>.</summary>
public sealed record AgentOptions
{
    /// <summary>Identity and state folder.</summary>
    public DeviceOptions Device { get; init; } = new();

    /// <summary>Model folder and runtime settings.</summary>
    public ModelsOptions Models { get; init; } = new();

    /// <summary>The centre's broker, or the embedded one.</summary>
    public BrokerOptions Broker { get; init; } = new();

    /// <summary>Watchlist key source.</summary>
    public WatchlistOptions Watchlist { get; init; } = new();

    /// <summary>Signed updates: the pinned key and the new model's probation.</summary>
    public UpdatesOptions Updates { get; init; } = new();

    /// <summary>The durable outbox between the pipelines and the broker.</summary>
    public OutboxOptions Outbox { get; init; } = new();

    /// <summary>Cameras, in the order written.</summary>
    public IReadOnlyList<CameraOptions> Cameras { get; init; } = [];

    /// <summary>Health telemetry interval and thresholds.</summary>
    public HealthOptions Health { get; init; } = new();

    /// <summary>Optional enclosure hardware: tamper switch, status LED, climate sensor.</summary>
    public DevicesOptions Devices { get; init; } = new();

    /// <summary>Bounds on untrusted input: image size.</summary>
    public LimitsOptions Limits { get; init; } = new();

    /// <summary>Minimum log level: trace, debug, information, warning, error.</summary>
    public string LogLevel { get; init; } = "information";

    /// <summary>The file this configuration was read from (relative paths in it are relative to its folder).</summary>
    public string? SourcePath { get; init; }

    internal static AgentOptions Read(ConfigMap m)
    {
        var o = new AgentOptions
        {
            Device = m.Map("device", DeviceOptions.Read),
            Models = m.Map("models", ModelsOptions.Read),
            Broker = m.Map("broker", BrokerOptions.Read),
            Watchlist = m.Map("watchlist", WatchlistOptions.Read),
            Updates = m.Map("updates", UpdatesOptions.Read),
            Outbox = m.Map("outbox", OutboxOptions.Read),
            Cameras = m.List("cameras", CameraOptions.Read),
            Health = m.Map("health", HealthOptions.Read),
            Devices = m.Map("devices", DevicesOptions.Read),
            Limits = m.Map("limits", LimitsOptions.Read),
            LogLevel = m.Choice("log_level", "information", "trace", "debug", "information", "warning", "error"),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.Cameras.Count; i++)
        {
            var id = o.Cameras[i].Id;
            if (id.Length > 0 && !seen.Add(id)) m.Errors.Add(new ConfigError($"cameras[{i}].id", $"'{id}' is used by another camera"));
        }
        return o;
    }

    /// <summary>The pinned update-signing key: <c>updates.signing_key</c> resolved against the config's folder, else the state folder's.</summary>
    public string SigningKeyPath => Updates.SigningKey is { } k ? ResolvePath(k) : Common.SigningKeyFiles.PinnedPath(StateDir);

    /// <summary>The state folder, resolved against the config file's folder.</summary>
    public string StateDir => ResolvePath(Device.StateDir);

    /// <summary>Resolves a path written in the config against the config file's folder.</summary>
    public string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || SourcePath is null) return Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(SourcePath)) ?? ".";
        return Path.GetFullPath(Path.Combine(dir, path));
    }
}
