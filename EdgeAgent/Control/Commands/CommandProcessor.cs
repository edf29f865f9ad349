using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Audit;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// Executes remote commands: parses the request, refuses replays, runs the command and returns its status. Each command,
/// accepted or refused, is written to the audit log, except replies marked <see cref="CommandReply.Routine"/> (the middle
/// of a chunked transfer, status queries). A refused command changes nothing.
/// </summary>
public sealed class CommandProcessor : IDisposable
{
    /// <summary>Commands this agent knows, in the order an unknown command's reply lists them.</summary>
    public static readonly string[] Names = ["config.get", "config.set", "watchlist.sync", "model.update", "model.rollback", "agent.restart",
        "camera.snapshot", "bundle.chunk", "bundle.status", "bundle.cancel"];

    // Year 3000: a larger ts is a unit mistake (microseconds), not a time.
    private const long MaxUnixMs = 32_503_680_000_000;

    private readonly AuditLog _audit;
    private readonly CommandSequence _sequence;
    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>
    /// Processor for the agent configured by <paramref name="options"/> (its file is what config.set replaces).
    /// <paramref name="snapshots"/> are the running cameras camera.snapshot can take a frame from (none without it);
    /// <paramref name="models"/> is the agent's model registry, which camera.snapshot's face detector comes from (without
    /// it the processor opens its own on the first snapshot that needs it); <paramref name="rates"/> gives the
    /// pipeline's health before a model switch, the baseline of its probation.
    /// </summary>
    public CommandProcessor(AgentOptions options, AuditLog audit, IAgentLifecycle lifecycle, SnapshotTaps? snapshots = null, ModelRegistry? models = null,
        PipelineRateWindow? rates = null)
    {
        _audit = audit;
        _sequence = new CommandSequence(options.StateDir);
        var transfers = new ChunkedTransfers(options.StateDir);
        var bundles = new BundleSource(options, transfers);
        ICommandHandler[] handlers =
        [
            new ConfigGetHandler(options),
            new ConfigSetHandler(options, lifecycle, () => CameraStartTimeout),
            new WatchlistSyncHandler(options, audit, lifecycle, bundles),
            new ModelUpdateHandler(options, lifecycle, bundles, rates),
            new ModelRollbackHandler(options, lifecycle),
            new AgentRestartHandler(lifecycle),
            new CameraSnapshotHandler(options, snapshots, models, () => SnapshotTimeout),
            .. TransferCommands.Names.Select(n => new TransferCommandHandler(n, transfers)),
        ];
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
    }

    /// <summary>Span of recent pipeline health a model update's baseline is measured over.</summary>
    public static TimeSpan BaselineSpan { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest camera.snapshot waits for the camera's next frame before it reports the camera offline.</summary>
    public TimeSpan SnapshotTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a camera of a new config may take to answer a probe before config.set restores the old config.</summary>
    public TimeSpan CameraStartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Handles command <paramref name="name"/> with JSON <paramref name="payload"/> from <paramref name="actor"/>.</summary>
    public async Task<CommandReply> HandleAsync(string name, ReadOnlyMemory<byte> payload, string actor, CancellationToken ct)
    {
        // One at a time: two config.set or model.update racing each other would leave no clear last-good state.
        await _one.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var reply = await RunAsync(name, payload, ct).ConfigureAwait(false);
            if (reply.Routine) return reply;
            List<KeyValuePair<string, string>> fields =
                [new("command", name), new("ok", reply.Ok ? "true" : "false"), new("code", reply.Code), new("message", CommandFields.Truncate(reply.Message, 300))];
            fields.AddRange(reply.AuditFields);
            _audit.Append("command." + (_handlers.ContainsKey(name) ? name : "unknown"), actor, fields);
            return reply;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<CommandReply> RunAsync(string name, ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            return CommandReply.Error("malformed", $"{name}: the payload is not JSON: {ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return CommandReply.Error("malformed", $"{name}: the payload must be a JSON object");
            if (!_handlers.TryGetValue(name, out var handler)) return CommandReply.Error("unknown_command", $"unknown command '{name}'; known: {string.Join(", ", Names)}");
            if (ReadReplayFields(name, root, out var seq, out var ts) is { } bad) return bad;
            // Check the fields before spending the sequence number, so a typo can be resent with the same seq.
            if (handler.Validate(root) is { } refused) return refused;
            if (_sequence.TryAccept(seq, ts) is { } replay) return CommandReply.Error("replay", $"{name}: {replay}");
            try
            {
                return await handler.ExecuteAsync(root, ct).ConfigureAwait(false);
            }
            catch (BundleException ex)
            {
                return CommandReply.Error(ex.Code, $"{name}: {ex.Message}");
            }
            catch (TransferException ex)
            {
                return CommandReply.Error(ex.Code, $"{name}: {ex.Message}");
            }
        }
    }

    /// <summary>Reads the replay-protection fields; the refusal when they are malformed or both absent.</summary>
    private static CommandReply? ReadReplayFields(string name, JsonElement root, out long? seq, out DateTimeOffset? ts)
    {
        seq = null;
        ts = null;
        if (root.TryGetProperty("seq", out var s))
        {
            if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var n)) return CommandReply.Error("malformed", $"{name}: seq must be an integer");
            seq = n;
        }
        if (root.TryGetProperty("ts", out var t))
        {
            // Unix ms like every other time on the wire; the ISO text of earlier centres is still read within v1.
            if (t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) && ms is >= 0 and <= MaxUnixMs) ts = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            else if (t.ValueKind == JsonValueKind.String && t.TryGetDateTimeOffset(out var d)) ts = d;
            else return CommandReply.Error("malformed", $"{name}: ts must be a time in Unix milliseconds (an integer)");
        }
        return seq is null && ts is null ? CommandReply.Error("missing_field", $"{name}: seq or ts is required (replay protection)") : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _one.Dispose();
        foreach (var h in _handlers.Values) (h as IDisposable)?.Dispose();
    }

    /// <summary>This agent's version, compared with a bundle's minimum.</summary>
    public static string AgentVersion =>
        (typeof(CommandProcessor).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false) is [System.Reflection.AssemblyInformationalVersionAttribute a, ..]
            ? a.InformationalVersion : "0.0.0").Split('+')[0];
}
