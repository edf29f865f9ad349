using EdgeAgent.Watchlist;
using LiteDB;

namespace EdgeAgent.Plates;

/// <summary>The <c>plates</c> documents devices already hold: the hash, never the plate, keys an entry.</summary>
internal sealed class PlateDocuments : IWatchlistCodec<WatchlistEntry>
{
    public string Collection => PlateWatchlist.Collection;

    public BsonDocument ToDocument(WatchlistEntry entry) => new()
    {
        ["_id"] = entry.Id,
        ["kind"] = entry.Kind,
        ["hash"] = entry.Hash,
        ["reason"] = entry.Reason,
        ["created_by"] = entry.CreatedBy,
        ["created_at"] = entry.CreatedAt.UtcDateTime,
    };

    public WatchlistEntry FromDocument(BsonDocument document) => new(
        document["_id"].AsString,
        document["kind"].AsString,
        document["hash"].AsString,
        document["reason"].AsString,
        document["created_by"].AsString,
        WatchlistDatabase.ReadUtc(document["created_at"]));
}
