using System.Globalization;
using System.Text.Json;
using EdgeAgent.Common;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// Replay guard: each command carries <c>seq</c> (a number that only grows) or <c>ts</c> (a time, Unix ms); a command whose
/// seq or time is not newer than the last accepted one is refused. The high-water marks survive restarts in
/// <c>{state_dir}/commands.json</c>, written by rename.
/// </summary>
public sealed class CommandSequence
{
    private readonly Lock _gate = new();
    private readonly string _path;
    private long _seq = -1;
    private DateTimeOffset _ts = DateTimeOffset.MinValue;

    /// <summary>Loads the marks from <paramref name="stateDir"/>.</summary>
    public CommandSequence(string stateDir)
    {
        _path = Path.Combine(stateDir, "commands.json");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(_path));
            _seq = doc.RootElement.GetProperty("seq").GetInt64();
            _ts = doc.RootElement.GetProperty("ts").GetDateTimeOffset();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // First command ever.
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A damaged file must not open the door to replays: refuse everything until someone looks.
            _seq = long.MaxValue;
        }
    }

    /// <summary>Accepts and records <paramref name="seq"/>/<paramref name="ts"/>; returns the refusal reason or null.</summary>
    public string? TryAccept(long? seq, DateTimeOffset? ts)
    {
        lock (_gate)
        {
            if (seq is null && ts is null) return "the command carries neither seq nor ts";
            if (seq is { } s && s <= _seq) return string.Create(CultureInfo.InvariantCulture, $"seq {s} is not newer than the last accepted {_seq} (replayed or out-of-order command)");
            if (ts is { } t && t <= _ts) return $"ts {t:O} is not newer than the last accepted {_ts:O} (replayed or out-of-order command)";
            if (seq is { } ns) _seq = ns;
            if (ts is { } nt) _ts = nt;
            Save();
            return null;
        }
    }

    private void Save()
    {
        StateFiles.CreateParent(_path);
        var temp = _path + ".tmp";
        using (var stream = StateFiles.CreateFile(temp))
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("seq", _seq);
            w.WriteString("ts", _ts);
            w.WriteEndObject();
        }
        File.Move(temp, _path, overwrite: true);
    }
}
