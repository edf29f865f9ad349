using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using EdgeAgent.Common;

namespace EdgeAgent.Control.Bundles;

/// <summary>What the first chunk of a transfer fixes: how many chunks, the whole bundle's size and sha256 (lower-case hex).</summary>
public readonly record struct TransferHeader(int Count, long Size, string Sha256);

/// <summary>Where a transfer stands; <see cref="Missing"/> lists the first missing indexes from the asked-for start.</summary>
public sealed record TransferStatus(string Id, TransferHeader Header, int Held, int MissingCount, IReadOnlyList<int> Missing, bool Complete);

/// <summary>What one chunk did to its transfer.</summary>
public enum ChunkEffect
{
    /// <summary>The chunk opened a new transfer.</summary>
    Started,

    /// <summary>The chunk was stored; more are missing.</summary>
    Held,

    /// <summary>The chunk was already held (or the transfer is complete); nothing changed.</summary>
    Duplicate,

    /// <summary>The chunk was the last missing one: the bundle is assembled and its sha256 matches.</summary>
    Completed,
}

/// <summary>A chunk's effect and the transfer's status after it.</summary>
public readonly record struct ChunkOutcome(ChunkEffect Effect, TransferStatus Status);

/// <summary>
/// Bundles received in chunks (for devices that reach only the broker), resumable across disconnects and restarts. Each
/// transfer is a folder <c>{state_dir}/transfers/{id}/</c> holding <c>transfer.json</c> (count, size, sha256 fixed by the
/// first chunk) and one file per chunk, each written by temp + rename so a power cut leaves no half chunk. When the
/// last chunk arrives the chunks are joined into <c>bundle.tar.gz</c> and the whole sha256 is checked; a mismatch
/// discards the transfer. Declared sizes of all transfers together stay under <see cref="Budget"/>; transfers idle for
/// <see cref="Expiry"/> are removed when a new one starts.
/// </summary>
public sealed class ChunkedTransfers
{
    /// <summary>Largest chunk accepted (raw bytes, before base64).</summary>
    public const int MaxChunkBytes = 512 * 1024;

    /// <summary>Most chunks a transfer may have (bounds the device's bookkeeping; 16 KiB chunks still carry the largest bundle).</summary>
    public const int MaxChunks = 65536;

    /// <summary>How many missing indexes a status lists.</summary>
    public const int MissingShown = 64;

    /// <summary>Default disk budget: two bundles of the largest size in flight at once.</summary>
    public const long DefaultBudget = 2 * SignedBundle.MaxBytes;

    /// <summary>Default idle time after which a transfer is swept.</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(24);

    private const string MetaName = "transfer.json";
    private const string BundleName = "bundle.tar.gz";
    private const string PartSuffix = ".part";
    private const string TempSuffix = ".tmp";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Transfer> _known = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Transfers kept under <paramref name="stateDir"/>/transfers.</summary>
    public ChunkedTransfers(string stateDir, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDir);
        Root = Path.Combine(stateDir, "transfers");
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The folder holding one sub-folder per transfer.</summary>
    public string Root { get; }

    /// <summary>Most bytes (sum of declared bundle sizes) all transfers may take together.</summary>
    public long Budget { get; init; } = DefaultBudget;

    /// <summary>A transfer that received nothing for this long is removed when another starts.</summary>
    public TimeSpan Expiry { get; init; } = DefaultExpiry;

