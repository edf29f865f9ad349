using EdgeAgent.Configuration;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// What a <c>config.set</c> from the centre may change. Analytics, zones, thresholds and network camera URLs are the
/// centre's to tune; anything that decides what the process reads, runs or trusts (ffmpeg input arguments, local files
/// and devices as sources, paths, secrets, the broker, hardware pins, the update key) stays as the local file has it,
/// so a compromised or mistaken centre cannot make the device read <c>/etc/shadow</c> as a camera or trust a new key.
/// </summary>
public static class RemoteConfigPolicy
{
    /// <summary>Camera sources remote config may set: network streams only.</summary>
    public static readonly string[] RemoteSchemes = ["rtsp", "rtmp", "http", "https"];

    // Field by field, so the refusal names the key; a section compared whole below catches a field added later.
    private static readonly (string Path, Func<AgentOptions, object?> Get)[] LocalFields =
    [
        ("device.state_dir", o => o.Device.StateDir),
        ("models.dir", o => o.Models.Dir),
        ("models.manifest", o => o.Models.Manifest),
        ("broker.url", o => o.Broker.Url),
        ("broker.urls", o => o.Broker.Urls),
        ("broker.embedded_port", o => o.Broker.EmbeddedPort),
        ("broker.topic_prefix", o => o.Broker.TopicPrefix),
        ("broker.username", o => o.Broker.Username),
        ("broker.password", o => o.Broker.Password),
        ("broker.ca_file", o => o.Broker.CaFile),
        ("broker.cert_file", o => o.Broker.CertFile),
        ("broker.key_file", o => o.Broker.KeyFile),
        ("broker.insecure", o => o.Broker.Insecure),
        ("watchlist.key", o => o.Watchlist.Key),
        ("updates.signing_key", o => o.Updates.SigningKey),
        ("outbox.file", o => o.Outbox.File),
        ("outbox.password", o => o.Outbox.Password),
    ];

    private static readonly (string Path, Func<AgentOptions, object?> Get)[] LocalSections =
    [
        ("device", o => o.Device),
        ("broker", o => o.Broker),
        ("watchlist", o => o.Watchlist),
        ("devices", o => o.Devices),
    ];

    private const string Why = "may only be changed in the device's local file, not by remote config";

    /// <summary>Every setting <paramref name="desired"/> changes that only the local file may set; empty when none.</summary>
    public static IReadOnlyList<ConfigError> Check(AgentOptions local, AgentOptions desired)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(desired);
        var errors = new List<ConfigError>();
        foreach (var (path, get) in LocalFields)
        {
            if (!Equals(get(local), get(desired))) errors.Add(new ConfigError(path, Why));
        }
        foreach (var (path, get) in LocalSections)
        {
            var prefix = path + ".";
            if (!Equals(get(local), get(desired)) && !errors.Any(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                errors.Add(new ConfigError(path, Why));
            }
        }
        for (var i = 0; i < desired.Cameras.Count; i++)
        {
            var camera = desired.Cameras[i];
            var before = local.Cameras.FirstOrDefault(c => c.Id == camera.Id);
            if (!camera.InputArgs.SequenceEqual(before?.InputArgs ?? []))
            {
                errors.Add(new ConfigError($"cameras[{i}].input_args", $"ffmpeg input arguments {Why}"));
            }
            if (Array.IndexOf(RemoteSchemes, camera.SourceKind) < 0 && camera.Url != before?.Url)
            {
                errors.Add(new ConfigError($"cameras[{i}].url",
                    $"a {camera.SourceKind} source {Why}; remote config may set {string.Join(", ", RemoteSchemes)} URLs"));
            }
        }
        return errors;
    }
}
