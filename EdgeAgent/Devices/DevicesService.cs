using System.Threading.Channels;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Devices;

/// <summary>
/// Runs the enclosure hardware: turns tamper presses into high-priority events on the bus, and keeps the status LED's
/// pattern in step with the agent's state (booting until the first health report, then camera, broker and tamper).
/// </summary>
public sealed partial class DevicesService(DeviceParts parts, HealthService health, HealthCollector collector, IEnumerable<ITransportHealth> transports,
    EventBus bus, TimeProvider time, ILogger<DevicesService> logger) : BackgroundService
{
    private readonly ITransportHealth? _transport = transports.FirstOrDefault();
    private readonly Channel<TamperEvent> _pending = Channel.CreateUnbounded<TamperEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The conditions the LED shows now.</summary>
    public LedCondition Conditions()
    {
        var c = LedCondition.None;
        if (health.Latest is null) c |= LedCondition.Booting;
        if (collector.AnyCameraDown) c |= LedCondition.CameraDown;
        if (_transport is not null && !_transport.Read().BrokerConnected) c |= LedCondition.BrokerDown;
        if (parts.Tamper is { IsActive: true }) c |= LedCondition.Tamper;
        return c;
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        parts.Led?.Show(LedCondition.Booting);
        if (parts.Tamper is { } tamper) tamper.Pressed += OnPressed;
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (parts.Tamper is null && parts.Led is null) return;
        await Task.WhenAll(ForwardTamperAsync(stoppingToken), DriveLedAsync(stoppingToken));
    }

    private void OnPressed(long count)
    {
        // Called on the GPIO driver's thread: queue and return; the forwarding loop awaits the bus.
        _pending.Writer.TryWrite(new TamperEvent { Camera = "", CaptureTime = time.GetUtcNow(), Pin = parts.Tamper!.Pin, Count = count });
        parts.Led?.Show(Conditions());
    }

    private async Task ForwardTamperAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in _pending.Reader.ReadAllAsync(stoppingToken))
            {
                LogTamper(logger, e.Count);
                await bus.Channel.Writer.WriteAsync(e, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (ChannelClosedException)
        {
            // The bus closed: the agent is stopping.
        }
    }

    private async Task DriveLedAsync(CancellationToken stoppingToken)
    {
        if (parts.Led is not { } led) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) led.Show(Conditions());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (parts.Tamper is { } tamper) tamper.Pressed -= OnPressed;
        await base.StopAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3210, Level = LogLevel.Warning, Message = "tamper switch pressed (press {Count} since start)")]
    private static partial void LogTamper(ILogger logger, long count);
}
