using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// The chunked-transfer commands: <c>bundle.chunk</c>, <c>bundle.status</c>, <c>bundle.cancel</c>. Every reply carries the
/// transfer's status (chunks held, the first missing indexes, complete or not). Replies that change nothing worth a
/// record (a chunk in the middle of a transfer, a duplicate, a status query) are marked <see cref="CommandReply.Routine"/>
/// so the audit log gets the start, the completion and the cancel of a transfer, not one line per chunk.
/// </summary>
internal static class TransferCommands
{
    /// <summary>Command names handled here.</summary>
    public static readonly string[] Names = ["bundle.chunk", "bundle.status", "bundle.cancel"];

    /// <summary>The first required field <paramref name="name"/> lacks, in words; null when none is missing or the command is not a transfer command.</summary>
    public static string? MissingField(string name, JsonElement root)
    {
        if (Array.IndexOf(Names, name) < 0) return null;
        if (!Has(root, "transfer", JsonValueKind.String)) return "field 'transfer' (the transfer id the sender chose, [a-z0-9._-]{1,64}) is missing";
        if (name != "bundle.chunk") return null;
        if (!Has(root, "index", JsonValueKind.Number)) return "field 'index' (chunk number, from 0) is missing";
        if (!Has(root, "count", JsonValueKind.Number)) return "field 'count' (chunks in the transfer) is missing";
        if (!Has(root, "size", JsonValueKind.Number)) return "field 'size' (bytes of the whole bundle) is missing";
        if (!Has(root, "sha256", JsonValueKind.String)) return "field 'sha256' (hex SHA-256 of the whole bundle) is missing";
        if (!Has(root, "data", JsonValueKind.String)) return "field 'data' (the chunk, base64) is missing";
        return null;
    }

    /// <summary>Runs transfer command <paramref name="name"/> against <paramref name="transfers"/>.</summary>
    public static CommandReply Run(string name, JsonElement root, ChunkedTransfers transfers)
    {
        try
        {
            return name switch
            {
                "bundle.chunk" => Chunk(root, transfers),
                "bundle.status" => Status(root, transfers),
                _ => Cancel(root, transfers),
            };
        }
        catch (TransferException ex)
        {
            return CommandReply.Error(ex.Code, $"{name}: {ex.Message}");
        }
    }

    private static CommandReply Chunk(JsonElement root, ChunkedTransfers transfers)
    {
        var id = root.GetProperty("transfer").GetString()!;
        var index = Int(root, "index");
        var header = new TransferHeader(Int(root, "count"), Long(root, "size"), root.GetProperty("sha256").GetString()!.ToLowerInvariant());
        // Header first: a chunk the transfer would refuse anyway is not worth decoding.
        ChunkedTransfers.Validate(id, index, header);
        byte[] data;
        try
        {
            data = Convert.FromBase64String(root.GetProperty("data").GetString()!);
        }
        catch (FormatException)
        {
            throw new TransferException("malformed", Invariant($"transfer {id}: field 'data' of chunk {index} is not base64"));
        }
        var (effect, s) = transfers.Put(id, index, header, data);
        var progress = Invariant($"{s.Held}/{s.Header.Count} chunks held, missing {ChunkedTransfers.Describe(s.Missing, s.MissingCount)}");
        var reply = effect switch
        {
            ChunkEffect.Started => CommandReply.Success(Invariant(
                $"bundle.chunk: transfer {id} started ({s.Header.Count} chunks, {s.Header.Size} bytes, sha256 {s.Header.Sha256}); {progress}"), Result(s)),
            ChunkEffect.Completed => CommandReply.Success(Invariant(
                $"bundle.chunk: transfer {id} complete: {s.Header.Size} bytes, sha256 {s.Header.Sha256} verified; install it with model.update or watchlist.sync and \"transfer\":\"{id}\""), Result(s)),
            ChunkEffect.Duplicate => CommandReply.Success(Invariant($"bundle.chunk: transfer {id}: chunk {index} was already held; {(s.Complete ? "complete" : progress)}"), Result(s)) with { Routine = true },
            _ => CommandReply.Success(Invariant($"bundle.chunk: transfer {id}: chunk {index} held; {progress}"), Result(s)) with { Routine = true },
        };
        reply.Result!["effect"] = effect.ToString().ToLowerInvariant();
        return reply;
    }

    private static CommandReply Status(JsonElement root, ChunkedTransfers transfers)
    {
        var id = root.GetProperty("transfer").GetString()!;
        var from = root.TryGetProperty("from", out var f) ? Int(root, "from") : 0;
        TransferStatus? s;
        try
        {
            s = transfers.Status(id, from);
        }
        catch (TransferException ex) when (ex.Code == "hash_mismatch")
        {
            // Assembling after a power cut found a bad bundle: that discards the transfer, which is worth a record.
            return CommandReply.Error(ex.Code, "bundle.status: " + ex.Message);
        }
        if (s is null)
        {
            return CommandReply.Error("unknown_transfer", $"bundle.status: transfer {id} is unknown (never started, cancelled, used, discarded or expired)") with
            {
                Routine = true,
                Result = new JsonObject { ["transfer"] = id, ["known"] = false },
            };
        }
        var text = s.Complete
            ? Invariant($"bundle.status: transfer {id} complete ({s.Header.Size} bytes, sha256 verified)")
            : Invariant($"bundle.status: transfer {id}: {s.Held}/{s.Header.Count} chunks held, missing {ChunkedTransfers.Describe(s.Missing, s.MissingCount)}{(from > 0 ? $" (listed from {from})" : "")}");
        return CommandReply.Success(text, Result(s)) with { Routine = true };
    }

    private static CommandReply Cancel(JsonElement root, ChunkedTransfers transfers)
    {
        var id = root.GetProperty("transfer").GetString()!;
        var s = transfers.Cancel(id);
        if (s is null) return CommandReply.Error("unknown_transfer", $"bundle.cancel: transfer {id} is unknown (never started, cancelled, used, discarded or expired)");
        return CommandReply.Success(Invariant($"bundle.cancel: transfer {id} cancelled ({s.Held}/{s.Header.Count} chunks were held); its files are removed"),
            new JsonObject { ["transfer"] = id, ["held"] = s.Held, ["count"] = s.Header.Count, ["cancelled"] = true });
    }

    private static JsonObject Result(TransferStatus s)
    {
        var missing = new JsonArray();
        foreach (var i in s.Missing) missing.Add((JsonNode)JsonValue.Create(i));
        return new JsonObject
        {
            ["transfer"] = s.Id,
            ["known"] = true,
            ["count"] = s.Header.Count,
            ["size"] = s.Header.Size,
            ["sha256"] = s.Header.Sha256,
            ["held"] = s.Held,
            ["missing_count"] = s.MissingCount,
            ["missing"] = missing,
            ["complete"] = s.Complete,
        };
    }

    private static int Int(JsonElement root, string field) =>
        root.GetProperty(field) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : throw new TransferException("malformed", $"field '{field}' must be an integer");

    private static long Long(JsonElement root, string field) =>
        root.GetProperty(field) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n : throw new TransferException("malformed", $"field '{field}' must be an integer");

    private static bool Has(JsonElement r, string key, JsonValueKind kind) => r.TryGetProperty(key, out var v) && v.ValueKind == kind;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
