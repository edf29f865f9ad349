using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EdgeAgent.Audit;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Faces;

/// <summary>A person on the face watchlist: descriptors only, never a photo.</summary>
/// <param name="Id">Operator-chosen id, carried in match events.</param>
/// <param name="Name">Display name.</param>
/// <param name="Category">Why the person is listed (missing, wanted, staff...).</param>
/// <param name="Model">Descriptor model id; descriptors of another model are never compared with these.</param>
/// <param name="Descriptors">One or more L2-normalised descriptors.</param>
/// <param name="Threshold">Per-entry cosine threshold, or null for the list's.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
public sealed record FaceEntry(string Id, string Name, string Category, string Model, IReadOnlyList<float[]> Descriptors, float? Threshold, string CreatedBy, DateTimeOffset CreatedAt) : IWatchlistRecord
{
    /// <summary>Faces are listed by the operator's id: two entries may hold one person (another photo set).</summary>
    string IWatchlistRecord.Key => Id;
}

/// <summary>The best watchlist identity for one descriptor.</summary>
/// <param name="Entry">Best entry.</param>
/// <param name="Similarity">Its cosine similarity (best over its descriptors).</param>
/// <param name="Margin">Similarity minus the second-best identity's (minus 0 when the list has one identity).</param>
/// <param name="Accepted">True when the similarity reaches the entry's threshold and the margin the list's.</param>
public readonly record struct FaceMatch(FaceEntry Entry, float Similarity, float Margin, bool Accepted);

/// <summary>
/// Faces to watch for, in the <c>faces</c> collection of the encrypted watchlist database. Matching compares a descriptor
/// with every descriptor of every entry by cosine similarity; a match needs the threshold and a margin over the next
/// identity. Every change and every match goes to the audit log (ids and figures, never descriptors).
/// </summary>
public sealed class FaceWatchlist : IDisposable
{
    /// <summary>The collection in the shared watchlist database.</summary>
    public const string Collection = "faces";

    /// <summary>Entry kind.</summary>
    public const string Kind = "face";

    /// <summary>First line of an export file.</summary>
    public const string ExportFormat = "edgeagent-faces/1";

    /// <summary>Default margin over the second-best identity.</summary>
    public const float DefaultMargin = 0.05f;

    private readonly WatchlistStore<FaceEntry> _store;
    private readonly WatchlistKey _key;
    private readonly AuditLog? _audit;
    private readonly TimeProvider _time;

    /// <summary>Opens the list in the database at <paramref name="dbPath"/>.</summary>
    public FaceWatchlist(string dbPath, WatchlistKey key, float threshold, float margin = DefaultMargin, AuditLog? audit = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _audit = audit;
        _time = time ?? TimeProvider.System;
        Threshold = threshold;
        Margin = margin;
        _store = new WatchlistStore<FaceEntry>(dbPath, key, new FaceDocuments());
    }

    /// <summary>Cosine threshold for entries without their own.</summary>
    public float Threshold { get; }

    /// <summary>Least margin over the second-best identity.</summary>
    public float Margin { get; }

    /// <summary>Entries in the list.</summary>
    public int Count => _store.Snapshot.Count;

    /// <summary>Re-reads the entries (the CLI may have changed the list while the agent runs).</summary>
    public void Reload() => _store.Reload();

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<FaceEntry> List() => _store.Snapshot.Entries;

    /// <summary>An entry in the shape <c>watchlist list</c> prints for every kind: a keyed fingerprint of the descriptors stands for the hash.</summary>
    public WatchlistEntry Summary(FaceEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new WatchlistEntry(e.Id, Kind, Fingerprint(e), $"{e.Name} [{e.Category}] {e.Descriptors.Count} descriptor(s)", e.CreatedBy, e.CreatedAt);
    }

    /// <summary>Adds an entry; throws <see cref="ArgumentException"/> for a bad id or descriptor, <see cref="InvalidOperationException"/> when the id is taken.</summary>
    public FaceEntry Add(string id, string name, string category, string model, IReadOnlyList<float[]> descriptors, string createdBy, float? threshold = null)
    {
        var entry = new FaceEntry(id, name, category, model, descriptors, threshold, createdBy, _time.GetUtcNow());
        Check(entry, null);
        _store.Add(entry, out var added);
        if (!added) throw new InvalidOperationException($"watchlist id '{id}' is already used; remove it first or choose another id");
        _audit?.Append("watchlist.add", createdBy, [new("kind", Kind), new("entry", id), new("category", category), new("descriptors", descriptors.Count.ToString(CultureInfo.InvariantCulture)), new("fingerprint", Fingerprint(entry))]);
        return entry;
    }

