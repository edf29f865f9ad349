namespace EdgeAgent.Configuration;

/// <summary>Where the per-fleet watchlist key comes from (the lists themselves live in the state folder).</summary>
public sealed record WatchlistOptions
{
    public SecretRef? Key { get; init; }

    /// <summary>The <c>watchlist:</c> keys.</summary>
    internal static readonly OptionTable<WatchlistOptions> Table = new OptionTable<WatchlistOptions>("Where the per-fleet watchlist key comes from (the lists themselves live in the state folder).")
        .Secret("key", (o, v) => o with { Key = v }, "The fleet key (env:VAR or file:/path, base64 of at least 32 bytes); unset to use {state_dir}/watchlist.key.");
}
