using EdgeAgent.Capture;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Hands every event from the bus to each sink, in order; on shutdown it drains what is left. A sink that refuses an
/// event is retried with capped exponential back-off while the bounded bus holds the cameras back; one that keeps
/// refusing for <see cref="EventDispatcherSettings.GiveUpAfter"/> stops the agent with exit code 1.
/// </summary>
public sealed partial class EventDispatcher(EventBus bus, IEnumerable<IEventSink> sinks, HostLifecycle lifecycle, ILogger<EventDispatcher> logger,
    EventDispatcherSettings? settings = null, TimeProvider? time = null) : BackgroundService
{
    // Named once: the name is in every line about the sink.
    private readonly (IEventSink Sink, string Name)[] _sinks = sinks.Select(s => (s, s.GetType().Name)).ToArray();
    private readonly EventDispatcherSettings _settings = settings ?? new EventDispatcherSettings();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = bus.Channel.Reader;
        try
        {
            // Not cancelled by stoppingToken: the camera service completes the channel once its last end events are in.
            await foreach (var e in reader.ReadAllAsync(CancellationToken.None))
            {
                for (var i = 0; i < _sinks.Length; i++)
                {
                    if (await HandOverAsync(i, e) is { } persistent)
                    {
                        await GiveUpAsync(_sinks[i].Name, e, persistent);
                        return;
                    }
                }
            }
            bus.MarkDelivered();
        }
        catch (Exception ex)
        {
            LogDispatcherFailed(logger, ex);
            bus.MarkFailed(ex);
            Environment.ExitCode = Cli.ExitCodes.Failure;
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (ExecuteTask is { IsCompleted: false })
        {
            // The host stops waiting now: what is still in memory dies with the process, so it must at least be said.
            LogAbandoned(logger, bus.Channel.Reader.Count);
            Environment.ExitCode = Cli.ExitCodes.Failure;
        }
    }

    /// <summary>Hands one event to one sink until it takes it; returns the last error when the refusals became persistent.</summary>
    private async Task<Exception?> HandOverAsync(int sink, AgentEvent e)
    {
        Backoff? backoff = null;
        long failingSince = 0;
        while (true)
        {
            try
            {
                // Not cancelled on shutdown: an event that is in memory now is lost unless some sink keeps it.
                await _sinks[sink].Sink.AcceptAsync(e, CancellationToken.None);
                if (backoff is not null) LogSinkRecovered(logger, _sinks[sink].Name, backoff.Attempt);
                return null;
            }
            catch (Exception ex)
            {
                if (backoff is null)
                {
                    backoff = new Backoff(_settings.InitialBackoff, _settings.MaxBackoff);
                    failingSince = _time.GetTimestamp();
                    LogSinkRefused(logger, ex, _sinks[sink].Name, e.Kind, e.Id);
                }
                if (_time.GetElapsedTime(failingSince) >= _settings.GiveUpAfter) return ex;
                bus.OnSinkRetry();
                // Meanwhile the bounded bus fills and the cameras wait on it: back-pressure, nothing dropped.
                await Task.Delay(backoff.Next(), _time, CancellationToken.None);
            }
        }
    }

    private async Task GiveUpAsync(string sink, AgentEvent e, Exception error)
    {
        LogGaveUp(logger, error, sink, _settings.GiveUpAfter.TotalSeconds, e.Kind, e.Id, error.Message);
        bus.MarkFailed(error);
        lifecycle.StopWithFailure();
        // The cameras are being stopped and write their end events; reading on keeps them from waiting on a full bus,
        // and every event read from here on is counted as lost rather than vanishing.
        bus.OnUndelivered();
        var lost = 1L;
        await foreach (var _ in bus.Channel.Reader.ReadAllAsync(CancellationToken.None))
        {
            bus.OnUndelivered();
            lost++;
        }
        LogLost(logger, lost, sink);
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "sink {Sink} refused {Kind} event {Id}; retrying with back-off")]
    private static partial void LogSinkRefused(ILogger logger, Exception ex, string sink, string kind, Guid id);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Critical, Message = "event dispatcher failed")]
    private static partial void LogDispatcherFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "sink {Sink} accepted again after {Retries} retries")]
    private static partial void LogSinkRecovered(ILogger logger, string sink, int retries);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Critical, Message = "sink {Sink} kept refusing events for {Seconds:F0} s (last: {Kind} event {Id}): {Error}; stopping the agent with exit code 1")]
    private static partial void LogGaveUp(ILogger logger, Exception ex, string sink, double seconds, string kind, Guid id, string error);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "{Count} event(s) were not delivered because sink {Sink} failed (counted in undelivered)")]
    private static partial void LogLost(ILogger logger, long count, string sink);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Critical, Message = "shutdown timed out while the dispatcher was still handing events over; about {Count} event(s) in memory are lost")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
