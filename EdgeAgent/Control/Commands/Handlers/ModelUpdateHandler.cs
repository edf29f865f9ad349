using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// model.update: installs a signed model bundle into the idle slot, on probation against the pipeline's recent health,
/// and restarts unless the request says <c>"restart": false</c>.
/// </summary>
internal sealed class ModelUpdateHandler(AgentOptions options, IAgentLifecycle lifecycle, BundleSource bundles, PipelineRateWindow? rates) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "model.update";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => CommandFields.Missing(Name, BundleSource.MissingField(request));

    /// <inheritdoc />
    public async Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        using var bundle = await bundles.OpenAsync(request, ct).ConfigureAwait(false);
        bundle.EnsureAgentVersion(CommandProcessor.AgentVersion);
        var (dir, manifest) = ModelRegistry.ResolvePaths(options);
        var updater = new ModelUpdater(ModelManifest.LoadFile(manifest), dir, options.StateDir, new ModelRuntimeSettings(options.Models.IntraOpThreads))
        {
            Probation = options.Updates.Probation,
            ImageLimits = options.Limits.Images,
        };
        rates?.Sample();
        var outcome = updater.Apply(bundle, rates?.Last(CommandProcessor.BaselineSpan));
        var result = ToJson(outcome);
        if (!outcome.Ok) return new CommandReply(false, outcome.Code, "model.update: " + outcome.Message, result);
        if (CommandFields.WantsRestart(request)) lifecycle.RequestRestart($"model {outcome.ModelId} {outcome.Version} installed");
        return new CommandReply(true, "ok", "model.update: " + outcome.Message, result);
    }

    /// <summary>The reply result of a model update or rollback.</summary>
    public static JsonObject ToJson(ModelUpdateOutcome o) => new()
    {
        ["model"] = o.ModelId,
        ["version"] = o.Version,
        ["previous_version"] = o.PreviousVersion,
        ["live_slot"] = o.LiveSlot,
        ["rolled_back"] = o.RolledBack,
        ["status"] = o.Status,
    };
}
