using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Hands every event from the bus to each sink, in order; on shutdown it drains what is left.</summary>
public sealed partial class EventDispatcher(EventBus bus, IEnumerable<IEventSink> sinks, ILogger<EventDispatcher> logger) : BackgroundService
{
    private readonly IEventSink[] _sinks = sinks.ToArray();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = bus.Channel.Reader;
        try
        {
            // Not cancelled by stoppingToken: the camera service completes the channel once its last end events are in.
            await foreach (var e in reader.ReadAllAsync(CancellationToken.None))
            {
                foreach (var sink in _sinks)
                {
                    try
                    {
                        await sink.AcceptAsync(e, CancellationToken.None);
                    }
                    catch (Exception ex)
                    {
                        LogSinkFailed(logger, ex, sink.GetType().Name, e.Kind, e.Id);
                    }
                }
            }
        }
        catch (Exception ex)
        {
            LogDispatcherFailed(logger, ex);
            Environment.ExitCode = 1;
            throw;
        }
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "sink {Sink} failed to accept {Kind} event {Id}")]
    private static partial void LogSinkFailed(ILogger logger, Exception ex, string sink, string kind, Guid id);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Critical, Message = "event dispatcher failed")]
    private static partial void LogDispatcherFailed(ILogger logger, Exception ex);
}
