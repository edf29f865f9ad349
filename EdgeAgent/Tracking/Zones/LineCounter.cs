using EdgeAgent.Configuration;

namespace EdgeAgent.Tracking.Zones;

/// <summary>Which way an object crossed a line.</summary>
public enum LineDirection
{
    /// <summary>
    /// From the left of the directed segment A→B to its right, as seen on screen: the direction A→B turned 90°
    /// clockwise (for a line drawn left to right, moving down the picture). Written "ab".
    /// </summary>
    AToB,

    /// <summary>The opposite way. Written "ba".</summary>
    BToA,
}

/// <summary>One crossing found on the current frame.</summary>
/// <param name="Track">The object that crossed.</param>
/// <param name="Line">Index of the line in the camera's configuration.</param>
/// <param name="Direction">Which way.</param>
/// <param name="Count">Crossings of this line, label and direction so far, this one included.</param>
public readonly record struct LineCrossing(Track Track, int Line, LineDirection Direction, int Count);

/// <summary>
/// Counts directional crossings of the camera's lines by the tracks' foot points. A crossing is a change of side
/// (sign of the cross product against A→B) held for the hysteresis frames, whose path from the last point on the
/// old side to the current one passes through the segment itself (walking round the end of a line is no crossing).
/// Jitter on the line therefore counts once, and only confirmed tracks count — a tentative track keeps its first
/// side, so a crossing made before confirmation still counts once it is confirmed.
/// </summary>
public sealed class LineCounter
{
    private readonly LineOptions[] _lines;
    private readonly int _hysteresis;

    /// <summary>Creates the counter for a camera's lines.</summary>
    public LineCounter(IReadOnlyList<LineOptions> lines, int hysteresisFrames)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = [.. lines];
        _hysteresis = Math.Max(1, hysteresisFrames);
        var names = new string[_lines.Length];
        for (var i = 0; i < names.Length; i++) names[i] = _lines[i].Name;
        Counts = new LineCounts(names);
    }

    /// <summary>Counts per line, label and direction since start.</summary>
    public LineCounts Counts { get; }

    /// <summary>The configured line at an index.</summary>
    public LineOptions this[int index] => _lines[index];

    /// <summary>Updates every matched track; adds this frame's crossings to <paramref name="crossings"/> (cleared first).</summary>
    public void Update(IReadOnlyList<Track> tracks, int frameWidth, int frameHeight, List<LineCrossing> crossings)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(crossings);
        crossings.Clear();
        if (_lines.Length == 0) return;
        for (var t = 0; t < tracks.Count; t++)
        {
            var track = tracks[t];
            if (!track.Matched || track.State == TrackState.Removed) continue;
            track.LineStatus ??= new LineStatus[_lines.Length];
            var foot = track.Foot;
            var px = foot.X / frameWidth;
            var py = foot.Y / frameHeight;
            for (var l = 0; l < _lines.Length; l++)
            {
                if (!Applies(_lines[l], track.Label)) continue;
                ref var s = ref track.LineStatus[l];
                var side = SideOf(_lines[l], px, py);
                if (side == 0) continue;
                if (s.Side == 0 || side == s.Side)
                {
                    s.Side = side;
                    s.Pending = 0;
                    s.LastX = px;
                    s.LastY = py;
                    continue;
                }
                if (!track.WasConfirmed || ++s.Pending < _hysteresis) continue;
                var through = PathCrossesSegment(_lines[l], s.LastX, s.LastY, px, py);
                var direction = s.Side < 0 ? LineDirection.AToB : LineDirection.BToA;
                s.Side = side;
                s.Pending = 0;
                s.LastX = px;
                s.LastY = py;
                if (through) crossings.Add(new LineCrossing(track, l, direction, Counts.Add(l, track.Label, direction)));
            }
        }
    }

    /// <summary>+1 right of A→B on screen (y grows downwards), -1 left, 0 on the line.</summary>
    internal static int SideOf(LineOptions line, float x, float y)
    {
        var cross = ((line.B.X - line.A.X) * (y - line.A.Y)) - ((line.B.Y - line.A.Y) * (x - line.A.X));
        return cross > 0 ? 1 : cross < 0 ? -1 : 0;
    }

    /// <summary>True when the path P→Q meets the segment A–B (P and Q are known to lie on opposite sides of its line).</summary>
    private static bool PathCrossesSegment(LineOptions line, float px, float py, float qx, float qy)
    {
        var dx = qx - px;
        var dy = qy - py;
        var a = (dx * (line.A.Y - py)) - (dy * (line.A.X - px));
        var b = (dx * (line.B.Y - py)) - (dy * (line.B.X - px));
        return (a <= 0 && b >= 0) || (a >= 0 && b <= 0);
    }

    private static bool Applies(LineOptions line, string label)
    {
        if (line.Labels.Count == 0) return true;
        for (var i = 0; i < line.Labels.Count; i++)
        {
            if (string.Equals(line.Labels[i], label, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

/// <summary>Crossing counts per line, label and direction since the agent started; published for other stages.</summary>
public sealed class LineCounts
{
    private readonly Dictionary<(int Line, string Label, LineDirection Direction), int> _counts = [];
    private readonly string[] _lines;

    internal LineCounts(string[] lines) => _lines = lines;

    /// <summary>Line names in configuration order.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Crossings of a line by a label in a direction.</summary>
    public int Get(string line, string label, LineDirection direction)
    {
        var index = Array.IndexOf(_lines, line);
        return index >= 0 && _counts.TryGetValue((index, label, direction), out var n) ? n : 0;
    }

    /// <summary>Crossings of a line in a direction, all labels.</summary>
    public int Total(string line, LineDirection direction)
    {
        var index = Array.IndexOf(_lines, line);
        var total = 0;
        foreach (var (key, n) in _counts)
        {
            if (key.Line == index && key.Direction == direction) total += n;
        }
        return total;
    }

    internal int Add(int line, string label, LineDirection direction)
    {
        var key = (line, label, direction);
        _counts.TryGetValue(key, out var n);
        _counts[key] = ++n;
        return n;
    }
}
