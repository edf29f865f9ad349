using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Tracking;

namespace EdgeAgent.Crowds;

/// <summary>
/// Per-frame zone analytics of one camera on top of the tracker: smoothed occupancy per zone, overcrowding alarms
/// (<see cref="CrowdEvent"/>) and periodic counts (<see cref="CountsEvent"/>) built from zone occupancy and the
/// tracker's line crossings. Everything is sized at construction; a frame allocates only the events it raises.
/// </summary>
public sealed class ZoneAnalytics
{
    /// <summary>Heatmap cells below this are the background's noise floor, not part of a person.</summary>
    private const float HeatFloor = 0.05f;

    /// <summary>A weak detection overlapping a counted track or a strong detection this much is the same person again.</summary>
    private const float SamePerson = 0.3f;

    /// <summary>Seconds a tracked person's place is remembered for weak detections (refreshed while one is seen there).</summary>
    private const double PlaceMemory = 60;

    private readonly Zone[] _zones;
    private readonly string[] _lineNames;
    private readonly bool[] _linePeople;
    private readonly bool[] _lineVehicles;
    private readonly string[] _people;
    private readonly string[] _vehicles;
    private readonly CountsAccumulator? _counts;
    private readonly float _weakFloor;
    private readonly PersonPlaces _places = new(128, PlaceMemory);
    private EventOrigin _last;
    private double _lastTime;
    private bool _seen;

    /// <summary>Creates the analytics for a camera's zones, lines and counts options.</summary>
    public ZoneAnalytics(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        _people = [.. camera.Counts.People];
        _vehicles = [.. camera.Counts.Vehicles];
        _weakFloor = (float)camera.Counts.WeakPeople;
        _zones = new Zone[camera.Zones.Count];
        var zoneNames = new string[_zones.Length];
        var zonePeople = new bool[_zones.Length];
        var zoneVehicles = new bool[_zones.Length];
        for (var z = 0; z < _zones.Length; z++)
        {
            var o = camera.Zones[z];
            _zones[z] = new Zone(o, camera.Counts.Window);
            zoneNames[z] = o.Name;
            zonePeople[z] = AppliesToAny(o.Labels, _people);
            zoneVehicles[z] = AppliesToAny(o.Labels, _vehicles);
        }
        _lineNames = new string[camera.Lines.Count];
        _linePeople = new bool[_lineNames.Length];
        _lineVehicles = new bool[_lineNames.Length];
        for (var l = 0; l < _lineNames.Length; l++)
        {
            _lineNames[l] = camera.Lines[l].Name;
            _linePeople[l] = AppliesToAny(camera.Lines[l].Labels, _people);
            _lineVehicles[l] = AppliesToAny(camera.Lines[l].Labels, _vehicles);
        }
        if (camera.Counts.Interval > TimeSpan.Zero && (_zones.Length > 0 || _lineNames.Length > 0))
        {
            _counts = new CountsAccumulator(camera.Counts.Interval, zoneNames, zonePeople, zoneVehicles, _lineNames, _linePeople, _lineVehicles);
        }
    }

    /// <summary>Smoothed people occupancy of a zone (its crowd estimate when it has an alarm) after the last frame.</summary>
    public float People(int zone) => _zones[zone].PeopleNow;

    /// <summary>Smoothed vehicle occupancy of a zone after the last frame.</summary>
    public float Vehicles(int zone) => _zones[zone].VehiclesNow;

    /// <summary>The calibration of a zone's dense-crowd method (for diagnostics and tests).</summary>
    public DensityCalibration Calibration(int zone) => _zones[zone].Calibration;

