using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EdgeAgent.Common;
using EdgeAgent.Control;

namespace EdgeAgent.Audit;

/// <summary>Outcome of walking an audit log's hash chain.</summary>
/// <param name="Ok">True when every record is well formed, numbered in order and chained to the one before.</param>
/// <param name="Records">Records read before the first problem (all of them when <paramref name="Ok"/>).</param>
/// <param name="BrokenAtLine">1-based line that was altered, removed around or malformed; 0 when <paramref name="Ok"/>.</param>
/// <param name="Reason">What is wrong, in words; empty when <paramref name="Ok"/>.</param>
/// <param name="Head">SHA-256 (hex) of the last line read: compare it with a copy kept off the device to catch edits of the tail.</param>
public readonly record struct AuditVerification(bool Ok, int Records, int BrokenAtLine, string Reason, string Head);

/// <summary>
/// Append-only audit log: one JSON object per line in <c>{state_dir}/audit.log</c>, each carrying the SHA-256 of the line
/// before (<c>"prev"</c>) and a sequence number, so an edited, removed or inserted record breaks the chain at that point.
/// Every append is flushed to disk before it returns. The chain shows naive tampering; someone who rewrites the whole
/// file can rebuild it, which is why <see cref="Head"/> is meant to be reported off the device.
/// </summary>
public sealed class AuditLog : IDisposable
{
    /// <summary>The <c>"prev"</c> of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly Lock _gate = new();
    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private long _nextSequence;
    private long _knownLength;

    private AuditLog(string path, FileStream file, TimeProvider time, string head, long next)
    {
        FilePath = path;
        _file = file;
        _time = time;
        Head = head;
        _nextSequence = next;
        _knownLength = file.Length;
    }

    /// <summary>Longest <see cref="Append"/> waits for another process (the agent, a CLI verb) to finish its append.</summary>
    public static TimeSpan LockTimeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The log file.</summary>
    public string FilePath { get; }

    /// <summary>SHA-256 (hex) of the last line written: the chain's head.</summary>
    public string Head { get; private set; }

    /// <summary>Records in the log.</summary>
    public long Count => _nextSequence;

    /// <summary>The conventional log path in a state folder.</summary>
    public static string PathIn(string stateDir) => Path.Combine(stateDir, "audit.log");

