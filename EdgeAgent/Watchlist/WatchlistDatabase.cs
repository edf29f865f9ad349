using LiteDB;

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
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var existed = File.Exists(path);
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
        if (!existed && !OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return db;
    }
}
