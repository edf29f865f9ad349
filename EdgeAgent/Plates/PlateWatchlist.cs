using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EdgeAgent.Audit;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Plates;

/// <summary>
/// Plates to watch for, stored only as keyed hashes in the <c>plates</c> collection of the encrypted watchlist database.
/// A read matches when its text, or the text with a few of the usual glyph swaps (O/0, I/1, B/8, S/5, Z/2), hashes to an
/// entry. Changes and matches go to the audit log, which names entries by id and hash, never by plate.
/// </summary>
public sealed class PlateWatchlist : IDisposable
{
    /// <summary>The collection in the shared watchlist database.</summary>
    public const string Collection = "plates";

    /// <summary>Entry kind and hash tag.</summary>
    public const string Kind = "plate";

    /// <summary>Most swapped positions tried per read.</summary>
    public const int MaxSwaps = 2;

    /// <summary>Most hashed variants per read, so a read full of look-alikes costs a bounded time.</summary>
    public const int MaxVariants = 64;

    private readonly WatchlistStore<WatchlistEntry> _store;
    private readonly WatchlistKey _key;
    private readonly AuditLog? _audit;
    private readonly TimeProvider _time;

    /// <summary>Opens the list in the database at <paramref name="dbPath"/>; changes and matches are written to <paramref name="audit"/> when given.</summary>
    public PlateWatchlist(string dbPath, WatchlistKey key, AuditLog? audit = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _audit = audit;
        _time = time ?? TimeProvider.System;
        _store = new WatchlistStore<WatchlistEntry>(dbPath, key, new PlateDocuments());
    }

    /// <summary>Entries in the list.</summary>
    public int Count => _store.Snapshot.Count;

    /// <summary>Normalises a plate as typed by an operator: Cyrillic look-alikes to Latin, capitals, separators dropped.</summary>
    public static string Normalise(string plate)
    {
        ArgumentNullException.ThrowIfNull(plate);
        var sb = new StringBuilder(plate.Length);
        foreach (var ch in plate)
        {
            var c = PlateConfusions.CyrillicToLatin(ch);
            if (c is >= 'a' and <= 'z') c = (char)(c - 'a' + 'A');
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')) sb.Append(c);
            else if (c is not (' ' or '-' or '.' or '·')) throw new ArgumentException($"plate '{plate}': '{ch}' is not a plate character (letters, digits, spaces, '-' and '.')", nameof(plate));
        }
        if (sb.Length is < 2 or > 12) throw new ArgumentException($"plate '{plate}': {sb.Length} letters and digits; a plate has 2 to 12", nameof(plate));
        return sb.ToString();
    }

    /// <summary>Re-reads the entries (another process, the CLI, may have changed the list).</summary>
    public void Reload() => _store.Reload();

    /// <summary>Adds a plate; returns the new entry, or the existing one when the plate is already listed.</summary>
    public WatchlistEntry Add(string plate, string reason, string createdBy)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(createdBy);
        var hash = _key.Hash(Kind, Normalise(plate));
        var entry = _store.Add(new WatchlistEntry(NewId(), Kind, hash, reason, createdBy, _time.GetUtcNow()), out var added);
        if (!added) return entry;
        _audit?.Append("watchlist.add", createdBy, [new("kind", Kind), new("entry", entry.Id), new("hash", entry.ShortHash), new("reason", reason)]);
        return entry;
    }

    /// <summary>
    /// Makes the entries owned by <paramref name="owner"/> (a watchlist bundle) exactly <paramref name="plates"/>, in one
    /// transaction: plates not listed yet are added, plates the bundle no longer lists removed. A plate already listed by
    /// anyone else (a technician on this device) stays theirs. Each change is audited.
    /// </summary>
    public (int Added, int Removed) Replace(IReadOnlyList<(string Plate, string Reason)> plates, string owner)
    {
        ArgumentNullException.ThrowIfNull(plates);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = _time.GetUtcNow();
        var wanted = new List<WatchlistEntry>(plates.Count);
        foreach (var (plate, reason) in plates) wanted.Add(new WatchlistEntry(NewId(), Kind, _key.Hash(Kind, Normalise(plate)), reason, owner, now));
        // A plate listed already keeps its entry: a bundle changes which plates are listed, not why.
        var changes = _store.Replace(wanted, owner, static (_, _) => false);
        foreach (var (kind, e) in changes.Changes)
        {
            if (kind == WatchlistChangeKind.Added) _audit?.Append("watchlist.add", owner, [new("kind", Kind), new("entry", e.Id), new("hash", e.ShortHash), new("reason", e.Reason)]);
            else _audit?.Append("watchlist.remove", owner, [new("kind", Kind), new("entry", e.Id), new("hash", e.ShortHash)]);
        }
        return (changes.Added, changes.Removed);
    }

    /// <summary>Removes an entry by id; false when there is none.</summary>
    public bool Remove(string id, string removedBy)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(removedBy);
        if (_store.Remove(id) is not { } entry) return false;
        _audit?.Append("watchlist.remove", removedBy, [new("kind", Kind), new("entry", entry.Id), new("hash", entry.ShortHash)]);
        return true;
    }

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<WatchlistEntry> List() => _store.Snapshot.Entries;

    /// <summary>Writes every entry as a JSON line (id, kind, hash, reason, created_by, created_at): hashes only, never plates.</summary>
    public void Export(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var e in List())
        {
            using (var w = new Utf8JsonWriter(output))
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("kind", e.Kind);
                w.WriteString("hash", e.Hash);
                w.WriteString("reason", e.Reason);
                w.WriteString("created_by", e.CreatedBy);
                w.WriteString("created_at", e.CreatedAt);
                w.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// The entry a read's normalised text matches, trying the text itself first, then up to <see cref="MaxSwaps"/> look-alike
    /// swaps; null when none. <paramref name="exact"/> tells whether the text itself matched.
    /// </summary>
    public WatchlistEntry? Match(string text, out bool exact)
    {
        ArgumentNullException.ThrowIfNull(text);
        exact = false;
        var listed = _store.Snapshot;
        if (listed.Count == 0 || text.Length == 0) return null;
        if (listed.TryGet(_key.Hash(Kind, text), out var hit))
        {
            exact = true;
            return hit;
        }
        Span<int> positions = stackalloc int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (PlateConfusions.WatchlistSwap(text[i]) != '\0') positions[n++] = i;
        }
        Span<char> variant = stackalloc char[text.Length];
        var tried = 1;
        for (var a = 0; a < n; a++)
        {
            text.CopyTo(variant);
            variant[positions[a]] = PlateConfusions.WatchlistSwap(text[positions[a]]);
            if (++tried > MaxVariants) return null;
            if (listed.TryGet(_key.Hash(Kind, new string(variant)), out hit)) return hit;
        }
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                text.CopyTo(variant);
                variant[positions[a]] = PlateConfusions.WatchlistSwap(text[positions[a]]);
                variant[positions[b]] = PlateConfusions.WatchlistSwap(text[positions[b]]);
                if (++tried > MaxVariants) return null;
                if (listed.TryGet(_key.Hash(Kind, new string(variant)), out hit)) return hit;
            }
        }
        return null;
    }

    /// <summary>Records a match in the audit log: entry, camera and track, not the plate (the log stays on the device).</summary>
    public void RecordMatch(WatchlistEntry entry, string camera, long track, bool exact)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _audit?.Append("watchlist.match", $"camera:{camera}",
            [new("kind", Kind), new("entry", entry.Id), new("hash", entry.ShortHash), new("track", track.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("exact", exact ? "true" : "false")]);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    private static string NewId() => "p" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
