using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Faces;
using EdgeAgent.Hosting;
using EdgeAgent.Plates;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// watchlist.sync: applies a verified watchlist bundle (<c>plates.json</c> and/or <c>faces.json</c>) to this device's
/// lists. Every list is read and checked before anything is written; the bundle's version must grow; the entries a
/// bundle adds belong to it, so a later version replaces them while a technician's local entries are never touched.
/// </summary>
internal sealed class WatchlistSyncCommand(AgentOptions options, AuditLog audit, IAgentLifecycle lifecycle)
{
    /// <summary>Applies <paramref name="bundle"/> (signature and hashes already verified).</summary>
    public CommandReply Apply(SignedBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var m = bundle.Manifest;
        if (m.Kind != "watchlist") return CommandReply.Error("not_applicable", $"watchlist.sync: bundle {m.Id} is a {m.Kind} bundle");
        // Every list in the bundle is read and checked before anything is written: a bad file changes nothing.
        var plates = ReadPlates(bundle);
        var faces = ReadFaces(bundle);
        if (plates is null && faces is null) throw new BundleException(BundleError.Malformed, $"watchlist bundle {m.Id} holds neither plates.json nor faces.json");
        var versionFile = Path.Combine(options.StateDir, "watchlists", m.Id + ".version");
        var installed = File.Exists(versionFile) ? File.ReadAllText(versionFile).Trim() : "0";
        if (BundleVersion.Compare(m.Version, installed) <= 0)
        {
            return CommandReply.Error("replay", $"watchlist.sync: bundle {m.Id} {m.Version} is not newer than the installed {installed}");
        }
        // A device that had no watchlist key started its cameras without lists; they pick the lists up after a restart.
        var firstList = options.Watchlist.Key is null && !File.Exists(WatchlistKey.PathIn(options.StateDir));
        var key = WatchlistKey.Load(options.StateDir, options.Watchlist.Key, create: true);
        var owner = "bundle:" + m.Id;
        var data = new JsonObject { ["id"] = m.Id, ["version"] = m.Version };
        var summary = new List<string>();
        if (plates is not null)
        {
            using var list = new PlateWatchlist(WatchlistDatabase.PathIn(options.StateDir), key, audit);
            var (added, removed) = list.Replace(plates, owner);
            data["plates"] = new JsonObject { ["added"] = added, ["removed"] = removed, ["count"] = list.Count };
            summary.Add($"plates {added} added, {removed} removed, {list.Count} listed");
        }
        if (faces is not null)
        {
            using var list = new FaceWatchlist(WatchlistDatabase.PathIn(options.StateDir), key, FaceResDescriptor.DefaultThreshold, audit: audit);
            var (added, replaced, removed, skipped) = list.Replace(faces, owner);
            data["faces"] = new JsonObject { ["added"] = added, ["replaced"] = replaced, ["removed"] = removed, ["skipped"] = skipped, ["count"] = list.Count };
            summary.Add($"faces {added} added, {replaced} replaced, {removed} removed, {skipped} kept as local entries, {list.Count} listed");
        }
        StateFiles.WriteAllText(versionFile, m.Version);
        if (firstList) lifecycle.RequestRestart($"watchlist {m.Id} {m.Version} installed on a device that had none");
        data["restart"] = firstList;
        return CommandReply.Success($"watchlist {m.Id} {installed} -> {m.Version}: {string.Join("; ", summary)}" + (firstList ? "; restarting to start matching" : ""), data);
    }

    private static List<(string Plate, string Reason)>? ReadPlates(SignedBundle bundle)
    {
        if (bundle.FilePath("plates.json") is not { } path) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var list = new List<(string, string)>();
            foreach (var p in doc.RootElement.GetProperty("plates").EnumerateArray())
            {
                var plate = p.GetProperty("plate").GetString() ?? "";
                if (PlateWatchlist.Normalise(plate).Length == 0) throw new BundleException(BundleError.Malformed, $"plates.json: '{plate}' is not a plate");
                list.Add((plate, p.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : ""));
            }
            return list;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new BundleException(BundleError.Malformed, $"plates.json: {ex.Message}");
        }
    }

    private static IReadOnlyList<FaceEntry>? ReadFaces(SignedBundle bundle)
    {
        if (bundle.FilePath("faces.json") is not { } path) return null;
        try
        {
            return FaceWatchlist.ParseEntries(File.ReadAllText(path), "faces.json", CameraPipelineFactory.FaceDescriptorModel, FaceResDescriptor.ShippedDimension);
        }
        catch (InvalidDataException ex)
        {
            throw new BundleException(BundleError.Malformed, ex.Message);
        }
    }
}
