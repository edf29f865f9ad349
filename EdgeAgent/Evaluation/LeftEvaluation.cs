using System.Globalization;
using System.Text;
using System.Text.Json;
using EdgeAgent.Events;
using EdgeAgent.Imaging;

namespace EdgeAgent.Evaluation;

/// <summary>One annotated unattended object of a clip: from the frame its owner left to the frame the window ends, on a box.</summary>
/// <param name="OwnerLeft">Source frame at which the owner left (the row's frame_start).</param>
/// <param name="End">Last source frame of the window (the row's frame_end).</param>
/// <param name="Box">The object's box in source pixels.</param>
/// <param name="Line">Line of the TSV, for messages.</param>
public readonly record struct UnattendedWindow(long OwnerLeft, long End, BoxF Box, int Line);

/// <summary>
/// Scores <c>left_object</c> alarms of one clip against the TSV layout of <c>../shared/datasets/video</c> (video,
/// frame_start, frame_end, event, x,y,w,h, source): rows of the clip whose event contains <c>unattended</c> are the
/// windows an alarm must start in, on the box. A start on a window's box (IoU ≥ 0.3) inside it is a hit (the first
/// only); any other start (elsewhere, before the owner left, after the window, a second one) is a false alarm.
/// </summary>
public sealed class LeftEvaluation
{
    /// <summary>IoU with the annotated box a start needs to be on the object.</summary>
    public const float MinIoU = 0.3f;

    private readonly IReadOnlyList<UnattendedWindow> _windows;
    private readonly double _fps;
    private readonly long?[] _hitFrame;
    private readonly List<(long Frame, BoxF Box, string Why)> _false = [];

    /// <summary>Scores against <paramref name="windows"/> of a clip of <paramref name="fps"/> source frames a second.</summary>
    public LeftEvaluation(IReadOnlyList<UnattendedWindow> windows, double fps)
    {
        ArgumentNullException.ThrowIfNull(windows);
        _windows = windows;
        _fps = fps > 0 ? fps : 25;
        _hitFrame = new long?[windows.Count];
    }

    /// <summary>
    /// The windows of <paramref name="clip"/> (matched by file name) in <paramref name="tsv"/>; a clip without rows has
    /// none (every alarm is false). Throws <see cref="InvalidDataException"/> naming the file and line of a bad row.
    /// </summary>
    public static IReadOnlyList<UnattendedWindow> Load(string tsv, string clip)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        if (!File.Exists(tsv)) throw new FileNotFoundException($"{tsv}: no such file", tsv);
        var name = Path.GetFileName(clip);
        var windows = new List<UnattendedWindow>();
        var lines = File.ReadAllLines(tsv);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 5) throw new InvalidDataException($"{tsv}:{i + 1}: expected video, frame_start, frame_end, event, x,y,w,h (tab-separated), got {f.Length} field(s)");
            if (!string.Equals(Path.GetFileName(f[0]), name, StringComparison.Ordinal)) continue;
            if (!f[3].Contains("unattended", StringComparison.OrdinalIgnoreCase)) continue;
            if (!long.TryParse(f[1], CultureInfo.InvariantCulture, out var start) || !long.TryParse(f[2], CultureInfo.InvariantCulture, out var end) || start < 0 || end < start)
            {
                throw new InvalidDataException($"{tsv}:{i + 1}: frame_start and frame_end must be whole frames, start <= end ('{f[1]}', '{f[2]}')");
            }
            var xywh = f[4].Split(',');
            var v = new float[4];
            if (xywh.Length != 4 || !xywh.Select((s, k) => float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v[k])).All(ok => ok) || v[2] <= 0 || v[3] <= 0)
            {
                throw new InvalidDataException($"{tsv}:{i + 1}: box must be x,y,w,h in pixels with w and h above 0 ('{f[4]}')");
            }
            windows.Add(new UnattendedWindow(start, end, new BoxF(v[0], v[1], v[2], v[3]), i + 1));
        }
        return windows;
    }

    /// <summary>Scores one event (only <c>left_object</c> starts count).</summary>
    public void Add(AgentEvent e)
    {
        if (e is not LeftObjectEvent { Phase: "start" } left) return;
        var why = "elsewhere";
        for (var i = 0; i < _windows.Count; i++)
        {
            var w = _windows[i];
            if (left.Box.IoU(w.Box) < MinIoU) continue;
            if (left.Frame < w.OwnerLeft) why = "on the object before its owner left";
            else if (left.Frame > w.End) why = "on the object after its window";
            else if (_hitFrame[i] is not null) why = "a second alarm on the object";
            else
            {
                _hitFrame[i] = left.Frame;
                return;
            }
        }
        _false.Add((left.Frame, left.Box, why));
    }

    /// <summary>Annotated windows with a hit.</summary>
    public int Hits => _hitFrame.Count(h => h is not null);

    /// <summary>Annotated windows without one.</summary>
    public int Misses => _windows.Count - Hits;

    /// <summary>Starts that hit no window.</summary>
    public int FalseAlarms => _false.Count;

    /// <summary>Seconds from the owner leaving to each hit's start, per window (null for a miss).</summary>
    public IEnumerable<double?> Delays => _windows.Select((w, i) => _hitFrame[i] is { } f ? (f - w.OwnerLeft) / _fps : (double?)null);

    /// <summary>Human-readable result.</summary>
    public string Text()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"windows {_windows.Count}, hits {Hits}, misses {Misses}, false alarms {FalseAlarms}\n");
        for (var i = 0; i < _windows.Count; i++)
        {
            var w = _windows[i];
            sb.Append(CultureInfo.InvariantCulture, $"  line {w.Line}: frames {w.OwnerLeft}-{w.End} ");
            sb.Append(_hitFrame[i] is { } f ? FormattableString.Invariant($"hit at frame {f}, {(f - w.OwnerLeft) / _fps:0.0} s after the owner left\n") : "MISSED\n");
        }
        foreach (var (frame, box, why) in _false) sb.Append(CultureInfo.InvariantCulture, $"  false alarm at frame {frame} [{box.X:0},{box.Y:0},{box.W:0},{box.H:0}]: {why}\n");
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The result as one JSON object.</summary>
    public string Json()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("windows", _windows.Count);
            w.WriteNumber("hits", Hits);
            w.WriteNumber("misses", Misses);
            w.WriteNumber("false_alarms", FalseAlarms);
            w.WriteStartArray("delays");
            foreach (var d in Delays)
            {
                if (d is { } s) w.WriteNumberValue(Math.Round(s, 2));
                else w.WriteNullValue();
            }
            w.WriteEndArray();
            w.WriteStartArray("false");
            foreach (var (frame, box, why) in _false)
            {
                w.WriteStartObject();
                w.WriteNumber("frame", frame);
                EventJson.WriteBox(w, "box", box, 1, 1, pixels: true);
                w.WriteString("why", why);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
