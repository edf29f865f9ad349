using EdgeAgent.Configuration;

namespace EdgeAgent.Transport;

/// <summary>Where the agent connects: the configured broker, or the embedded one on loopback when none is configured.</summary>
public static class BrokerEndpoint
{
    /// <summary>The broker URL the agent uses for <paramref name="broker"/>.</summary>
    public static Uri Resolve(BrokerOptions broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        // The agent signs in with broker.username/password, never with a URL's user info: dropping it here keeps a
        // password written there (as ${VAR}) out of every log line that names the broker.
        if (broker.Url is { UserInfo.Length: > 0 } withUser) return new UriBuilder(withUser) { UserName = "", Password = "" }.Uri;
        return broker.Url ?? new Uri($"mqtt://127.0.0.1:{broker.EmbeddedPort}");
    }

    /// <summary>
    /// Every node the agent may use for <paramref name="broker"/>, in failover order: the <c>broker.urls</c> list, or the
    /// one URL of <see cref="Resolve"/>.
    /// </summary>
    public static IReadOnlyList<Uri> ResolveAll(BrokerOptions broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        // A caller that set Url over a config with a list (a bench's own broker) means that one broker, not the list.
        if (broker.Urls.Count < 2 || broker.Urls[0] != broker.Url) return [Resolve(broker)];
        return [.. broker.Urls.Select(u => Resolve(broker with { Url = u }))];
    }

    /// <summary>
    /// The node a device starts on: a stable hash of its client id over <paramref name="count"/> nodes, so a fleet
    /// spreads over a cluster instead of every device starting on (and moving from) the first node at once.
    /// </summary>
    public static int StartIndex(string clientId, int count)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        // FNV-1a, not string.GetHashCode: that one is randomised per process, and the start node must survive a restart.
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(clientId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }
        return (int)(hash % (uint)count);
    }

    /// <summary>A node as health shows it: host:port, never user info.</summary>
    public static string Describe(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"{url.Host}:{Port(url)}";
    }

    /// <summary>The TCP port of a broker URL, with the MQTT defaults (1883, 8883 for mqtts).</summary>
    public static int Port(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsDefaultPort || url.Port <= 0 ? (IsTls(url) ? 8883 : 1883) : url.Port;
    }

    /// <summary>True for <c>mqtts://</c>.</summary>
    public static bool IsTls(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == "mqtts";
    }

    /// <summary>
    /// Refuses plain MQTT to a host that is not loopback unless <c>broker.insecure: true</c> says so; the config validator
    /// checks the same for the config file, this covers URLs given on the command line.
    /// </summary>
    public static void EnsureAllowed(Uri url, bool insecure)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme is not ("mqtt" or "mqtts")) throw new ArgumentException($"broker URL '{url}' is not mqtt:// or mqtts://", nameof(url));
        if (!IsTls(url) && !insecure && !url.IsLoopback)
        {
            throw new ArgumentException($"broker URL '{url}': plain mqtt:// to a remote broker sends events unencrypted; use mqtts:// or set broker.insecure: true");
        }
    }
}