    /// <summary>Removes an entry by id; false when there is none.</summary>
    public bool Remove(string id, string removedBy)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(removedBy);
        if (_store.Remove(id) is not { } entry) return false;
        _audit?.Append("watchlist.remove", removedBy, [new("kind", Kind), new("entry", id), new("fingerprint", Fingerprint(entry))]);
        return true;
    }

    /// <summary>
    /// The best identity for <paramref name="descriptor"/> among entries of <paramref name="model"/>, with its margin over
    /// the next identity; null when the list has none of that model.
    /// </summary>
    public FaceMatch? Match(ReadOnlySpan<float> descriptor, string model)
    {
        FaceEntry? best = null;
        float bestSim = float.NegativeInfinity, second = float.NegativeInfinity;
        var entries = _store.Snapshot.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!string.Equals(e.Model, model, StringComparison.Ordinal)) continue;
            var sim = float.NegativeInfinity;
            foreach (var d in e.Descriptors)
            {
                if (d.Length == descriptor.Length) sim = Math.Max(sim, FaceMath.Cosine(descriptor, d));
            }
            if (sim > bestSim)
            {
                second = bestSim;
                bestSim = sim;
                best = e;
            }
            else if (sim > second)
            {
                second = sim;
            }
        }
        if (best is null || float.IsNegativeInfinity(bestSim)) return null;
        // With one identity there is no runner-up: unrelated faces score near 0, so the margin is taken over 0.
        var margin = bestSim - (float.IsNegativeInfinity(second) ? 0 : Math.Max(second, 0));
        var accepted = bestSim >= (best.Threshold ?? Threshold) && margin >= Margin;
        return new FaceMatch(best, bestSim, margin, accepted);
    }

    /// <summary>Records a raised match: entry, camera, track and figures (the log stays on the device).</summary>
    public void RecordMatch(FaceMatch match, string camera, long track, int votes)
    {
        _audit?.Append("watchlist.match", $"camera:{camera}",
        [
            new("kind", Kind), new("entry", match.Entry.Id), new("track", track.ToString(CultureInfo.InvariantCulture)),
            new("similarity", match.Similarity.ToString("0.000", CultureInfo.InvariantCulture)),
            new("margin", match.Margin.ToString("0.000", CultureInfo.InvariantCulture)),
            new("votes", votes.ToString(CultureInfo.InvariantCulture)),
        ]);
    }

    /// <summary>
    /// Writes every entry (ids, names, categories, descriptors; no photos) as one JSON line, then an HMAC line under the
    /// fleet key, so an import on another device of the fleet can tell the file was not altered.
    /// </summary>
    public void Export(Stream output, string exportedBy)
    {
        ArgumentNullException.ThrowIfNull(output);
        var entries = _store.Snapshot.Entries;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("format", ExportFormat);
            w.WriteStartArray("entries");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("category", e.Category);
                w.WriteString("model", e.Model);
                w.WriteNumber("dimension", e.Descriptors[0].Length);
                if (e.Threshold is { } t) w.WriteNumber("threshold", t);
                w.WriteString("created_by", e.CreatedBy);
                w.WriteString("created_at", e.CreatedAt);
                w.WriteStartArray("descriptors");
                foreach (var d in e.Descriptors) w.WriteBase64StringValue(System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.AsSpan()));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var payload = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var text = payload + "\nhmac-sha256 " + _key.Hash("face-export", payload) + "\n";
        output.Write(Encoding.UTF8.GetBytes(text));
        _audit?.Append("watchlist.export", exportedBy, [new("kind", Kind), new("entries", entries.Count.ToString(CultureInfo.InvariantCulture))]);
    }

    /// <summary>
    /// Imports an export file: checks the HMAC, the format, and that every descriptor has <paramref name="dimension"/>
    /// values of model <paramref name="model"/>, before writing anything; then adds the entries whose ids are new in one
    /// transaction. Throws <see cref="InvalidDataException"/> naming <paramref name="name"/> and leaves the list unchanged
    /// on any problem. Returns (added, skipped as already present).
    /// </summary>
    public (int Added, int Skipped) Import(ReadOnlySpan<byte> file, string name, string model, int dimension, string importedBy)
    {
        var text = Encoding.UTF8.GetString(file);
        var split = text.TrimEnd('\n').LastIndexOf('\n');
        const string Tag = "hmac-sha256 ";
        if (split < 0 || !text.AsSpan(split + 1).StartsWith(Tag, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: not a face watchlist export (no signature line)");
        }
        var payload = text[..split];
        var mac = text[(split + 1 + Tag.Length)..].Trim();
        var expected = _key.Hash("face-export", payload);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(expected)))
        {
            throw new InvalidDataException($"{name}: the signature does not match: the file was altered or exported under another fleet key; nothing imported");
        }
        var (added, skipped) = _store.AddMissing(ParseEntries(payload, name, model, dimension));
        _audit?.Append("watchlist.import", importedBy, [new("kind", Kind), new("file", Path.GetFileName(name)), new("added", added.ToString(CultureInfo.InvariantCulture)), new("skipped", skipped.ToString(CultureInfo.InvariantCulture))]);
        return (added, skipped);
    }

    /// <summary>
    /// Reads the entries of a face list in the export format (<c>{"format":"edgeagent-faces/1","entries":[...]}</c>),
    /// checking each against <paramref name="model"/> and <paramref name="dimension"/>; throws
    /// <see cref="InvalidDataException"/> naming <paramref name="name"/> and the entry on the first problem.
    /// </summary>
    public static IReadOnlyList<FaceEntry> ParseEntries(string payload, string name, string model, int dimension)
    {
        var entries = new List<FaceEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            if (root.GetProperty("format").GetString() != ExportFormat) throw new InvalidDataException($"{name}: format is not {ExportFormat}");
            var i = 0;
            foreach (var e in root.GetProperty("entries").EnumerateArray())
            {
                var where = $"{name}: entries[{i++}]";
                var entryModel = e.GetProperty("model").GetString() ?? "";
                if (entryModel != model) throw new InvalidDataException($"{where}: descriptors of model '{entryModel}', this device uses '{model}'");
                var descriptors = new List<float[]>();
                foreach (var d in e.GetProperty("descriptors").EnumerateArray())
                {
                    var bytes = d.GetBytesFromBase64();
                    if (bytes.Length != dimension * sizeof(float)) throw new InvalidDataException($"{where}: a descriptor has {bytes.Length / sizeof(float)} values, {model} makes {dimension}");
                    descriptors.Add(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray());
                }
                float? threshold = e.TryGetProperty("threshold", out var t) ? t.GetSingle() : null;
                var entry = new FaceEntry(e.GetProperty("id").GetString() ?? "", e.GetProperty("name").GetString() ?? "", e.GetProperty("category").GetString() ?? "",
                    entryModel, descriptors, threshold, e.TryGetProperty("created_by", out var by) ? by.GetString() ?? "" : "",
                    e.TryGetProperty("created_at", out var at) ? at.GetDateTimeOffset() : default);
                Check(entry, where);
                if (!ids.Add(entry.Id)) throw new InvalidDataException($"{where}: id '{entry.Id}' appears twice");
                entries.Add(entry);
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{name}: malformed face list ({ex.Message}); nothing changed", ex);
        }
        return entries;
    }

    /// <summary>
    /// Makes the entries owned by <paramref name="owner"/> (a watchlist bundle) exactly <paramref name="entries"/>, in
    /// one transaction: new ids are added, changed ones replaced, ids the bundle no longer lists removed. Entries added
    /// by anyone else (a technician on this device) are never touched; an id they already use is skipped.
    /// </summary>
    public (int Added, int Replaced, int Removed, int Skipped) Replace(IReadOnlyList<FaceEntry> entries, string owner)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = _time.GetUtcNow();
        var owned = new List<FaceEntry>(entries.Count);
        foreach (var e in entries) owned.Add(e with { CreatedBy = owner, CreatedAt = now });
        var changes = _store.Replace(owned, owner, (existing, wanted) =>
            Fingerprint(existing) != Fingerprint(wanted) || existing.Name != wanted.Name || existing.Category != wanted.Category || existing.Threshold != wanted.Threshold);
        foreach (var change in changes.Changes)
        {
            var e = change.Entry;
            _audit?.Append(change.AuditAction, owner, [new("kind", Kind), new("entry", e.Id), new("category", e.Category), new("fingerprint", Fingerprint(e))]);
        }
        return (changes.Added, changes.Replaced, changes.Removed, changes.Skipped);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    /// <summary>Checks an id's characters, a name, and descriptors (finite, unit length, one size); <paramref name="where"/> prefixes messages.</summary>
    private static void Check(FaceEntry e, string? where)
    {
        var p = where is null ? "" : where + ": ";
        if (e.Id.Length is 0 or > 64 || !e.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"{p}id '{e.Id}': use 1-64 letters, digits, '-', '_' or '.'", nameof(e));
        }
        if (string.IsNullOrWhiteSpace(e.Name)) throw new ArgumentException($"{p}name is empty", nameof(e));
        if (e.Descriptors.Count == 0) throw new ArgumentException($"{p}no descriptor", nameof(e));
        var dim = e.Descriptors[0].Length;
        foreach (var d in e.Descriptors)
        {
            if (d.Length != dim || dim == 0) throw new ArgumentException($"{p}descriptors of different lengths ({dim} and {d.Length})", nameof(e));
            var norm = MathF.Sqrt(FaceMath.Dot(d, d));
            if (!float.IsFinite(norm) || MathF.Abs(norm - 1) > 1e-3f) throw new ArgumentException($"{p}a descriptor is not unit length (norm {norm})", nameof(e));
        }
        if (e.Threshold is { } t && t is not (> -1 and < 1)) throw new ArgumentException($"{p}threshold {t} is not within -1..1", nameof(e));
    }

    private string Fingerprint(FaceEntry e)
    {
        var sb = new StringBuilder();
        foreach (var d in e.Descriptors) sb.Append(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.AsSpan())));
        return _key.Hash(Kind, sb.ToString())[..12];
    }
}
