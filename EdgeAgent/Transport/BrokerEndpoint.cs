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
