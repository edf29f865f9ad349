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

    public IReadOnlyList<CameraOptions> Cameras { get; init; } = [];

    /// <summary>Health telemetry interval and thresholds.</summary>
    public HealthOptions Health { get; init; } = new();

    /// <summary>Optional enclosure hardware: tamper switch, status LED, climate sensor.</summary>
    public DevicesOptions Devices { get; init; } = new();

    /// <summary>Bounds on untrusted input: image size.</summary>
    public LimitsOptions Limits { get; init; } = new();

    public string LogLevel { get; init; } = "information";

    /// <summary>The file this configuration was read from (relative paths in it are relative to its folder).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The top-level sections, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<AgentOptions> Table = new OptionTable<AgentOptions>("The whole configuration of one device.")
        .Section("device", (o, v) => o with { Device = v }, DeviceOptions.Table)
        .Section("models", (o, v) => o with { Models = v }, ModelsOptions.Table)
        .Section("broker", (o, v) => o with { Broker = v }, BrokerOptions.Table)
        .Section("watchlist", (o, v) => o with { Watchlist = v }, WatchlistOptions.Table)
        .Section("updates", (o, v) => o with { Updates = v }, UpdatesOptions.Table)
        .Section("outbox", (o, v) => o with { Outbox = v }, OutboxOptions.Table)
        .List("cameras", (o, v) => o with { Cameras = v }, CameraOptions.Table, "Cameras, in the order written.")
        .Section("health", (o, v) => o with { Health = v }, HealthOptions.Table)
        .Section("devices", (o, v) => o with { Devices = v }, DevicesOptions.Table)
        .Section("limits", (o, v) => o with { Limits = v }, LimitsOptions.Table)
        .Choice("log_level", o => o.LogLevel, (o, v) => o with { LogLevel = v }, ["trace", "debug", "information", "warning", "error"], "Minimum log level: trace, debug, information, warning, error.")
        .Check(static (m, o) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < o.Cameras.Count; i++)
            {
                var id = o.Cameras[i].Id;
                if (id.Length > 0 && !seen.Add(id)) m.Errors.Add(new ConfigError($"cameras[{i}].id", $"'{id}' is used by another camera"));
            }
            return o;
        });

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
