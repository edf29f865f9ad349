using System.Diagnostics.CodeAnalysis;
using LiteDB;

namespace EdgeAgent.Watchlist;

/// <summary>
/// One kind's list in the encrypted watchlist database: opening it, the in-memory copy cameras match against, and the
/// changes an operator or a signed bundle makes. What an entry is and how it matches stays with its kind (Plates, Faces).
/// </summary>
/// <typeparam name="TEntry">The kind's entry record.</typeparam>
public sealed class WatchlistStore<TEntry> : IDisposable
    where TEntry : class, IWatchlistRecord
{
    private readonly LiteDatabase _db;
    private readonly IWatchlistCodec<TEntry> _codec;
    // Replaced whole by Reload (the reloader thread) while cameras read it: readers take the reference once.
    private volatile WatchlistSnapshot<TEntry> _snapshot;

    /// <summary>Opens (creating, mode 0600) the database at <paramref name="dbPath"/> and reads the kind's entries.</summary>
    public WatchlistStore(string dbPath, WatchlistKey key, IWatchlistCodec<TEntry> codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        _codec = codec;
        _db = WatchlistDatabase.Open(dbPath, key);
        _snapshot = Read();
    }

    /// <summary>The entries as last read; a reader takes it once and sees one consistent list.</summary>
    public WatchlistSnapshot<TEntry> Snapshot => _snapshot;

    /// <summary>Re-reads the entries (another process, the CLI or the agent, may have changed the list).</summary>
    public void Reload() => _snapshot = Read();

    /// <summary>
    /// Adds <paramref name="entry"/> unless an entry with its key is listed. Returns the listed entry (as stored, so it
    /// equals what the list returns afterwards) and whether it is the new one.
    /// </summary>
    public TEntry Add(TEntry entry, out bool added)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.Key;
        Reload();
        if (_snapshot.TryGet(key, out var existing))
        {
            added = false;
            return existing;
        }
        Write(collection => collection.Insert(_codec.ToDocument(entry)));
        added = true;
        return _snapshot.TryGet(key, out var stored) ? stored : entry;
    }

    /// <summary>Adds, in one transaction, the entries whose key is not listed yet; returns how many were added and skipped.</summary>
    public (int Added, int Skipped) AddMissing(IReadOnlyList<TEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Reload();
        var listed = _snapshot;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        var skipped = 0;
        Write(collection =>
        {
            foreach (var e in entries)
            {
                var key = e.Key;
                if (listed.TryGet(key, out _) || !seen.Add(key))
                {
                    skipped++;
                    continue;
                }
                collection.Insert(_codec.ToDocument(e));
                added++;
            }
        });
        return (added, skipped);
    }

    /// <summary>
    /// Makes the entries owned by <paramref name="owner"/> (a watchlist bundle) exactly <paramref name="entries"/>, which
    /// carry <paramref name="owner"/> as their creator, in one transaction: new keys are added, owned entries that
    /// <paramref name="changed"/> says differ are replaced, owned keys no longer listed removed. Entries added by anyone
    /// else (a technician on this device) are never touched; a key they already hold is skipped.
    /// </summary>
    public WatchlistChanges<TEntry> Replace(IReadOnlyList<TEntry> entries, string owner, Func<TEntry, TEntry, bool> changed)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(changed);
        Reload();
        var before = _snapshot;
        var current = new Dictionary<string, TEntry>(before.Count, StringComparer.Ordinal);
        foreach (var e in before.Entries) current[e.Key] = e;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<WatchlistChange<TEntry>>();
        var skipped = 0;
        // One read and one transaction for the whole list: a national list of thousands of plates syncs in one pass.
        Write(collection =>
        {
            foreach (var e in entries)
            {
                var key = e.Key;
                wanted.Add(key);
                if (!current.TryGetValue(key, out var existing))
                {
                    collection.Insert(_codec.ToDocument(e));
                    current[key] = e;
                    changes.Add(new(WatchlistChangeKind.Added, e));
                }
                else if (existing.CreatedBy != owner)
                {
                    skipped++;
                }
                else if (changed(existing, e))
                {
                    collection.Delete(existing.Id);
                    collection.Insert(_codec.ToDocument(e));
                    current[key] = e;
                    changes.Add(new(WatchlistChangeKind.Replaced, e));
                }
            }
            foreach (var e in before.Entries)
            {
                if (e.CreatedBy != owner || wanted.Contains(e.Key)) continue;
                collection.Delete(e.Id);
                changes.Add(new(WatchlistChangeKind.Removed, e));
            }
        });
        return new WatchlistChanges<TEntry>(changes, skipped);
    }

    /// <summary>Removes the entry with document id <paramref name="id"/>; returns it, or null when there was none.</summary>
    public TEntry? Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (WatchlistDatabase.Delete(_db, _codec.Collection, id) is not { } doc) return null;
        Reload();
        return _codec.FromDocument(doc);
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    /// <summary>Runs <paramref name="write"/> in one transaction (all of it or none), then makes it durable and re-reads the list.</summary>
    private void Write(Action<ILiteCollection<BsonDocument>> write)
    {
        WatchlistDatabase.Write(_db, _codec.Collection, write);
        Reload();
    }

    private WatchlistSnapshot<TEntry> Read()
    {
        // Keyed first, so a key two processes listed at once under two ids is matched, shown and counted once.
        var byKey = new Dictionary<string, TEntry>(StringComparer.Ordinal);
        foreach (var doc in _db.GetCollection(_codec.Collection).FindAll())
        {
            var e = _codec.FromDocument(doc);
            byKey[e.Key] = e;
        }
        var entries = new List<TEntry>(byKey.Values);
        entries.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return new WatchlistSnapshot<TEntry>([.. entries], byKey);
    }
}

