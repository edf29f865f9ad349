namespace EdgeAgent.Watchlist;

/// <summary>One watchlist entry as stored: a keyed hash and why it is on the list, never the plate or face itself.</summary>
/// <param name="Id">Short random id, used to remove the entry and carried in match events.</param>
/// <param name="Kind">What it matches: <c>plate</c> (faces add their own kind).</param>
/// <param name="Hash">HMAC-SHA256 (hex) of the normalised value under the fleet key.</param>
/// <param name="Reason">Why it is listed, as the operator wrote it.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
public sealed record WatchlistEntry(string Id, string Kind, string Hash, string Reason, string CreatedBy, DateTimeOffset CreatedAt) : IWatchlistRecord
{
    /// <summary>A plate is listed once, whoever listed it: its hash is the key.</summary>
    string IWatchlistRecord.Key => Hash;

    /// <summary>The first 12 hex digits of the hash: enough to tell entries apart on screen.</summary>
    public string ShortHash => Hash.Length > 12 ? Hash[..12] : Hash;
}
