namespace EdgeAgent.Configuration;

/// <summary>How the agent reaches the MQTT broker of the centre; with no URL it starts an embedded broker.</summary>
public sealed record BrokerOptions
{
    /// <summary>mqtt://host:port or mqtts://host:port; null runs the embedded broker on <see cref="EmbeddedPort"/>.</summary>
    public Uri? Url { get; init; }

    /// <summary>Port of the embedded broker (loopback only).</summary>
    public int EmbeddedPort { get; init; } = 1883;

    /// <summary>Topic prefix under which everything is published.</summary>
    public string TopicPrefix { get; init; } = "edgeagent/v1";

    /// <summary>MQTT user name, when the broker wants one.</summary>
    public string? Username { get; init; }

    /// <summary>MQTT password, from the environment or a file.</summary>
    public SecretRef? Password { get; init; }

    /// <summary>CA certificate (PEM) the broker's certificate must chain to.</summary>
    public string? CaFile { get; init; }

    /// <summary>Client certificate (PEM) for mutual TLS.</summary>
    public string? CertFile { get; init; }

    /// <summary>Client key (PEM) for mutual TLS, kept outside the YAML with mode 0600.</summary>
    public SecretRef? KeyFile { get; init; }

    /// <summary>Allows plain MQTT to a remote broker; must be said explicitly.</summary>
    public bool Insecure { get; init; }

    /// <summary>Keep-alive interval.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the broker keeps our MQTT 5 session after a disconnect.</summary>
    public TimeSpan SessionExpiry { get; init; } = TimeSpan.FromHours(1);

    /// <summary>MQTT 5 message expiry set on each event: a queued event older than this is useless to the centre.</summary>
    public TimeSpan MessageExpiry { get; init; } = TimeSpan.FromDays(1);

    internal static BrokerOptions Read(ConfigMap m)
    {
        Uri? url = null;
        var text = m.Url("url");
        if (text is not null)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out url) || url.Scheme is not ("mqtt" or "mqtts") || url.Host.Length == 0)
            {
                m.Error("url", $"'{UrlRedaction.Redact(text)}' is not an mqtt:// or mqtts:// URL with a host");
                url = null;
            }
        }
        var o = new BrokerOptions
        {
            Url = url,
            EmbeddedPort = m.Whole("embedded_port", 1883, 1, 65535),
            TopicPrefix = m.Text("topic_prefix", "edgeagent/v1")!,
            Username = m.Text("username"),
            Password = SecretRef.Read(m, "password"),
            CaFile = m.Text("ca_file"),
            CertFile = m.Text("cert_file"),
            KeyFile = SecretRef.Read(m, "key_file"),
            Insecure = m.Flag("insecure", false),
            KeepAlive = m.Duration("keep_alive", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30)),
            SessionExpiry = m.Duration("session_expiry", TimeSpan.FromHours(1), TimeSpan.Zero, TimeSpan.FromDays(30)),
            MessageExpiry = m.Duration("message_expiry", TimeSpan.FromDays(1), TimeSpan.FromSeconds(1), TimeSpan.FromDays(30)),
        };
        if (o.TopicPrefix.Contains('#') || o.TopicPrefix.Contains('+') || o.TopicPrefix.StartsWith('/') || o.TopicPrefix.EndsWith('/')
            || o.TopicPrefix.Any(char.IsControl))
        {
            m.Error("topic_prefix", $"'{ConfigMap.Printable(o.TopicPrefix)}' must not contain wildcards or control characters, or start/end with '/'");
        }
        if (url is { Scheme: "mqtt" } && !o.Insecure && !url.IsLoopback)
        {
            m.Error("url", "plain mqtt:// to a remote broker sends events unencrypted; use mqtts:// or set broker.insecure: true");
        }
        if ((o.CertFile is null) != (o.KeyFile is null))
        {
            m.Error("cert_file", "cert_file and key_file go together for mutual TLS");
        }
        return o;
    }
}
