using System.Text.Json;

namespace EdgeAgent.Control.Commands;

/// <summary>One remote command: its name, the check of its request and its execution.</summary>
public interface ICommandHandler
{
    /// <summary>The command name on the wire (<c>config.set</c>, <c>bundle.chunk</c>, ...).</summary>
    string Name { get; }

    /// <summary>
    /// The refusal for a request that lacks a field or holds a bad one, null when it can run. Checked before the
    /// sequence number is spent, so a typo can be resent with the same seq.
    /// </summary>
    CommandReply? Validate(JsonElement request);

    /// <summary>Runs a request that passed <see cref="Validate"/> and returns its reply.</summary>
    Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct);
}
