using System.Text.Json;
using EdgeAgent.Configuration;

namespace EdgeAgent.Control.Commands;

/// <summary>config.get: the agent's config file, secrets redacted.</summary>
internal sealed class ConfigGetHandler(AgentOptions options) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "config.get";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => null;

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        var path = options.SourcePath ?? throw new InvalidOperationException("the agent runs without a config file");
        return Task.FromResult(CommandReply.Success($"config {path}", ConfigRedaction.ToJson(File.ReadAllText(path))));
    }
}
