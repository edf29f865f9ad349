namespace EdgeAgent.Configuration;

/// <summary>Where the per-fleet watchlist key comes from (the lists themselves live in the state folder).</summary>
public sealed record WatchlistOptions
{
    /// <summary>The fleet key (env:VAR or file:/path, base64 of at least 32 bytes); null to use <c>{state_dir}/watchlist.key</c>.</summary>
    public SecretRef? Key { get; init; }

    internal static WatchlistOptions Read(ConfigMap m) => new() { Key = SecretRef.Read(m, "key") };
}