    /// <summary>
    /// True when <paramref name="id"/> is a transfer id: 1 to 64 of <c>[a-z0-9._-]</c>, not starting with a dot
    /// (it names a folder: <c>..</c> must not climb out of the transfers folder).
    /// </summary>
    public static bool IsValidId(string? id)
    {
        if (id is null || id.Length is 0 or > 64 || id[0] == '.') return false;
        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-')) return false;
        }
        return true;
    }

    /// <summary>Checks a header and chunk index before anything is written; throws <see cref="TransferException"/> (malformed) naming the field.</summary>
    public static void Validate(string id, int index, TransferHeader header)
    {
        if (!IsValidId(id)) throw Malformed($"field 'transfer' '{id}' is not a transfer id (1-64 of a-z 0-9 . _ -, not starting with '.')");
        if (header.Size is < 1 or > SignedBundle.MaxBytes)
        {
            throw Malformed(Invariant($"field 'size' {header.Size} is out of range (1 to {SignedBundle.MaxBytes} bytes)"));
        }
        if (header.Count < 1 || header.Count > MaxChunks || header.Count > header.Size || (long)header.Count * MaxChunkBytes < header.Size)
        {
            throw Malformed(Invariant($"field 'count' {header.Count} does not fit size {header.Size}: chunks are 1 to {MaxChunkBytes} bytes, at most {MaxChunks} of them"));
        }
        if (header.Sha256 is not { Length: 64 } || !IsLowerHex(header.Sha256)) throw Malformed("field 'sha256' must be 64 lower-case hex digits (the whole bundle's SHA-256)");
        if (index < 0 || index >= header.Count) throw Malformed(Invariant($"field 'index' {index} is out of range (0 to {header.Count - 1})"));
    }

    /// <summary>
    /// Stores chunk <paramref name="index"/> of transfer <paramref name="id"/>. The first chunk opens the transfer (after
    /// sweeping stale ones and checking the budget); later chunks must carry the same header. Throws
    /// <see cref="TransferException"/>: malformed, conflict (naming the field), no_space, or hash_mismatch (when this
    /// chunk completes the bundle and the whole hash differs: the transfer is discarded).
    /// </summary>
    public ChunkOutcome Put(string id, int index, TransferHeader header, ReadOnlySpan<byte> data)
    {
        Validate(id, index, header);
        if (data.Length is < 1 or > MaxChunkBytes) throw Malformed(Invariant($"field 'data' decodes to {data.Length} bytes; a chunk is 1 to {MaxChunkBytes} bytes"));
        lock (_gate)
        {
            var effect = ChunkEffect.Held;
            var t = Find(id);
            if (t is null)
            {
                t = Start(id, header);
                effect = ChunkEffect.Started;
            }
            else
            {
                EnsureSameHeader(t, header);
            }
            if (t.Complete || t.Held[index]) return new(ChunkEffect.Duplicate, StatusOf(t, 0));
            if (t.HeldBytes + data.Length > header.Size)
            {
                throw new TransferException("conflict", Invariant(
                    $"transfer {id}: chunk {index} ({data.Length} bytes) takes the chunks held past field 'size' {header.Size} ({t.HeldBytes} bytes held in {t.HeldCount} chunk(s))"));
            }
            var part = PartPath(t, index);
            WriteDurably(part, data);
            t.Held[index] = true;
            t.HeldCount++;
            t.HeldBytes += data.Length;
            if (t.HeldCount == header.Count)
            {
                Assemble(t);
                effect = ChunkEffect.Completed;
            }
            return new(effect, StatusOf(t, 0));
        }
    }

    /// <summary>The status of <paramref name="id"/>, missing indexes listed from <paramref name="from"/>; null when there is no such transfer.</summary>
    public TransferStatus? Status(string id, int from = 0)
    {
        if (!IsValidId(id)) throw Malformed($"field 'transfer' '{id}' is not a transfer id (1-64 of a-z 0-9 . _ -, not starting with '.')");
        lock (_gate)
        {
            var t = Find(id);
            if (t is null) return null;
            // All chunks on disk but no bundle: a power cut hit the assembly; finish it now.
            if (!t.Complete && t.HeldCount == t.Header.Count) Assemble(t);
            return StatusOf(t, Math.Max(0, from));
        }
    }

    /// <summary>Removes transfer <paramref name="id"/>; returns its status before removal, or null when there was none.</summary>
    public TransferStatus? Cancel(string id)
    {
        if (!IsValidId(id)) throw Malformed($"field 'transfer' '{id}' is not a transfer id (1-64 of a-z 0-9 . _ -, not starting with '.')");
        lock (_gate)
        {
            var t = Find(id);
            if (t is null) return null;
            var status = StatusOf(t, 0);
            Discard(t);
            return status;
        }
    }

    /// <summary>The assembled, hash-checked bundle of a complete transfer; throws <see cref="TransferException"/> (unknown_transfer, incomplete) otherwise.</summary>
    public string CompletedPath(string id)
    {
        var status = Status(id) ?? throw new TransferException("unknown_transfer",
            $"transfer {id} is unknown (never started, cancelled, used, discarded or expired after {Expiry.TotalHours:0} h idle)");
        if (!status.Complete)
        {
            throw new TransferException("incomplete", Invariant(
                $"transfer {id} is incomplete: {status.Held}/{status.Header.Count} chunks held, missing {Describe(status.Missing, status.MissingCount)}"));
        }
        return Path.Combine(Root, id, BundleName);
    }

    /// <summary>Removes transfer <paramref name="id"/> if present (after it was used, whether the bundle was accepted or not).</summary>
    public void Remove(string id)
    {
        if (!IsValidId(id)) return;
        lock (_gate)
        {
            if (Find(id) is { } t) Discard(t);
        }
    }

    /// <summary>Removes transfers idle for longer than <see cref="Expiry"/>; returns how many.</summary>
    public int Sweep()
    {
        lock (_gate)
        {
            if (!Directory.Exists(Root)) return 0;
            var now = _time.GetUtcNow().UtcDateTime;
            var removed = 0;
            foreach (var dir in Directory.EnumerateDirectories(Root))
            {
                var id = Path.GetFileName(dir);
                if (!IsValidId(id)) continue;
                // Adding or renaming a chunk touches the folder, so its time is the last activity.
                if (now - Directory.GetLastWriteTimeUtc(dir) <= Expiry) continue;
                _known.Remove(id);
                DeleteFolder(dir);
                removed++;
            }
            return removed;
        }
    }

    /// <summary>Lists up to a few indexes as text: <c>3, 4, 9 (+12 more)</c>.</summary>
    public static string Describe(IReadOnlyList<int> missing, int missingCount)
    {
        ArgumentNullException.ThrowIfNull(missing);
        if (missingCount == 0) return "none";
        var shown = Math.Min(missing.Count, 10);
        var text = string.Join(", ", missing.Take(shown));
        return missingCount > shown ? Invariant($"{text} (+{missingCount - shown} more)") : text;
    }

    private Transfer Start(string id, TransferHeader header)
    {
        Sweep();
        long reserved = 0;
        var others = new List<string>();
        if (Directory.Exists(Root))
        {
            foreach (var dir in Directory.EnumerateDirectories(Root))
            {
                var other = Path.GetFileName(dir);
                if (!IsValidId(other) || Find(other) is not { } o) continue;
                reserved += o.Header.Size;
                others.Add(Invariant($"{other} ({o.Header.Size} bytes, {(o.Complete ? "complete" : $"{o.HeldCount}/{o.Header.Count}")})"));
            }
        }
        if (reserved + header.Size > Budget)
        {
            throw new TransferException("no_space", Invariant(
                $"transfer {id} ({header.Size} bytes) would bring transfers to {reserved + header.Size} bytes, over the limit of {Budget}; in progress: {string.Join(", ", others)}. Finish or cancel one (bundle.cancel), or wait until idle ones expire after {Expiry.TotalHours:0} h"));
        }
        var folder = Path.Combine(Root, id);
        StateFiles.CreateDirectory(folder);
        using (var ms = new MemoryStream())
        {
            using (var w = new Utf8JsonWriter(ms))
            {
                w.WriteStartObject();
                w.WriteString("transfer", id);
                w.WriteNumber("count", header.Count);
                w.WriteNumber("size", header.Size);
                w.WriteString("sha256", header.Sha256);
                w.WriteString("created", _time.GetUtcNow());
                w.WriteEndObject();
            }
            WriteDurably(Path.Combine(folder, MetaName), ms.ToArray());
        }
        var t = new Transfer(id, folder, header);
        _known[id] = t;
        return t;
    }

    private static void EnsureSameHeader(Transfer t, TransferHeader header)
    {
        var h = t.Header;
        var (field, got, first) =
            header.Count != h.Count ? ("count", Str(header.Count), Str(h.Count)) :
            header.Size != h.Size ? ("size", Str(header.Size), Str(h.Size)) :
            header.Sha256 != h.Sha256 ? ("sha256", header.Sha256, h.Sha256) :
            ("", "", "");
        if (field.Length > 0)
        {
            throw new TransferException("conflict",
                $"transfer {t.Id}: field '{field}' is {got} but the transfer began with {first}; cancel it (bundle.cancel) or use another transfer id");
        }
    }

    /// <summary>The transfer in memory, else loaded from its folder; null when there is none (or its header never reached the disk).</summary>
    private Transfer? Find(string id)
    {
        if (_known.TryGetValue(id, out var t))
        {
            if (Directory.Exists(t.Folder)) return t;
            _known.Remove(id);
        }
        var folder = Path.Combine(Root, id);
        if (!Directory.Exists(folder)) return null;
        TransferHeader header;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, MetaName)));
            var r = doc.RootElement;
            header = new TransferHeader(r.GetProperty("count").GetInt32(), r.GetProperty("size").GetInt64(), r.GetProperty("sha256").GetString() ?? "");
            Validate(id, 0, header);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or TransferException)
        {
            // A power cut before the header was renamed into place: nothing of this transfer can be trusted.
            DeleteFolder(folder);
            return null;
        }
        t = new Transfer(id, folder, header) { Complete = File.Exists(Path.Combine(folder, BundleName)) };
        if (!t.Complete)
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(TempSuffix, StringComparison.Ordinal))
                {
                    File.Delete(file);  // half-written chunk or bundle from a power cut
                    continue;
                }
                if (!name.EndsWith(PartSuffix, StringComparison.Ordinal)
                    || !int.TryParse(name.AsSpan(0, name.Length - PartSuffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= header.Count || t.Held[index])
                {
                    continue;
                }
                t.Held[index] = true;
                t.HeldCount++;
                t.HeldBytes += new FileInfo(file).Length;
            }
        }
        _known[id] = t;
        return t;
    }

    private void Assemble(Transfer t)
    {
        var target = Path.Combine(t.Folder, BundleName);
        var temp = target + TempSuffix;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxChunkBytes);
        string actual;
        long length;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var output = StateFiles.CreateFile(temp))
            {
                for (var i = 0; i < t.Header.Count; i++)
                {
                    using var part = File.OpenRead(PartPath(t, i));
                    int n;
                    while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        hash.AppendData(buffer, 0, n);
                        output.Write(buffer, 0, n);
                    }
                }
                output.Flush(flushToDisk: true);
                length = output.Length;
            }
            actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (actual != t.Header.Sha256 || length != t.Header.Size)
        {
            Discard(t);
            throw new TransferException("hash_mismatch", Invariant(
                $"transfer {t.Id}: the assembled bundle has sha256 {actual} ({length} bytes), the transfer declared {t.Header.Sha256} ({t.Header.Size} bytes); the transfer is discarded, send it again"));
        }
        File.Move(temp, target, overwrite: true);
        t.Complete = true;
        // The chunks are in the bundle now: free their space.
        for (var i = 0; i < t.Header.Count; i++) File.Delete(PartPath(t, i));
    }

    private static TransferStatus StatusOf(Transfer t, int from)
    {
        var missing = new List<int>();
        if (!t.Complete)
        {
            for (var i = from; i < t.Header.Count && missing.Count < MissingShown; i++)
            {
                if (!t.Held[i]) missing.Add(i);
            }
        }
        var held = t.Complete ? t.Header.Count : t.HeldCount;
        return new TransferStatus(t.Id, t.Header, held, t.Header.Count - held, missing, t.Complete);
    }

    private void Discard(Transfer t)
    {
        _known.Remove(t.Id);
        DeleteFolder(t.Folder);
    }

    private static string PartPath(Transfer t, int index) => Path.Combine(t.Folder, index.ToString("D6", CultureInfo.InvariantCulture) + PartSuffix);

    private static void WriteDurably(string path, ReadOnlySpan<byte> data)
    {
        var temp = path + TempSuffix;
        using (var stream = StateFiles.CreateFile(temp))
        {
            stream.Write(data);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static void DeleteFolder(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }

    private static bool IsLowerHex(string s)
    {
        foreach (var c in s)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f'))) return false;
        }
        return true;
    }

    private static TransferException Malformed(string message) => new("malformed", message);

    private static string Str(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed class Transfer(string id, string folder, TransferHeader header)
    {
        public string Id { get; } = id;

        public string Folder { get; } = folder;

        public TransferHeader Header { get; } = header;

        public bool[] Held { get; } = new bool[header.Count];

        public int HeldCount { get; set; }

        public long HeldBytes { get; set; }

        public bool Complete { get; set; }
    }
}