    /// <summary>
    /// Updates the analytics with the frame's live tracks (their zones already set by the zone monitor), the people
    /// the detector saw but no counted track covers (<paramref name="detections"/>; kept from its last run on frames
    /// it skipped) and the optional dense-crowd signals; reads the frame's line crossings from
    /// <paramref name="events"/> and appends crowd and counts events to it.
    /// </summary>
    public void Update(IReadOnlyList<Track> tracks, double time, in EventOrigin origin, MotionResult? motion, PersonHeatmap? heatmap, List<AgentEvent> events, DetectionResult? detections = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(events);
        _last = origin;
        _lastTime = time;
        _seen = true;
        var raised = events.Count;
        if (_counts?.BeginFrame(time, origin) is { } closed) events.Add(closed);
        if (_counts is not null) CountCrossings(events, raised);

        for (var z = 0; z < _zones.Length; z++) _zones[z].BeginFrame();
        if (detections is { Ran: true } && _zones.Length > 0) CountUntracked(detections, tracks, time, origin.Width, origin.Height);
        for (var t = 0; t < tracks.Count; t++)
        {
            var track = tracks[t];
            if (!Counted(track) || track.ZoneStatus is not { } status) continue;
            var person = Contains(_people, track.Label);
            var vehicle = Contains(_vehicles, track.Label);
            var moving = track.Matched && IsMoving(track);
            for (var z = 0; z < _zones.Length && z < status.Length; z++)
            {
                if (!status[z].Inside) continue;
                var zone = _zones[z];
                if (person) zone.People++;
                if (vehicle) zone.Vehicles++;
                if (zone.Crowd is { } crowd && Contains(crowd.Labels, track.Label))
                {
                    zone.Crowded++;
                    if (track.Matched) zone.CrowdedMatched++;
                    if (moving) zone.CrowdedMoving++;
                }
            }
        }

        for (var z = 0; z < _zones.Length; z++)
        {
            var zone = _zones[z];
            zone.People += zone.Untracked;
            zone.Crowded += zone.UntrackedCrowd;
            var vehicles = zone.VehicleWindow.Add(time, zone.Vehicles);
            float people;
            if (zone.Crowd is { } crowd)
            {
                people = zone.CrowdWindow.Add(time, Estimate(zone, crowd, origin, motion, heatmap));
                var phase = zone.Alarm!.Update(time, people);
                if (phase != CrowdPhase.None) events.Add(CrowdEventOf(zone, phase, people, time, origin));
            }
            else
            {
                people = zone.PeopleWindow.Add(time, zone.People);
            }
            zone.PeopleNow = people;
            zone.VehiclesNow = vehicles;
            _counts?.AddZone(z, people, vehicles);
        }
    }

    /// <summary>The stream ended or restarts: ends open alarms and sends the partial counts interval.</summary>
    public void Flush(List<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (!_seen) return;
        foreach (var zone in _zones)
        {
            if (zone.Alarm is { } alarm && alarm.EndNow()) events.Add(CrowdEventOf(zone, CrowdPhase.End, zone.PeopleNow, _lastTime, _last));
            zone.PeopleWindow.Clear();
            zone.VehicleWindow.Clear();
            zone.CrowdWindow.Clear();
            zone.Untracked = 0;
            zone.UntrackedCrowd = 0;
        }
        _places.Clear();
        if (_counts?.Flush(_last) is { } partial) events.Add(partial);
        _seen = false;
    }

    private static float Estimate(Zone zone, CrowdOptions crowd, in EventOrigin origin, MotionResult? motion, PersonHeatmap? heatmap)
    {
        switch (crowd.Method)
        {
            case CrowdMethods.Heatmap when heatmap is { Valid: true }:
            {
                var mass = zone.HeatMass(heatmap, origin.Width, origin.Height);
                zone.Calibration.Learn(mass, zone.CrowdedMatched, crowd.CalibrateBelow);
                return zone.Calibration.Estimate(mass, zone.Crowded);
            }
            case CrowdMethods.Motion when motion is not null && !motion.Mask.IsEmpty:
            {
                var area = zone.MovingCells(motion);
                // Standing people make no motion: learn only from those walking, or the scale comes out too small.
                zone.Calibration.Learn(area, zone.CrowdedMoving, crowd.CalibrateBelow);
                return zone.Calibration.Estimate(area, zone.Crowded);
            }
            default:
                // Tracks, or a frame without the signal (detector skipped, regions mode, motion warming up).
                return zone.Calibration.Estimate(0, zone.Crowded);
        }
    }

