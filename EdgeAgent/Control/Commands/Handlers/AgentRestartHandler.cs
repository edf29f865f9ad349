using System.Text.Json;

namespace EdgeAgent.Control.Commands;

/// <summary>agent.restart: asks the host to stop with the restart exit code, with the request's reason.</summary>
internal sealed class AgentRestartHandler(IAgentLifecycle lifecycle) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "agent.restart";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => null;

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        var reason = request.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "agent.restart";
        lifecycle.RequestRestart(reason);
        return Task.FromResult(CommandReply.Success($"restarting (exit code {IAgentLifecycle.RestartExitCode}, systemd starts the agent again)"));
    }
}
