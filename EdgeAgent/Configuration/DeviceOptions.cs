using System.Text.RegularExpressions;

namespace EdgeAgent.Configuration;

/// <summary>Who this device is and where it keeps its state.</summary>
public sealed partial record DeviceOptions
{
    /// <summary>Site name, part of every MQTT topic.</summary>
    public string Site { get; init; } = "default";

    /// <summary>Device id, unique within the site, part of every MQTT topic.</summary>
    public string Id { get; init; } = "edge-01";

    /// <summary>Folder for the outbox, watchlists, keys and audit log.</summary>
    public string StateDir { get; init; } = "state";

    internal static DeviceOptions Read(ConfigMap m)
    {
        var o = new DeviceOptions
        {
            Site = m.Text("site", "default")!,
            Id = m.Text("id", "edge-01")!,
            StateDir = m.Text("state_dir", "state")!,
        };
        CheckTopicSegment(m, "site", o.Site);
        CheckTopicSegment(m, "id", o.Id);
        return o;
    }

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
