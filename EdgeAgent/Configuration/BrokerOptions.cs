using System.Text.Json.Nodes;

namespace EdgeAgent.Configuration;

/// <summary>How the agent reaches the MQTT broker of the centre; with no URL it starts an embedded broker.</summary>
public sealed record BrokerOptions
{
    /// <summary>The broker, or the first node of <see cref="Urls"/>; null runs the embedded broker.</summary>
    public Uri? Url { get; init; }

    /// <summary>Nodes of a clustered broker, in failover order (empty with the single <see cref="Url"/>); the first is also <see cref="Url"/>.</summary>
    public UrlCollection Urls { get; init; } = UrlCollection.Empty;

    public int EmbeddedPort { get; init; } = 1883;

    public string TopicPrefix { get; init; } = "edgeagent/v1";

    public string? Username { get; init; }

    public SecretRef? Password { get; init; }

    public string? CaFile { get; init; }

    public string? CertFile { get; init; }

    public SecretRef? KeyFile { get; init; }

    public bool Insecure { get; init; }

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan SessionExpiry { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan MessageExpiry { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The <c>broker:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<BrokerOptions> Table = new OptionTable<BrokerOptions>("How the agent reaches the MQTT broker of the centre; with no URL it starts an embedded broker.")
        .Custom("url", static (m, o) =>
        {
            var text = m.Url("url");
            return text is not null && ParseUrl(m, "url", text) is { } url ? o with { Url = url } : o;
        }, OptionSchema.Scalar(UrlForm(), ""),
            "mqtt://host:port or mqtts://host:port; unset runs the embedded broker on embedded_port.")
        .Custom("urls", static (m, o) =>
        {
            if (!m.Has("urls")) return o;
            if (m.Has("url"))
            {
                // Which one would win is a guess the reader of the file should not have to make.
                m.Error("urls", "broker.url and broker.urls are both set: give one broker as broker.url or the nodes of a cluster as broker.urls, not both");
                return o;
            }
            var texts = m.UrlList("urls");
            var urls = new List<Uri>(texts.Count);
            for (var i = 0; i < texts.Count; i++)
            {
                if (ParseUrl(m, $"urls[{i}]", texts[i]) is not { } url) continue;
                if (urls.Any(u => u.Host.Equals(url.Host, StringComparison.OrdinalIgnoreCase) && PortOf(u) == PortOf(url)))
                {
                    m.Error($"urls[{i}]", $"{url.Host}:{PortOf(url)} is listed twice");
                    continue;
                }
                urls.Add(url);
            }
            if (texts.Count == 0) m.Error("urls", "must list at least one mqtt:// or mqtts:// URL");
            return urls.Count == 0 ? o : o with { Url = urls[0], Urls = new UrlCollection(urls) };
        }, OptionSchema.Scalar(new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = UrlForm() }, UrlForm()) }, ""),
            "Nodes of a clustered broker, each as broker.url takes it: the agent stays on a working node and moves to the next one on failure; not together with url.")
        .Whole("embedded_port", o => o.EmbeddedPort, (o, v) => o with { EmbeddedPort = v }, 1, 65535, "Port of the embedded broker (loopback only).")
        .Text("topic_prefix", o => o.TopicPrefix, (o, v) => o with { TopicPrefix = v }, "Topic prefix under which everything is published.")
        .OptionalText("username", (o, v) => o with { Username = v }, "MQTT user name, when the broker wants one.")
        .Secret("password", (o, v) => o with { Password = v }, "MQTT password: env:NAME or file:/path.")
        .OptionalText("ca_file", (o, v) => o with { CaFile = v }, "CA certificate (PEM) the broker's certificate must chain to.")
        .OptionalText("cert_file", (o, v) => o with { CertFile = v }, "Client certificate (PEM) for mutual TLS.")
        .Secret("key_file", (o, v) => o with { KeyFile = v }, "Client key (PEM) for mutual TLS, kept outside the YAML with mode 0600: file:/path.")
        .Flag("insecure", o => o.Insecure, (o, v) => o with { Insecure = v }, "Allows plain MQTT to a remote broker; must be said explicitly.")
        .Duration("keep_alive", o => o.KeepAlive, (o, v) => o with { KeepAlive = v }, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30), "Keep-alive interval.")
        .Duration("session_expiry", o => o.SessionExpiry, (o, v) => o with { SessionExpiry = v }, TimeSpan.Zero, TimeSpan.FromDays(30), "How long the broker keeps our MQTT 5 session after a disconnect.")
        .Duration("message_expiry", o => o.MessageExpiry, (o, v) => o with { MessageExpiry = v }, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30), "MQTT 5 message expiry set on each event: a queued event older than this is useless to the centre.")
        .Check(static (m, o) =>
        {
            if (o.TopicPrefix.Contains('#') || o.TopicPrefix.Contains('+') || o.TopicPrefix.StartsWith('/') || o.TopicPrefix.EndsWith('/')
                || o.TopicPrefix.Any(char.IsControl))
            {
                m.Error("topic_prefix", $"'{ConfigMap.Printable(o.TopicPrefix)}' must not contain wildcards or control characters, or start/end with '/'");
            }
            for (var i = 0; i < Math.Max(1, o.Urls.Count); i++)
            {
                var (key, url) = o.Urls.Count == 0 ? ("url", o.Url) : ($"urls[{i}]", o.Urls[i]);
                if (url is { Scheme: "mqtt" } && !o.Insecure && !url.IsLoopback)
                {
                    m.Error(key, "plain mqtt:// to a remote broker sends events unencrypted; use mqtts:// or set broker.insecure: true");
                }
            }
            if ((o.CertFile is null) != (o.KeyFile is null))
            {
                m.Error("cert_file", "cert_file and key_file go together for mutual TLS");
            }
            return o;
        });

    // The MQTT defaults, as the transport applies them: mqtt://a and mqtt://a:1883 are the same node.
    private static int PortOf(Uri url) => url.Port > 0 ? url.Port : url.Scheme == "mqtts" ? 8883 : 1883;

    private static JsonObject UrlForm() => new() { ["type"] = "string", ["pattern"] = "^[mM][qQ][tT][tT][sS]?://" };

    /// <summary>One broker URL, or null with the error recorded at <paramref name="key"/>.</summary>
    private static Uri? ParseUrl(ConfigMap m, string key, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("mqtt" or "mqtts") || url.Host.Length == 0)
        {
            m.Error(key, $"'{UrlRedaction.Redact(text)}' is not an mqtt:// or mqtts:// URL with a host");
            return null;
        }
        return url;
    }
}
