using System.Globalization;

namespace EdgeAgent.Hosting;

/// <summary>What systemd told the process about notification and the watchdog, through its environment.</summary>
/// <param name="NotifySocket">Value of <c>$NOTIFY_SOCKET</c>, or null when not started by systemd with Type=notify.</param>
/// <param name="Period">Watchdog period from <c>$WATCHDOG_USEC</c>, or null when WatchdogSec is not set (or meant for another process).</param>
public sealed record WatchdogSettings(string? NotifySocket, TimeSpan? Period)
{
    /// <summary>Reads <c>NOTIFY_SOCKET</c>, <c>WATCHDOG_USEC</c> and <c>WATCHDOG_PID</c> from the environment.</summary>
    public static WatchdogSettings FromEnvironment()
    {
        var socket = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");
        TimeSpan? period = null;
        var pid = Environment.GetEnvironmentVariable("WATCHDOG_PID");
        var forUs = string.IsNullOrEmpty(pid) || pid == Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (forUs && long.TryParse(Environment.GetEnvironmentVariable("WATCHDOG_USEC"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var usec) && usec > 0)
        {
            period = TimeSpan.FromMicroseconds(usec);
        }
        return new WatchdogSettings(string.IsNullOrEmpty(socket) ? null : socket, period);
    }
}
