using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Outbox;

/// <summary>
/// Gives the outbox a heartbeat that does not depend on traffic: once a second it repairs a failing disk and applies
/// the age limit, so space that returns while no camera sends and the broker is down is still noticed within seconds.
/// </summary>
public sealed class OutboxMaintenance(DurableOutbox outbox, TimeProvider time) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) outbox.Maintain();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop.
        }
    }
}