/// <summary>A kind's entries at one moment: oldest first, and by key for matching.</summary>
/// <typeparam name="TEntry">The kind's entry record.</typeparam>
public sealed class WatchlistSnapshot<TEntry>
    where TEntry : class, IWatchlistRecord
{
    private readonly TEntry[] _entries;
    private readonly Dictionary<string, TEntry> _byKey;

    internal WatchlistSnapshot(TEntry[] entries, Dictionary<string, TEntry> byKey)
    {
        _entries = entries;
        _byKey = byKey;
    }

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<TEntry> Entries => _entries;

    /// <summary>Entries in the list.</summary>
    public int Count => _entries.Length;

    /// <summary>The entry with <paramref name="key"/> (see <see cref="IWatchlistRecord.Key"/>), if listed.</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out TEntry entry) => _byKey.TryGetValue(key, out entry);
}

/// <summary>What a change did to one entry.</summary>
public enum WatchlistChangeKind
{
    /// <summary>The entry was not listed and now is.</summary>
    Added,

    /// <summary>The entry was listed with other content and now has the new.</summary>
    Replaced,

    /// <summary>The entry was listed and no longer is.</summary>
    Removed,
}

/// <summary>One entry a replace changed.</summary>
/// <param name="Kind">What happened to it.</param>
/// <param name="Entry">The entry as it is now (as it was, when removed).</param>
/// <typeparam name="TEntry">The kind's entry record.</typeparam>
public readonly record struct WatchlistChange<TEntry>(WatchlistChangeKind Kind, TEntry Entry)
{
    /// <summary>The audit log action that records it.</summary>
    public string AuditAction => Kind switch
    {
        WatchlistChangeKind.Added => "watchlist.add",
        WatchlistChangeKind.Replaced => "watchlist.replace",
        _ => "watchlist.remove",
    };
}

/// <summary>What a replace from a bundle changed, in the order it changed it.</summary>
/// <param name="Changes">Additions and replacements in the bundle's order, then removals.</param>
/// <param name="Skipped">Bundle entries left alone because someone else listed their key.</param>
/// <typeparam name="TEntry">The kind's entry record.</typeparam>
public sealed record WatchlistChanges<TEntry>(IReadOnlyList<WatchlistChange<TEntry>> Changes, int Skipped)
{
    /// <summary>Entries added.</summary>
    public int Added => Changes.Count(c => c.Kind == WatchlistChangeKind.Added);

    /// <summary>Entries replaced.</summary>
    public int Replaced => Changes.Count(c => c.Kind == WatchlistChangeKind.Replaced);

    /// <summary>Entries removed.</summary>
    public int Removed => Changes.Count(c => c.Kind == WatchlistChangeKind.Removed);
}
