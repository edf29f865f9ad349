using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Audit;

/// <summary>
/// Sends every record of <c>{state_dir}/audit.log</c> to the centre through the durable outbox (topic <c>.../audit</c>),
/// whoever wrote it: the agent, or a CLI verb run on the device. It follows the file rather than hooking
/// <see cref="AuditLog.Append"/>, so a record appended just before a crash, or by another process, is still sent. How far
/// it got is kept in <c>{state_dir}/audit.sent</c> (byte offset, line, hash of the last line sent), written after the
/// records are in the outbox; after a crash between the two a record is sent again with the same id, which the centre
/// deduplicates.
/// </summary>
public sealed partial class AuditForwarder : BackgroundService
{
    /// <summary>Name of the progress file in the state folder.</summary>
    public const string CursorName = "audit.sent";

    /// <summary>
    /// Most bytes read in one pass: a device's first start after an update may find years of records, which go out
    /// over several passes instead of one allocation the size of the log. Records are a few hundred bytes.
    /// </summary>
    public const int MaxPassBytes = 1 << 20;

    private readonly string _logPath;
    private readonly string _cursorPath;
    private readonly IEventSink _sink;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _interval;
    private Cursor _cursor;
    private long _stuckAt = -1;

    /// <summary>Forwards the log of <paramref name="options"/>' state folder into <paramref name="sink"/>.</summary>
    public AuditForwarder(AgentOptions options, IEventSink sink, TimeProvider time, ILogger<AuditForwarder> logger)
        : this(options?.StateDir ?? throw new ArgumentNullException(nameof(options)), sink, time, logger, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Forwards the log in <paramref name="stateDir"/>, looking for new records every <paramref name="interval"/>.</summary>
    internal AuditForwarder(string stateDir, IEventSink sink, TimeProvider time, ILogger logger, TimeSpan interval)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDir);
        _logPath = AuditLog.PathIn(stateDir);
        _cursorPath = Path.Combine(stateDir, CursorName);
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _interval = interval;
        _cursor = Cursor.Read(_cursorPath);
    }

    /// <summary>Records sent so far (the last line number handed to the outbox).</summary>
    public long Sent => _cursor.Line;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Pass after pass until caught up: a long backlog is read MaxPassBytes at a time.
                while (await ForwardNewAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The outbox full or the disk failing: keep the cursor where it is and try again; nothing is skipped.
                LogForwardFailed(_logger, _logPath, ex.Message);
            }
            try
            {
                await Task.Delay(_interval, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Hands the complete lines appended since the last call (up to <see cref="MaxPassBytes"/>) to the sink; returns how many.</summary>
    public async Task<int> ForwardNewAsync(CancellationToken ct)
    {
        if (!File.Exists(_logPath)) return 0;
        byte[] fresh;
        await using (var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.Length < _cursor.Offset)
            {
                LogShrank(_logger, _logPath, _cursor.Offset, stream.Length);
                _cursor = default;
            }
            if (stream.Length == _cursor.Offset) return 0;
            stream.Seek(_cursor.Offset, SeekOrigin.Begin);
            fresh = new byte[Math.Min(stream.Length - _cursor.Offset, MaxPassBytes)];
            await stream.ReadExactlyAsync(fresh, ct);
        }
        var cursor = _cursor;
        var start = 0;
        var sent = 0;
        int end;
        // Only whole lines: the writer may be half way through one.
        while ((end = Array.IndexOf(fresh, (byte)'\n', start)) >= 0)
        {
            var line = fresh.AsMemory(start, end - start);
            var hash = Convert.ToHexStringLower(SHA256.HashData(line.Span));
            var (ts, prev, isJson) = Peek(line);
            if (prev is not null && cursor.Line > 0 && !string.Equals(prev, cursor.Hash, StringComparison.Ordinal))
            {
                LogChainBroken(_logger, _logPath, cursor.Line + 1);
            }
            await _sink.AcceptAsync(new AuditRecordEvent
            {
                Id = IdFor(ts, hash),
                Camera = "",
                CaptureTime = ts,
                Line = cursor.Line + 1,
                Record = line.ToArray(),
                IsJson = isJson,
                Hash = hash,
            }, ct);
            cursor = new Cursor(cursor.Offset + end - start + 1, cursor.Line + 1, hash);
            start = end + 1;
            sent++;
        }
        if (sent > 0)
        {
            cursor.Write(_cursorPath);
            _cursor = cursor;
        }
        else if (fresh.Length == MaxPassBytes && _stuckAt != _cursor.Offset)
        {
            // No record is this long; a line that is cannot be sent whole, and forwarding stops at it: say so, once.
            _stuckAt = _cursor.Offset;
            LogLineTooLong(_logger, _logPath, _cursor.Line + 1, MaxPassBytes);
        }
        return sent;
    }

    /// <summary>
    /// The record's time and <c>"prev"</c>, and whether the line is one JSON object; a line that is not still goes out,
    /// as text, so the centre sees the damage and the records after it are not held up.
    /// </summary>
    private (DateTimeOffset Ts, string? Prev, bool IsJson) Peek(ReadOnlyMemory<byte> line)
    {
        try
        {
            // Parse, not ParseValue: trailing bytes after the object make the line damaged, as the outbox's writer would.
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (_time.GetUtcNow(), null, false);
            var ts = root.TryGetProperty("ts", out var t) && t.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(t.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed : _time.GetUtcNow();
            return (ts, root.TryGetProperty("prev", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null, true);
        }
        catch (JsonException)
        {
            return (_time.GetUtcNow(), null, false);
        }
    }

    /// <summary>
    /// A UUIDv7 made from the record's time and hash rather than at random, so a record sent twice (a crash between the
    /// outbox and the cursor) carries the same id and the centre's deduplication drops the copy.
    /// </summary>
    internal static Guid IdFor(DateTimeOffset ts, string hash)
    {
        Span<byte> b = stackalloc byte[16];
        Convert.FromHexString(hash.AsSpan(0, 32), b, out _, out _);
        var ms = ts.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) b[i] = (byte)(ms >> (8 * (5 - i)));
        b[6] = (byte)(0x70 | (b[6] & 0x0F));
        b[8] = (byte)(0x80 | (b[8] & 0x3F));
        return new Guid(b, bigEndian: true);
    }

    /// <summary>How far the forwarder got: bytes and lines of the log handed to the outbox, and the last line's hash.</summary>
    private readonly record struct Cursor(long Offset, long Line, string Hash)
    {
        public static Cursor Read(string path)
        {
            try
            {
                var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.TrimEntries);
                if (parts.Length == 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var offset) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var line))
                {
                    return new Cursor(offset, line, parts[2]);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // No progress file yet (or unreadable): send the log from its start; the centre deduplicates.
            }
            return default;
        }

        public void Write(string path) =>
            AtomicFile.WriteAllBytes(path, Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Offset} {Line} {Hash}\n")));
    }

    [LoggerMessage(EventId = 3700, Level = LogLevel.Warning, Message = "audit: cannot send records of {Path} to the outbox yet: {Reason}; retrying")]
    private static partial void LogForwardFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Error, Message = "audit: {Path} shrank from {Sent} to {Length} bytes (truncated or replaced); sending it again from its start")]
    private static partial void LogShrank(ILogger logger, string path, long sent, long length);

    [LoggerMessage(EventId = 3703, Level = LogLevel.Critical, Message = "audit: {Path} line {Line} is over {Max} bytes, not a record: records from it on are not sent to the centre; run 'edgeagent audit verify' and keep the file as evidence")]
    private static partial void LogLineTooLong(ILogger logger, string path, long line, int max);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Error, Message = "audit: {Path} line {Line} does not chain to the record sent before it: the log was edited; run 'edgeagent audit verify'")]
    private static partial void LogChainBroken(ILogger logger, string path, long line);
}
