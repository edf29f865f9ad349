using System.Text.RegularExpressions;

namespace EdgeAgent.Configuration;

/// <summary>Who this device is and where it keeps its state.</summary>
public sealed partial record DeviceOptions
{
    public string Site { get; init; } = "default";

    public string Id { get; init; } = "edge-01";

    public string StateDir { get; init; } = "state";

    /// <summary>The <c>device:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<DeviceOptions> Table = new OptionTable<DeviceOptions>("Who this device is and where it keeps its state.")
        .Text("site", o => o.Site, (o, v) => o with { Site = v }, "Site name, part of every MQTT topic.")
        .Text("id", o => o.Id, (o, v) => o with { Id = v }, "Device id, unique within the site, part of every MQTT topic.")
        .Text("state_dir", o => o.StateDir, (o, v) => o with { StateDir = v }, "Folder for the outbox, watchlists, keys and audit log.")
        .Check(static (m, o) =>
        {
            CheckTopicSegment(m, "site", o.Site);
            CheckTopicSegment(m, "id", o.Id);
            return o;
        });

    /// <summary>Names that become MQTT topic levels must not carry wildcards or separators.</summary>
    internal static void CheckTopicSegment(ConfigMap m, string key, string value)
    {
        if (!IsTopicSegment(value)) m.Error(key, $"'{ConfigMap.Printable(value)}' {TopicSegmentRule}");
    }

    /// <summary>What <see cref="IsTopicSegment"/> demands, in words, for error messages.</summary>
    public const string TopicSegmentRule = "must be 1-64 characters of letters, digits, '-' or '_' (it becomes an MQTT topic level)";

    /// <summary>True when <paramref name="value"/> can be a site, device or camera level of a topic: no wildcard, separator or control character.</summary>
    public static bool IsTopicSegment(string value) => value is not null && TopicSegment().IsMatch(value);

    // \z, not $: $ also matches before a final newline, which would let "site\n" through.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex TopicSegment();
}
