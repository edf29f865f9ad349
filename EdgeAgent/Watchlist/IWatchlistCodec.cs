using LiteDB;

namespace EdgeAgent.Watchlist;

/// <summary>How one kind of watchlist entry (plate, face) is stored in its collection of the watchlist database.</summary>
/// <typeparam name="TEntry">The kind's entry record.</typeparam>
public interface IWatchlistCodec<TEntry>
    where TEntry : class, IWatchlistRecord
{
    /// <summary>The kind's collection in the shared database; devices already hold it under this name.</summary>
    string Collection { get; }

    /// <summary>The entry as a document; the fields must stay those devices already store.</summary>
    BsonDocument ToDocument(TEntry entry);

    /// <summary>The entry a stored document holds.</summary>
    TEntry FromDocument(BsonDocument document);
}

/// <summary>What the store needs of every kind's entry: who owns it, when it came, and what makes it unique.</summary>
public interface IWatchlistRecord
{
    /// <summary>The document id (<c>_id</c>), used to remove the entry and carried in match events.</summary>
    string Id { get; }

    /// <summary>
    /// What no two entries of the list may share: the id for faces, the plate's hash for plates (one plate listed twice
    /// under two ids would match as either).
    /// </summary>
    string Key { get; }

    /// <summary>Who added the entry: a bundle owns the entries it added, and only those.</summary>
    string CreatedBy { get; }

    /// <summary>When the entry was added; lists are shown oldest first.</summary>
    DateTimeOffset CreatedAt { get; }
}
