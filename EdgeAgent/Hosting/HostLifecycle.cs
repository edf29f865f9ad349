using EdgeAgent.Control.Commands;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Hosting;

/// <summary>
/// Ends the agent through the host so systemd starts it again: a restart stops it with
/// <see cref="IAgentLifecycle.RestartExitCode"/>, a fault it cannot get past with exit code 1.
/// </summary>
public sealed class HostLifecycle(IHostApplicationLifetime lifetime) : IAgentLifecycle
{
    /// <inheritdoc />
    public void RequestRestart(string reason)
    {
        Environment.ExitCode = IAgentLifecycle.RestartExitCode;
        // Let the command's reply go out first: stopping at once would cut the connection it is sent on.
        _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
    }

    /// <summary>
    /// Stops the host at once with exit code 1 (Restart=always brings it back): for a fault that retrying in-process
    /// did not cure, such as a sink that keeps refusing events.
    /// </summary>
    public void StopWithFailure()
    {
        Environment.ExitCode = Cli.ExitCodes.Failure;
        lifetime.StopApplication();
    }
}
