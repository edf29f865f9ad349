using EdgeAgent.Configuration;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Runs every enabled camera's pipeline side by side; one camera's failure never stops another. A running camera's snapshot
/// tap is listed in <see cref="Pipeline.SnapshotTaps"/> while its pipeline runs.
/// </summary>
public sealed partial class CameraService(AgentOptions options, CameraPipelineFactory factory, EventBus bus, IHostApplicationLifetime lifetime, ILogger<CameraService> logger, Outbox.DurableOutbox? outbox = null, Pipeline.SnapshotTaps? snapshots = null) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cameras = options.Cameras.Where(c => c.Enabled).ToList();
        LogStarting(logger, cameras.Count);
        var runs = cameras.Select(c => RunCameraAsync(c, stoppingToken)).ToList();
        var failed = (await Task.WhenAll(runs)).Count(ok => !ok);
        bus.Channel.Writer.TryComplete();
        if (cameras.Count > 0 && failed == cameras.Count && !stoppingToken.IsCancellationRequested)
        {
            // Not one camera could run: an agent that exits 0 here looks healthy to systemd and to a script.
            LogAllFailed(logger, failed);
            Environment.ExitCode = Cli.ExitCodes.Failure;
        }
        if (!stoppingToken.IsCancellationRequested)
        {
            // Every source ended (files played once): the job is done once what was accepted has been delivered
            // (bounded: an unreachable broker keeps the rest safely in the outbox for the next start).
            LogAllEnded(logger);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            await bus.Channel.Reader.Completion.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var emptyChecks = 0;
            while (outbox is not null && emptyChecks < 3 && DateTime.UtcNow < deadline && !stoppingToken.IsCancellationRequested)
            {
                // Empty three times in a row: the dispatcher's last hand-over has landed and been acknowledged.
                emptyChecks = outbox.Depth == 0 ? emptyChecks + 1 : 0;
                await Task.Delay(100, stoppingToken);
            }
            lifetime.StopApplication();
        }
    }

    /// <summary>Runs one camera to its end; false when it failed rather than ended or was stopped.</summary>
    private async Task<bool> RunCameraAsync(CameraOptions camera, CancellationToken stoppingToken)
    {
        try
        {
            var pipeline = factory.Create(camera);
            snapshots?.Add(pipeline.Snapshots);
            try
            {
                await pipeline.RunAsync(bus.Channel.Writer, stoppingToken);
            }
            finally
            {
                snapshots?.Remove(pipeline.Snapshots);
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
        catch (Exception ex)
        {
            LogCameraFailed(logger, ex, camera.Id);
            return false;
        }
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "starting {Count} camera(s)")]
    private static partial void LogStarting(ILogger logger, int count);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "all camera sources ended; stopping")]
    private static partial void LogAllEnded(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "camera {Camera} failed and stopped")]
    private static partial void LogCameraFailed(ILogger logger, Exception ex, string camera);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Critical, Message = "every camera ({Count}) failed; the agent exits with code 1")]
    private static partial void LogAllFailed(ILogger logger, int count);
}
