using EdgeAgent.Watchlist;
using LiteDB;

namespace EdgeAgent.Faces;

/// <summary>The <c>faces</c> documents devices already hold: descriptors as raw float bytes, keyed by the operator's id.</summary>
internal sealed class FaceDocuments : IWatchlistCodec<FaceEntry>
{
    public string Collection => FaceWatchlist.Collection;

    public BsonDocument ToDocument(FaceEntry entry)
    {
        var descriptors = new BsonArray();
        foreach (var d in entry.Descriptors) descriptors.Add(new BsonValue(System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.AsSpan()).ToArray()));
        var doc = new BsonDocument
        {
            ["_id"] = entry.Id,
            ["kind"] = FaceWatchlist.Kind,
            ["name"] = entry.Name,
            ["category"] = entry.Category,
            ["model"] = entry.Model,
            ["descriptors"] = descriptors,
            ["created_by"] = entry.CreatedBy,
            ["created_at"] = entry.CreatedAt.UtcDateTime,
        };
        if (entry.Threshold is { } t) doc["threshold"] = (double)t;
        return doc;
    }

    public FaceEntry FromDocument(BsonDocument document)
    {
        var descriptors = new List<float[]>();
        foreach (var v in document["descriptors"].AsArray) descriptors.Add(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(v.AsBinary).ToArray());
        return new FaceEntry(
            document["_id"].AsString, document["name"].AsString, document["category"].AsString, document["model"].AsString, descriptors,
            document.TryGetValue("threshold", out var t) && !t.IsNull ? (float)t.AsDouble : null,
            document["created_by"].AsString,
            WatchlistDatabase.ReadUtc(document["created_at"]));
    }
}
