using System.Text.Json;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Commands;

/// <summary>bundle.cancel: see <see cref="TransferCommands"/>.</summary>
internal sealed class BundleCancelHandler(ChunkedTransfers transfers) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "bundle.cancel";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => CommandFields.Missing(Name, TransferCommands.MissingField(Name, request));

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct) => Task.FromResult(TransferCommands.Run(Name, request, transfers));
}
