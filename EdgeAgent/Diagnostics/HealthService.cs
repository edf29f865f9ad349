using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Diagnostics;

/// <summary>Samples health every interval, sends threshold events to the bus and hands the report to every publisher.</summary>
public sealed partial class HealthService(AgentOptions options, HealthCollector collector, EventBus bus, IEnumerable<IHealthPublisher> publishers, TimeProvider time, ILogger<HealthService> logger) : BackgroundService
{
    private readonly IHealthPublisher[] _publishers = publishers.ToArray();

    /// <summary>The latest report, or null before the first sample.</summary>
    public HealthReport? Latest { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Health.Interval, time);
        var events = new List<AgentEvent>(4);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    events.Clear();
                    var report = collector.Collect(events);
                    Latest = report;
                    foreach (var e in events) await PublishEventAsync(e, stoppingToken);
                    var json = HealthJson.ToBytes(report);
                    foreach (var p in _publishers)
                    {
                        try
                        {
                            await p.PublishAsync(report, json, stoppingToken);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            LogPublishFailed(logger, ex, p.GetType().Name);
                        }
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSampleFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async ValueTask PublishEventAsync(AgentEvent e, CancellationToken cancellationToken)
    {
        LogCondition(logger, e is DeviceEvent d ? d.Reason : e.Kind, e.Phase, e.Camera);
        try
        {
            await bus.Channel.Writer.WriteAsync(e, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The cameras have all ended and the bus is closed: the agent is stopping.
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "health: {Reason} {Phase} {Camera}")]
    private static partial void LogCondition(ILogger logger, string reason, string phase, string camera);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "health: publisher {Publisher} failed")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, string publisher);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "health: sampling failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception ex);
}
