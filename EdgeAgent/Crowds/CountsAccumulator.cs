using EdgeAgent.Events;

namespace EdgeAgent.Crowds;

/// <summary>
/// Gathers one camera's counts over an interval of stream time: per zone the min, max and mean of the smoothed
/// people and vehicle occupancy of every frame, per line the crossings each way, and closes the interval into one
/// <see cref="CountsEvent"/>. Intervals stay aligned to the first frame's time unless the stream skips a whole one.
/// </summary>
public sealed class CountsAccumulator
{
    private readonly string[] _zones;
    private readonly bool[] _zonePeople;
    private readonly bool[] _zoneVehicles;
    private readonly string[] _lines;
    private readonly bool[] _linePeople;
    private readonly bool[] _lineVehicles;
    private readonly double _interval;
    private readonly Stat[] _people;
    private readonly Stat[] _vehicles;
    private readonly int[] _flows; // [line * 4 + group * 2 + direction], group 0 people 1 vehicles, direction 0 ab 1 ba
    private double _start = double.NaN;
    private double _last;
    private DateTimeOffset _startCapture;

    /// <summary>Creates the accumulator; the flags say which groups each zone and line counts.</summary>
    public CountsAccumulator(TimeSpan interval, string[] zones, bool[] zonePeople, bool[] zoneVehicles, string[] lines, bool[] linePeople, bool[] lineVehicles)
    {
        _interval = interval.TotalSeconds;
        _zones = zones;
        _zonePeople = zonePeople;
        _zoneVehicles = zoneVehicles;
        _lines = lines;
        _linePeople = linePeople;
        _lineVehicles = lineVehicles;
        _people = new Stat[zones.Length];
        _vehicles = new Stat[zones.Length];
        _flows = new int[lines.Length * 4];
    }

    /// <summary>True when an interval is open.</summary>
    public bool Open => !double.IsNaN(_start);

    /// <summary>
    /// Starts the frame of stream time <paramref name="time"/>: closes the open interval into a message when this frame
    /// lies past its end (the frame itself then counts towards the next one), and opens one when none is.
    /// </summary>
    public CountsEvent? BeginFrame(double time, in EventOrigin origin)
    {
        CountsEvent? closed = null;
        if (Open && time >= _start + _interval)
        {
            closed = Close(origin, _interval, time);
            var next = _start + _interval;
            // A gap longer than an interval (the stream stalled): start afresh instead of sending empty intervals.
            _start = time - next >= _interval ? time : next;
            _startCapture = origin.CaptureTime.AddSeconds(_start - time);
        }
        else if (!Open)
        {
            _start = time;
            _startCapture = origin.CaptureTime;
        }
        _last = time;
        return closed;
    }

    /// <summary>Adds a zone's smoothed occupancy on the current frame.</summary>
    public void AddZone(int zone, float people, float vehicles)
    {
        _people[zone].Add(people);
        _vehicles[zone].Add(vehicles);
    }

    /// <summary>Adds one crossing on the current frame.</summary>
    public void AddCrossing(int line, bool vehicle, bool aToB) => _flows[(line * 4) + (vehicle ? 2 : 0) + (aToB ? 0 : 1)]++;

    /// <summary>Closes the open interval as a partial one (stream ended or restarted); null when none is open.</summary>
    public CountsEvent? Flush(in EventOrigin origin)
    {
        if (!Open) return null;
        var e = Close(origin, _last - _start, _last);
        _start = double.NaN;
        return e;
    }

    private CountsEvent Close(in EventOrigin origin, double duration, double time)
    {
        var zones = new ZoneTally[_zones.Length];
        for (var z = 0; z < zones.Length; z++)
        {
            zones[z] = new ZoneTally(_zones[z], _zonePeople[z] ? _people[z].Summary() : null, _zoneVehicles[z] ? _vehicles[z].Summary() : null);
            _people[z] = default;
            _vehicles[z] = default;
        }
        var lines = new LineTally[_lines.Length];
        for (var l = 0; l < lines.Length; l++)
        {
            var f = l * 4;
            lines[l] = new LineTally(
                _lines[l],
                _linePeople[l] ? new FlowCounts(_flows[f], _flows[f + 1]) : null,
                _lineVehicles[l] ? new FlowCounts(_flows[f + 2], _flows[f + 3]) : null);
        }
        Array.Clear(_flows);
        return new CountsEvent
        {
            Camera = origin.Camera,
            // The end of the interval, so the wire's ts and dur place it without a start field: measured back from the
            // frame that closes it, never forward from the start, since a file read faster than real time runs stream
            // seconds ahead of the clock (start + dur was then later than the publish time, and overlapped the next).
            CaptureTime = origin.CaptureTime.AddSeconds(_start + duration - time),
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Start = _startCapture,
            Duration = duration,
            Zones = zones,
            Lines = lines,
        };
    }

    private struct Stat
    {
        private float _min;
        private float _max;
        private double _sum;
        private int _n;

        public void Add(float v)
        {
            _min = _n == 0 ? v : MathF.Min(_min, v);
            _max = _n == 0 ? v : MathF.Max(_max, v);
            _sum += v;
            _n++;
        }

        public readonly OccupancySummary Summary() => _n == 0 ? default : new OccupancySummary(_min, _max, (float)(_sum / _n));
    }
}
