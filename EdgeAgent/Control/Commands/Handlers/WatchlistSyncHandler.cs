using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Audit;

namespace EdgeAgent.Control.Commands;

/// <summary>watchlist.sync: opens the signed watchlist bundle and applies it (see <see cref="WatchlistSyncCommand"/>).</summary>
internal sealed class WatchlistSyncHandler(AgentOptions options, AuditLog audit, IAgentLifecycle lifecycle, BundleSource bundles) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "watchlist.sync";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => CommandFields.Missing(Name, BundleSource.MissingField(request));

    /// <inheritdoc />
    public async Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        using var bundle = await bundles.OpenAsync(request, ct).ConfigureAwait(false);
        bundle.EnsureAgentVersion(CommandProcessor.AgentVersion);
        return new WatchlistSyncCommand(options, audit, lifecycle).Apply(bundle);
    }
}
