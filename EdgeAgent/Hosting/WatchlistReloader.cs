using EdgeAgent.Configuration;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Re-reads the cameras' shared watchlists when the watchlist database changes on disk: a technician's
/// <c>edgeagent watchlist add-plate</c> or a <c>watchlist.sync</c> takes effect within <see cref="Interval"/>, without a
/// restart and without the analysis threads touching the database.
/// </summary>
public sealed partial class WatchlistReloader(AgentOptions options, CameraPipelineFactory factory, TimeProvider time, ILogger<WatchlistReloader> logger) : BackgroundService
{
    private (DateTime, long, DateTime, long) _seen;

    /// <summary>How often the database's files are looked at (one stat each).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Reloads when the database changed since the last look; returns true when it did.</summary>
    public bool CheckOnce()
    {
        var stamp = Stamp();
        if (stamp == _seen) return false;
        var first = _seen == default;
        _seen = stamp;
        // The first look only records where things stand: the lists were read when the cameras started.
        if (first) return false;
        var reloaded = factory.ReloadWatchlists();
        if (reloaded > 0) LogReloaded(logger, reloaded);
        return reloaded > 0;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            CheckOnce();
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                try
                {
                    CheckOnce();
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or LiteDB.LiteException)
                {
                    // Caught mid-write by another process: the next look retries with the lists as they were.
                    LogReloadFailed(logger, ex.Message);
                    _seen = default;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop.
        }
    }

    // LiteDB writes to the data file and to its -log file; either changing means another writer committed.
    private (DateTime, long, DateTime, long) Stamp()
    {
        var db = new FileInfo(WatchlistDatabase.PathIn(options.StateDir));
        var log = new FileInfo(Path.ChangeExtension(db.FullName, null) + "-log" + db.Extension);
        return (db.Exists ? db.LastWriteTimeUtc : default, db.Exists ? db.Length : -1, log.Exists ? log.LastWriteTimeUtc : default, log.Exists ? log.Length : -1);
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "watchlists changed on disk: {Count} list(s) reloaded")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "watchlists: reload failed ({Reason}); retrying")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
