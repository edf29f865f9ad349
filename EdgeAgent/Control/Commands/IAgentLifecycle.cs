namespace EdgeAgent.Control.Commands;

/// <summary>How a command asks the agent to restart (after agent.restart, an applied config or model).</summary>
public interface IAgentLifecycle
{
    /// <summary>Exit code systemd sees; <c>Restart=always</c> brings the agent back with the new state.</summary>
    public const int RestartExitCode = 75;

    /// <summary>Stops the agent so systemd starts it again; <paramref name="reason"/> goes to the log.</summary>
    void RequestRestart(string reason);
}
