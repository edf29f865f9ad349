using EdgeAgent.Control.Commands;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Hosting;

/// <summary>Restarts the agent by stopping the host with <see cref="IAgentLifecycle.RestartExitCode"/>; systemd starts it again.</summary>
public sealed class HostLifecycle(IHostApplicationLifetime lifetime) : IAgentLifecycle
{
    /// <inheritdoc />
    public void RequestRestart(string reason)
    {
        Environment.ExitCode = IAgentLifecycle.RestartExitCode;
        // Let the command's reply go out first: stopping at once would cut the connection it is sent on.
        _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
    }
}
