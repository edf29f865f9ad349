using System.Text.Json;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Commands;

/// <summary>One of the chunked-transfer commands (bundle.chunk, bundle.status, bundle.cancel): see <see cref="TransferCommands"/>.</summary>
internal sealed class TransferCommandHandler : ICommandHandler
{
    private readonly ChunkedTransfers _transfers;

    /// <summary>Handler of transfer command <paramref name="name"/>, one of <see cref="TransferCommands.Names"/>.</summary>
    public TransferCommandHandler(string name, ChunkedTransfers transfers)
    {
        if (Array.IndexOf(TransferCommands.Names, name) < 0) throw new ArgumentException($"'{name}' is not a transfer command", nameof(name));
        Name = name;
        _transfers = transfers;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) => CommandFields.Missing(Name, TransferCommands.MissingField(Name, request));

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct) => Task.FromResult(TransferCommands.Run(Name, request, _transfers));
}
