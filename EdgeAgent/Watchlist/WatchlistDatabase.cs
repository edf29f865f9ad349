using LiteDB;
using EdgeAgent.Common;
using EdgeAgent.Control;

namespace EdgeAgent.Watchlist;

/// <summary>
/// Opens the encrypted watchlist database <c>{state_dir}/watchlist.db</c> that plate and face lists share (one
/// collection each). Shared connection mode, so the CLI can change a list while the agent runs.
/// </summary>
public static class WatchlistDatabase
{
    /// <summary>The database path in a state folder.</summary>
    public static string PathIn(string stateDir) => Path.Combine(stateDir, "watchlist.db");

    /// <summary>Opens (creating, mode 0600) the database; a wrong key gives an error naming the file.</summary>
    public static LiteDatabase Open(string path, WatchlistKey key)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(key);
        StateFiles.PrepareLiteDb(path);
        var connection = new ConnectionString
        {
            Filename = path,
            Password = key.DatabasePassword,
            Connection = ConnectionType.Shared,
        };
        LiteDatabase db;
        try
        {
            db = new LiteDatabase(connection);
            _ = db.GetCollectionNames().Count();
        }
        catch (LiteException ex)
        {
            throw new InvalidOperationException($"watchlist database {path}: cannot open ({ex.Message}); is it from another fleet key?", ex);
        }
        StateFiles.RestrictLiteDb(path);
        return db;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on <paramref name="collection"/> in one transaction (all of it or none), then
    /// checkpoints, so another process (the agent, a CLI run) reads the change whole.
    /// </summary>
    public static void Write(LiteDatabase db, string collection, Action<ILiteCollection<BsonDocument>> write)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        var documents = db.GetCollection(collection);
        db.BeginTrans();
        try
        {
            write(documents);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.Checkpoint();
    }

    /// <summary>Deletes document <paramref name="id"/> of <paramref name="collection"/>; returns it, or null when there was none.</summary>
    public static BsonDocument? Delete(LiteDatabase db, string collection, string id)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = db.GetCollection(collection);
        var doc = documents.FindById(id);
        if (doc is null) return null;
        documents.Delete(id);
        db.Checkpoint();
        return doc;
    }

    /// <summary>A time stored as <c>DateTime.UtcDateTime</c>, as UTC (LiteDB hands it back in local time).</summary>
    public static DateTimeOffset ReadUtc(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DateTimeOffset(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
    }
}
