using System.Text.Json;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Commands;

/// <summary>bundle.status: see <see cref="TransferCommands"/>.</summary>
internal sealed class BundleStatusHandler(ChunkedTransfers transfers) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "bundle.status";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => CommandFields.Missing(Name, TransferCommands.MissingField(Name, request));

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct) => Task.FromResult(TransferCommands.Run(Name, request, transfers));
}