    private static CrowdEvent CrowdEventOf(Zone zone, CrowdPhase phase, float count, double time, in EventOrigin origin)
    {
        var alarm = zone.Alarm!;
        var id = Guid.CreateVersion7();
        if (phase == CrowdPhase.Start) zone.AlarmId = id;
        return new CrowdEvent
        {
            Id = id,
            Camera = origin.Camera,
            CaptureTime = origin.CaptureTime,
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Phase = phase switch { CrowdPhase.Start => "start", CrowdPhase.Update => "update", _ => "end" },
            Zone = zone.Name,
            Alarm = zone.AlarmId,
            Method = zone.Crowd!.Method,
            Count = count,
            Threshold = zone.Crowd.Threshold,
            Peak = phase == CrowdPhase.Start ? null : alarm.Peak,
            Duration = phase == CrowdPhase.Start ? null : Math.Max(0, time - alarm.StartedAt),
        };
    }

    private static bool Counted(Track track) => track.State is not (TrackState.Removed or TrackState.Tentative);

    /// <summary>
    /// Tallies per zone the people of this detector run that no counted track covers, where a tracked person was
    /// lately (<see cref="PersonPlaces"/>). A tentative track does not cover: it is not counted yet, and the weak
    /// detection is often the very person it is forming from.
    /// </summary>
    private void CountUntracked(DetectionResult detections, IReadOnlyList<Track> tracks, double time, int width, int height)
    {
        for (var t = 0; t < tracks.Count; t++)
        {
            var track = tracks[t];
            if (Counted(track) && track.Matched && Contains(_people, track.Label)) _places.Saw(track.Id, track.Box, time);
        }
        foreach (var zone in _zones)
        {
            zone.Untracked = 0;
            zone.UntrackedCrowd = 0;
        }
        if (width <= 0 || height <= 0) return;
        foreach (var d in detections.Weak)
        {
            if (d.Score < _weakFloor || !Contains(_people, d.Label) || Covered(d.Box, tracks, detections.Items) || !_places.Near(d.Box, time)) continue;
            var fx = d.Box.CenterX / width;
            var fy = d.Box.Bottom / height;
            foreach (var zone in _zones)
            {
                if (!zone.Counts(d.Label) || !zone.Contains(fx, fy)) continue;
                zone.Untracked++;
                if (zone.Crowd is { } crowd && Contains(crowd.Labels, d.Label)) zone.UntrackedCrowd++;
            }
        }
    }

    private static bool Covered(in BoxF box, IReadOnlyList<Track> tracks, List<Detection.Detection> strong)
    {
        for (var t = 0; t < tracks.Count; t++)
        {
            if (Counted(tracks[t]) && tracks[t].Box.IoU(box) >= SamePerson) return true;
        }
        foreach (var s in strong)
        {
            if (s.Box.IoU(box) >= SamePerson) return true;
        }
        return false;
    }