    /// <summary>
    /// Opens (creating with mode 0600 when absent) the log at <paramref name="path"/> and finds its head. A last line cut
    /// short by a crash is removed and its removal recorded as a record of its own, so the chain stays whole.
    /// </summary>
    public static AuditLog Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        StateFiles.CreateParent(path);
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Read,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = StateFiles.FileMode;
        FileStream file;
        try
        {
            file = new FileStream(path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"audit log {path}: cannot open: {ex.Message}", ex);
        }
        try
        {
            var (head, next, partial) = ReadTail(file);
            var log = new AuditLog(path, file, time ?? TimeProvider.System, head, next);
            if (partial is not null)
            {
                file.SetLength(file.Length - partial.Length);
                log.Append("audit.partial_removed", "edgeagent",
                    [new("bytes", partial.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("sha256", Hex(SHA256.HashData(partial)))]);
            }
            return log;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends one record and flushes it to disk; returns its sequence number.</summary>
    /// <param name="action">What happened (<c>watchlist.add</c>, <c>watchlist.match</c>, <c>config.apply</c>).</param>
    /// <param name="actor">Who did it (<c>cli:alice</c>, <c>camera:gate-1</c>, <c>centre</c>).</param>
    /// <param name="fields">Details; never a plate or a face in clear.</param>
    public long Append(string action, string actor, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(fields);
        lock (_gate)
        {
            LockAndCatchUp();
            try
            {
                return Write(action, actor, fields);
            }
            finally
            {
                Unlock();
            }
        }
    }

    private long Write(string action, string actor, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var seq = _nextSequence;
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("seq", seq);
            // Unix ms, as every time on the wire (the record is also the .../audit payload); older lines keep their ISO text.
            w.WriteNumber("ts", _time.GetUtcNow().ToUnixTimeMilliseconds());
            w.WriteString("action", action);
            w.WriteString("actor", actor);
            w.WriteStartObject("data");
            foreach (var (key, value) in fields) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteString("prev", Head);
            w.WriteEndObject();
        }
        var line = buffer.WrittenSpan;
        _file.Seek(0, SeekOrigin.End);
        _file.Write(line);
        _file.WriteByte((byte)'\n');
        _file.Flush(flushToDisk: true);
        Head = Hex(SHA256.HashData(line));
        _nextSequence = seq + 1;
        _knownLength = _file.Length;
        return seq;
    }

    /// <summary>
    /// Takes the cross-process write lock (a POSIX record lock on the first byte, which every writer of this format
    /// takes) and, when another process appended since our last look, re-reads the head so the chain does not fork.
    /// </summary>
    private void LockAndCatchUp()
    {
        var deadline = Environment.TickCount64 + (long)LockTimeout.TotalMilliseconds;
        while (true)
        {
            try
            {
                // macOS has no byte-range locks in .NET; devices run Linux, where this is fcntl(F_SETLK).
                if (!OperatingSystem.IsMacOS()) _file.Lock(0, 1);
                break;
            }
            catch (IOException) when (Environment.TickCount64 < deadline)
            {
                // Held by the other writer for the few milliseconds of one append; a short sleep is cheaper than a spin.
                Thread.Sleep(10);
            }
            catch (IOException ex)
            {
                throw new IOException($"audit log {FilePath}: another process has held its write lock for over {LockTimeout.TotalSeconds:0} s", ex);
            }
        }
        if (_file.Length == _knownLength) return;
        var (head, next, partial) = ReadTail(_file);
        if (partial is not null)
        {
            Unlock();
            throw new IOException($"audit log {FilePath}: another writer left a partial record; reopen the log to repair it");
        }
        Head = head;
        _nextSequence = next;
        _knownLength = _file.Length;
    }

    /// <summary>
    /// Walks the chain of the log at <paramref name="path"/>. When <paramref name="expectedHead"/> is given (a head kept
    /// elsewhere), the last line must hash to it, which catches edits and removals at the tail.
    /// </summary>
    public static AuditVerification Verify(string path, string? expectedHead = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = File.ReadAllBytes(path);
        var prev = Genesis;
        var line = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) return new(false, line, line + 1, $"line {line + 1} is not terminated (cut short)", prev);
            line++;
            var span = bytes.AsSpan(start, end - start);
            string recordedPrev;
            long seq;
            try
            {
                using var doc = JsonDocument.Parse(span.ToArray());
                seq = doc.RootElement.GetProperty("seq").GetInt64();
                recordedPrev = doc.RootElement.GetProperty("prev").GetString() ?? "";
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                return new(false, line - 1, line, $"line {line} is not an audit record", prev);
            }
            if (seq != line - 1)
            {
                return new(false, line - 1, line, $"line {line} has sequence {seq}, expected {line - 1} (records removed or inserted before it)", prev);
            }
            if (!string.Equals(recordedPrev, prev, StringComparison.Ordinal))
            {
                // The successor's record of its predecessor no longer matches: the predecessor was altered (or this line's prev was).
                var altered = Math.Max(line - 1, 1);
                return new(false, line - 2 < 0 ? 0 : line - 2, altered, $"line {altered} does not match the hash recorded by line {line}", prev);
            }
            prev = Hex(SHA256.HashData(span));
            start = end + 1;
        }
        if (expectedHead is not null && !string.Equals(expectedHead, prev, StringComparison.OrdinalIgnoreCase))
        {
            return new(false, line, line, $"the last line (line {line}) does not hash to the expected head", prev);
        }
        return new(true, line, 0, "", prev);
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private void Unlock()
    {
        if (!OperatingSystem.IsMacOS()) _file.Unlock(0, 1);
    }

    private static (string Head, long Next, byte[]? Partial) ReadTail(FileStream file)
    {
        var length = file.Length;
        if (length == 0) return (Genesis, 0, null);
        // Read backwards in chunks until the start of the last complete line is found.
        var chunk = 4096;
        while (true)
        {
            var take = (int)Math.Min(length, chunk);
            var tail = new byte[take];
            file.Seek(length - take, SeekOrigin.Begin);
            file.ReadExactly(tail);
            var endsClean = tail[^1] == (byte)'\n';
            var lastNewline = Array.LastIndexOf(tail, (byte)'\n');
            byte[]? partial = null;
            var scanEnd = take - 1;
            if (!endsClean)
            {
                if (lastNewline < 0 && take < length) { chunk *= 2; continue; }
                partial = tail[(lastNewline + 1)..];
                if (lastNewline < 0) return (Genesis, 0, partial);
                scanEnd = lastNewline;
            }
            var lineStart = scanEnd == 0 ? -1 : Array.LastIndexOf(tail, (byte)'\n', scanEnd - 1);
            if (lineStart < 0 && take < length) { chunk *= 2; continue; }
            var lastLine = tail.AsSpan(lineStart + 1, scanEnd - lineStart - 1);
            long seq;
            try
            {
                using var doc = JsonDocument.Parse(lastLine.ToArray());
                seq = doc.RootElement.GetProperty("seq").GetInt64();
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"audit log {file.Name}: the last record is not valid ({ex.Message}); run 'edgeagent audit verify' and keep the file for inspection", ex);
            }
            return (Hex(SHA256.HashData(lastLine)), seq + 1, partial);
        }
    }

    private static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);
}
