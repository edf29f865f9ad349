using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Runs every enabled camera's pipeline side by side; one camera's failure never stops another. A running camera's snapshot
/// tap is listed in <see cref="Pipeline.SnapshotTaps"/> while its pipeline runs. When every source has ended (recordings
/// played once) it stops the agent as soon as the sinks signal that all the run raised has been delivered.
/// </summary>
public sealed partial class CameraService(AgentOptions options, ICameraPipelineFactory factory, EventBus bus, IHostApplicationLifetime lifetime, ILogger<CameraService> logger, IEnumerable<IEventSink>? sinks = null, Pipeline.SnapshotTaps? snapshots = null) : BackgroundService
{
    private readonly IDrainableSink[] _drainable = sinks?.OfType<IDrainableSink>().ToArray() ?? [];

    /// <summary>
    /// How long a finished run waits for its events to be delivered before it stops anyway: an unreachable broker keeps
    /// the rest safely in the outbox for the next start.
    /// </summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

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
            await WaitDeliveredAsync(stoppingToken);
            lifetime.StopApplication();
        }
    }

    /// <summary>Waits for the dispatcher to hand the last event over, then for every sink that passes events on to empty.</summary>
    private async Task WaitDeliveredAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(DrainTimeout);
        try
        {
            await bus.Delivered.WaitAsync(timeout.Token);
            await Task.WhenAll(_drainable.Select(s => s.WaitDrainedAsync(timeout.Token)));
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            LogDrainTimedOut(logger, DrainTimeout.TotalSeconds);
        }
        catch (Exception) when (bus.Delivered.IsFaulted)
        {
            // The dispatcher gave up on a sink and is already stopping the agent with exit code 1; it logged why.
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

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "events not all delivered within {Seconds:F0} s; the outbox keeps the rest for the next start")]
    private static partial void LogDrainTimedOut(ILogger logger, double seconds);
}