    private void CountCrossings(List<AgentEvent> events, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (events[i] is not LineCrossingEvent c) continue;
            var line = Array.IndexOf(_lineNames, c.Line);
            if (line < 0) continue;
            var aToB = c.Direction == "ab";
            if (_linePeople[line] && Contains(_people, c.Label)) _counts!.AddCrossing(line, vehicle: false, aToB);
            if (_lineVehicles[line] && Contains(_vehicles, c.Label)) _counts!.AddCrossing(line, vehicle: true, aToB);
        }
    }

    /// <summary>Walking, not shuffling: the box centre moves at least a fifth of the box height per second.</summary>
    private static bool IsMoving(Track track)
    {
        var (vx, vy) = track.Velocity;
        var min = 0.2f * track.Box.H;
        return (vx * vx) + (vy * vy) >= min * min;
    }

    private static bool Contains(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when a zone or line with these labels (empty: all) counts any of <paramref name="group"/>.</summary>
    private static bool AppliesToAny(IReadOnlyList<string> labels, string[] group)
    {
        if (labels.Count == 0) return group.Length > 0;
        foreach (var g in group)
        {
            if (Contains(labels, g)) return true;
        }
        return false;
    }

    /// <summary>One zone's state: this frame's tallies, the smoothing windows, the alarm and the dense-crowd scale.</summary>
    private sealed class Zone
    {
        private readonly NormalizedPolygon _polygon;
        private int[] _heatCells = [];
        private (int W, int H, int Stride, InputTransform T, int FW, int FH) _heatKey;
        private int[] _motionCells = [];
        private (int W, int H) _motionKey;

        private readonly IReadOnlyList<string> _labels;

        public Zone(ZoneOptions options, TimeSpan window)
        {
            Name = options.Name;
            _labels = options.Labels;
            Crowd = options.Crowd;
            _polygon = new NormalizedPolygon(options.Polygon);
            PeopleWindow = new OccupancyWindow(window);
            VehicleWindow = new OccupancyWindow(window);
            CrowdWindow = new OccupancyWindow(window);
            if (Crowd is not null) Alarm = new CrowdAlarm(Crowd);
        }

        public string Name { get; }
        public CrowdOptions? Crowd { get; }
        public CrowdAlarm? Alarm { get; }
        public Guid AlarmId { get; set; }
        public OccupancyWindow PeopleWindow { get; }
        public OccupancyWindow VehicleWindow { get; }
        public OccupancyWindow CrowdWindow { get; }
        public DensityCalibration Calibration { get; } = new();
        public float PeopleNow { get; set; }
        public float VehiclesNow { get; set; }

        // This frame's tallies of live tracks inside the zone.
        public int People;
        public int Vehicles;
        public int Crowded;
        public int CrowdedMatched;
        public int CrowdedMoving;

        // People of the detector's last run inside the zone that no counted track covers; kept over frames it skipped.
        public int Untracked;
        public int UntrackedCrowd;

        /// <summary>True when the zone counts <paramref name="label"/> (no labels: every one).</summary>
        public bool Counts(string label) => _labels.Count == 0 || ZoneAnalytics.Contains(_labels, label);

        /// <summary>True when the normalised point is inside the zone.</summary>
        public bool Contains(float x, float y) => _polygon.Contains(x, y);

        public void BeginFrame()
        {
            People = 0;
            Vehicles = 0;
            Crowded = 0;
            CrowdedMatched = 0;
            CrowdedMoving = 0;
        }

        /// <summary>Sum of the person heatmap over the cells whose point (an object's centre, not its feet) is in the zone.</summary>
        public float HeatMass(PersonHeatmap map, int frameWidth, int frameHeight)
        {
            var key = (map.Width, map.Height, map.Stride, map.Transform, frameWidth, frameHeight);
            if (key != _heatKey)
            {
                _heatKey = key;
                var cells = new List<int>();
                for (var y = 0; y < map.Height; y++)
                {
                    var fy = map.FrameY(y) / frameHeight;
                    for (var x = 0; x < map.Width; x++)
                    {
                        if (_polygon.Contains(map.FrameX(x) / frameWidth, fy)) cells.Add((y * map.Width) + x);
                    }
                }
                _heatCells = [.. cells];
            }
            var values = map.Values;
            var sum = 0f;
            foreach (var i in _heatCells)
            {
                var v = values[i];
                if (v >= HeatFloor) sum += v;
            }
            return sum;
        }

        /// <summary>Moving cells of the motion grid inside the zone.</summary>
        public float MovingCells(MotionResult motion)
        {
            var key = (motion.MaskWidth, motion.MaskHeight);
            if (key != _motionKey)
            {
                _motionKey = key;
                var grid = new byte[key.MaskWidth * key.MaskHeight];
                _polygon.Rasterize(grid, key.MaskWidth, key.MaskHeight, 1);
                var cells = new List<int>();
                for (var i = 0; i < grid.Length; i++)
                {
                    if (grid[i] != 0) cells.Add(i);
                }
                _motionCells = [.. cells];
            }
            var mask = motion.Mask.Span;
            var n = 0;
            foreach (var i in _motionCells) n += mask[i];
            return n;
        }
    }
}
