namespace EdgeAgent.Events;

/// <summary>
/// The device's MQTT topic tree, built once from the configured prefix, site and device:
/// <c>{prefix}/{site}/{device}/events/{camera}/{kind}</c>, <c>/state</c>, <c>/health</c>, <c>/cmd/{name}</c>, <c>/audit</c>.
/// </summary>
public sealed class TopicNames
{
    /// <summary>Camera level used for device-wide events, which have no camera.</summary>
    public const string DeviceWideCamera = "_";

    /// <summary>Builds the names for one device.</summary>
    public TopicNames(string prefix, string site, string device)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentException.ThrowIfNullOrEmpty(site);
        ArgumentException.ThrowIfNullOrEmpty(device);
        Prefix = prefix;
        Site = site;
        Device = device;
        DeviceRoot = $"{prefix}/{site}/{device}";
        State = DeviceRoot + "/state";
        Health = DeviceRoot + "/health";
        Audit = DeviceRoot + "/audit";
        EventsFilter = DeviceRoot + "/events/#";
        CommandsFilter = DeviceRoot + "/cmd/+";
    }

    /// <summary>The configured prefix, for example <c>edgeagent/v1</c>.</summary>
    public string Prefix { get; }

    /// <summary>Site level.</summary>
    public string Site { get; }

    /// <summary>Device level.</summary>
    public string Device { get; }

    /// <summary><c>{prefix}/{site}/{device}</c>: everything this device publishes lives below it (the ACL grants it).</summary>
    public string DeviceRoot { get; }

    /// <summary>Retained online/offline state with the session number; the offline form is the MQTT will.</summary>
    public string State { get; }

    /// <summary>Periodic health report.</summary>
    public string Health { get; }

    /// <summary>Audit trail of commands and configuration changes.</summary>
    public string Audit { get; }

    /// <summary>Every event of this device.</summary>
    public string EventsFilter { get; }

    /// <summary>Every command addressed to this device.</summary>
    public string CommandsFilter { get; }

    /// <summary>
    /// Topic of one event: <c>.../events/{camera}/{kind}</c>; device-wide events use <see cref="DeviceWideCamera"/>. Audit
    /// records (kind <c>audit</c>) travel through the same outbox but on <see cref="Audit"/>, the channel the centre
    /// archives apart from events.
    /// </summary>
    public string Event(string camera, string kind)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        if (kind == Events.AuditRecordEvent.KindName) return Audit;
        return $"{DeviceRoot}/events/{(camera.Length == 0 ? DeviceWideCamera : camera)}/{kind}";
    }

    /// <summary>Topic the centre publishes a command on: <c>.../cmd/{name}</c>.</summary>
    public string Command(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return $"{DeviceRoot}/cmd/{name}";
    }

    /// <summary>
    /// Default response topic for a command (<c>.../cmd/{name}/reply</c>); a request's own MQTT 5 response topic, when set,
    /// wins, and the reply echoes its correlation data.
    /// </summary>
    public string CommandReply(string name) => Command(name) + "/reply";

    /// <summary>Subscription filter for the events of a fleet, as the centre subscribes (<c>+</c> for any level).</summary>
    public static string FleetEvents(string prefix, string? site = null, string? device = null, string? camera = null, string? kind = null) =>
        $"{prefix}/{site ?? "+"}/{device ?? "+"}/events/{camera ?? "+"}/{kind ?? "+"}";

    /// <summary>Reads site, device, camera and kind back from an event topic; false when the topic is not one.</summary>
    public static bool TryParseEvent(string prefix, string topic, out string site, out string device, out string camera, out string kind)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(topic);
        site = device = camera = kind = "";
        if (!topic.StartsWith(prefix + "/", StringComparison.Ordinal)) return false;
        var parts = topic[(prefix.Length + 1)..].Split('/');
        if (parts.Length != 5 || parts[2] != "events") return false;
        (site, device, camera, kind) = (parts[0], parts[1], parts[3], parts[4]);
        return true;
    }
}
