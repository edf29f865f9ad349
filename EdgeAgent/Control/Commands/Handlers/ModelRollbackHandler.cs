using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Models;

namespace EdgeAgent.Control.Commands;

/// <summary>model.rollback: makes a model's previous slot live again and restarts unless told <c>"restart": false</c>.</summary>
internal sealed class ModelRollbackHandler(AgentOptions options, IAgentLifecycle lifecycle) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "model.rollback";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) =>
        CommandFields.Has(request, "model", JsonValueKind.String) ? null : CommandFields.Missing(Name, "field 'model' (model id) is missing");

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        var id = request.GetProperty("model").GetString()!;
        var (dir, manifest) = ModelRegistry.ResolvePaths(options);
        var outcome = new ModelUpdater(ModelManifest.LoadFile(manifest), dir, options.StateDir).Rollback(id, "requested by command");
        if (outcome.Ok && CommandFields.WantsRestart(request)) lifecycle.RequestRestart($"model {id} rolled back");
        return Task.FromResult(new CommandReply(outcome.Ok, outcome.Code, "model.rollback: " + outcome.Message, ModelUpdateHandler.ToJson(outcome)));
    }
}
