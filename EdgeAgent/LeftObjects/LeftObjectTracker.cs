using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tracking;

namespace EdgeAgent.LeftObjects;

/// <summary>
/// Decides which still objects are left behind and runs their alarms. Candidates come from bag tracks and static
/// blobs (merged when they overlap); each gets owners from <see cref="PersonHistory"/> when first noticed. A blob is
/// no candidate while it lies under (the widened box of) a recent detection of a vetoing label at any score above the
/// tracker's floor, when it is too big for an object beside the people seen at that distance, or when its bottom is
/// above every foot seen. The owner is gone only when every cue has said so for the grace: no person detection (weak
/// ones too) and no person track near the object, no motion where someone standing at it would be, no person-sized
/// still foreground touching it. The alarm starts T after that moment (or after the object arrived, if later) and
/// carries it; it ends when the object is gone (<c>removed</c>, or <c>reclaimed</c> when someone was at it), when an
/// owner comes back to it, or when it has stood so long it is scenery (<c>absorbed</c>). Works on stream time only.
/// </summary>
public sealed class LeftObjectTracker
{
    private const int MaxOwners = 3;

    /// <summary>Share of a blob or candidate a person or vehicle box must cover to stand for it (or hide it).</summary>
    private const float CoverShare = 0.3f;

    /// <summary>
    /// Seconds of detector runs after which a vetoing detection no longer vetoes the blobs under it. Only frames the
    /// detector ran on count: when it skips (nothing moves, nothing tracked) nothing can have left either, so a person
    /// who stood still until their track was dropped keeps vetoing the blob they make.
    /// </summary>
    private const double VetoMemory = 3;

    private const int MaxVetoMemory = 64;

    /// <summary>A blob at least this share of a person's height at its row is a person (standing still), not an object.</summary>
    private const float PersonShare = 0.6f;

    /// <summary>
    /// Share of <c>owner_distance</c> within which a person is at the object, not passing it: someone standing with a
    /// bag is within half a height of it; a passer-by a height away (less in the image, as depth is foreshortened)
    /// must not restart the owner's absence (ABODA video4's owner walks past at 0.7 of his height in the image).
    /// </summary>
    private const double AtShare = 1.0 / 3;

    private readonly LeftObjectOptions _options;
    private readonly HashSet<string> _labels;
    private readonly HashSet<string> _vetoing;
    private readonly NormalizedPolygon[] _zones;
    private readonly double[] _zoneAfter;
    private readonly PersonHistory _history = new();
    private readonly List<Candidate> _candidates = new(16);
    private readonly List<Observation> _observations = new(32);
    private readonly List<BoxF> _toAbsorb = new(4);
    private readonly List<(BoxF Box, double Age)> _vetoMemory = new(MaxVetoMemory);
    private readonly NormalizedPolygon[] _exclude;
    private long _nextId = 1;
    private double _lastTime = double.NaN;

    /// <summary>Creates the tracker from the camera's left-object options.</summary>
    public LeftObjectTracker(LeftObjectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _labels = new HashSet<string>(options.Labels, StringComparer.Ordinal);
        _vetoing = new HashSet<string>(options.Vetoing, StringComparer.Ordinal);
        _zones = new NormalizedPolygon[options.Zones.Count];
        _zoneAfter = new double[options.Zones.Count];
        for (var i = 0; i < _zones.Length; i++)
        {
            _zones[i] = new NormalizedPolygon(options.Zones[i].Polygon);
            _zoneAfter[i] = (options.Zones[i].After ?? options.After).TotalSeconds;
        }
        _exclude = [.. options.Exclude.Select(p => new NormalizedPolygon(p))];
    }

    /// <summary>The exclusion polygons, for the static detector's mask.</summary>
    public IReadOnlyList<NormalizedPolygon> Exclusions => _exclude;

    /// <summary>Boxes (frame pixels) whose content became scenery on the last update: the static detector should absorb them.</summary>
    public IReadOnlyList<BoxF> ToAbsorb => _toAbsorb;

    /// <summary>Candidates being watched (alarmed or not).</summary>
    public int CandidateCount => _candidates.Count;

    /// <summary>Adds the boxes of the candidates being watched to <paramref name="into"/> (diagnostics and tests).</summary>
    public void CandidateBoxes(List<BoxF> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var c in _candidates) into.Add(c.Box);
    }

    /// <summary>The zone polygons, for the static detector's mask.</summary>
    public IReadOnlyList<NormalizedPolygon> Zones => _zones;

    /// <summary>Updates every candidate with the current tracks, static blobs and the frame's other cues, and appends alarm events.</summary>
    public void Update(double time, List<Track> tracks, ReadOnlySpan<StaticBlob> blobs, in EventOrigin origin, List<AgentEvent> events, PresenceCues? cues = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(events);
        _toAbsorb.Clear();
        var dt = double.IsNaN(_lastTime) || time < _lastTime ? 0 : time - _lastTime;
        _lastTime = time;
        for (var i = 0; i < tracks.Count; i++)
        {
            var t = tracks[i];
            if (t.Label == "person" && t.State == TrackState.Confirmed) _history.Add(time, t);
        }
        if (cues is { DetectorRan: true })
        {
            foreach (var p in cues.People) _history.Add(time, 0, p);
        }
        RememberVetoes(cues, dt);

        CollectObservations(tracks, blobs, origin);
        foreach (var c in _candidates) c.SeenNow = false;
        Match(time, origin);
        for (var i = _candidates.Count - 1; i >= 0; i--)
        {
            var c = _candidates[i];
            if (!c.SeenNow && Hidden(c, tracks)) c.LastSeen = time;
            if (time - c.LastSeen > _options.MissingGrace.TotalSeconds)
            {
                if (c.Alarmed) End(c, GoneReason(c, time, out var by), by, time, origin, events);
                _candidates.RemoveAt(i);
                continue;
            }
            if (c.Moved)
            {
                // Picked up and carried: whoever carries it is at it, so it is reclaimed, never "removed".
                if (c.Alarmed)
                {
                    var who = _history.Nearest(Foot(c.Box).X, Foot(c.Box).Y, time - 1, time, _options.OwnerDistance);
                    End(c, "reclaimed", IsOwner(c, who) ? "owner" : "other", time, origin, events);
                }
                Restart(c, time);
            }
            UpdateOwners(c, tracks, time);
            if (OwnerPresent(c, tracks, blobs, cues)) c.PresentAt = time;
            Raise(c, time, origin, events);
        }
    }

    /// <summary>The stream ended: ends every open alarm and forgets all candidates and the person history.</summary>
    public void Flush(double time, in EventOrigin origin, List<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var c in _candidates)
        {
            if (c.Alarmed) End(c, "stream_end", "", time, origin, events);
        }
        _candidates.Clear();
        _history.Clear();
        _vetoMemory.Clear();
        _lastTime = double.NaN;
    }

    /// <summary>Refreshes the boxes of vetoing detections and ages those not seen again on frames the detector ran.</summary>
    private void RememberVetoes(PresenceCues? cues, double dt)
    {
        if (cues is not { DetectorRan: true }) return;
        for (var i = _vetoMemory.Count - 1; i >= 0; i--)
        {
            var (box, age) = _vetoMemory[i];
            if (age + dt > VetoMemory) _vetoMemory.RemoveAt(i);
            else _vetoMemory[i] = (box, age + dt);
        }
        foreach (var d in cues.Vetoing)
        {
            var box = Widen(d);
            var slot = -1;
            for (var i = 0; i < _vetoMemory.Count && slot < 0; i++) if (_vetoMemory[i].Box.IoU(box) >= 0.5f) slot = i;
            if (slot >= 0) _vetoMemory[slot] = (box, 0);
            else if (_vetoMemory.Count < MaxVetoMemory) _vetoMemory.Add((box, 0));
        }
    }

    /// <summary>A detection's box widened to what it stands on and casts: feet, shadow, the bag it holds.</summary>
    private static BoxF Widen(in BoxF d) => new(d.X - (0.15f * d.W), d.Y - (0.05f * d.H), 1.3f * d.W, 1.15f * d.H);

    private bool UnderVetoing(in BoxF blob)
    {
        foreach (var (box, _) in _vetoMemory) if (Covered(blob, box) >= 0.5f) return true;
        return false;
    }

    /// <summary>Height of a person whose feet are at <paramref name="row"/>, from the people seen; or an estimate from the object when nobody was.</summary>
    private float PersonHeightAt(float row, in BoxF fallback) =>
        _history.TryPerspective(row, out var h, out _) ? h : 3 * Math.Max(fallback.H, fallback.W);

    /// <summary>False for a static blob that cannot be an object on the floor: person-sized or larger, or above every foot seen.</summary>
    private bool Plausible(in BoxF blob)
    {
        if (!_history.TryPerspective(blob.Bottom, out var h, out var topFoot)) return true;
        if (blob.H > PersonShare * h || blob.W > 1.5f * h) return false;
        // A height above the farthest feet seen: still floor perhaps, if nobody walked that far yet; higher is wall.
        return blob.Bottom >= topFoot - PersonHeightAt(topFoot, blob);
    }

    /// <summary>True when any cue puts a person at the candidate now (a detector frame that did not run keeps the last detector answer).</summary>
    private bool OwnerPresent(Candidate c, List<Track> tracks, ReadOnlySpan<StaticBlob> blobs, PresenceCues? cues)
    {
        var (fx, fy) = Foot(c.Box);
        var near = Widen(c.Box);
        if (cues is { DetectorRan: true })
        {
            c.DetectedNear = false;
            foreach (var p in cues.People)
            {
                var d = MathF.Sqrt(((p.CenterX - fx) * (p.CenterX - fx)) + ((p.Bottom - fy) * (p.Bottom - fy))) / Math.Max(1f, p.H);
                if (d > AtShare * _options.OwnerDistance && Covered(c.Box, p) < CoverShare) continue;
                c.DetectedNear = true;
                break;
            }
        }
        if (c.DetectedNear) return true;
        for (var i = 0; i < tracks.Count; i++)
        {
            var t = tracks[i];
            if (t.Label == "person" && t.State != TrackState.Removed && PersonHistory.Distance(t, fx, fy) <= AtShare * _options.OwnerDistance) return true;
        }
        var h = PersonHeightAt(c.Box.Bottom, c.Box);
        if (cues?.Motion is { } motion)
        {
            // Someone moving where a person at the object would stand: a body's height above it, a quarter to each side.
            var at = new BoxF(c.Box.X - (0.25f * h), c.Box.Bottom - h, c.Box.W + (0.5f * h), 1.1f * h);
            foreach (var m in motion)
            {
                if (Covered(m, at) < 0.5f || m.Bottom < c.Box.Y || Covered(m, c.Box) > 0.8f) continue;
                return true;
            }
        }
        foreach (var b in blobs)
        {
            if (b.Box.IoU(c.Box) >= 0.5f || b.Box.IoU(near) <= 0) continue;
            if (b.Box.H >= PersonShare * h) return true;
        }
        return false;
    }

    private void CollectObservations(List<Track> tracks, ReadOnlySpan<StaticBlob> blobs, in EventOrigin origin)
    {
        _observations.Clear();
        for (var i = 0; i < tracks.Count; i++)
        {
            var t = tracks[i];
            if (_labels.Contains(t.Label)) _observations.Add(new Observation(t.Box, t.Id, t.Label, FromTrack: true, FromStatic: false, Age: 0, Vetoed: false, Ghost: false));
        }
        foreach (var b in blobs)
        {
            var merged = false;
            for (var i = 0; i < _observations.Count; i++)
            {
                var o = _observations[i];
                if (!o.FromTrack || (o.Box.IoU(b.Box) < 0.2f && !Inside(o.Box, b.Box.CenterX, b.Box.CenterY))) continue;
                _observations[i] = o with { FromStatic = true, Age = b.Age };
                merged = true;
                break;
            }
            if (merged) continue;
            var vetoed = false;
            for (var i = 0; i < tracks.Count && !vetoed; i++)
            {
                var t = tracks[i];
                vetoed = _vetoing.Contains(t.Label) && Covered(b.Box, t.Box) >= CoverShare;
            }
            // Under a train or a person the tracker never confirmed, or no object by size and place: seen, never new.
            vetoed = vetoed || UnderVetoing(b.Box) || !Plausible(b.Box) || Excluded(b.Box, origin);
            _observations.Add(new Observation(b.Box, 0, "object", FromTrack: false, FromStatic: true, b.Age, vetoed, b.Ghost));
        }
    }

    private void Match(double time, in EventOrigin origin)
    {
        foreach (var o in _observations)
        {
            Candidate? best = null;
            var bestIoU = 0.3f;
            foreach (var c in _candidates)
            {
                if (c.SeenNow) continue;
                if (o.TrackId != 0 && c.TrackId == o.TrackId)
                {
                    best = c;
                    break;
                }
                // A blob grows as its pixels gather evidence: one that holds the candidate's centre is the same object.
                var iou = Math.Max(c.Box.IoU(o.Box), o.FromStatic && !o.FromTrack && Inside(o.Box, c.Box.CenterX, c.Box.CenterY) ? 0.31f : 0f);
                if (iou > bestIoU)
                {
                    best = c;
                    bestIoU = iou;
                }
            }
            if (best is not null)
            {
                Observe(best, o, time);
                continue;
            }
            // A blob under a person or car is that person or car standing still, never a new left object.
            if (o.Vetoed) continue;
            if (o.Ghost)
            {
                // The scene showing again where something stood (a removal, not an arrival): take it in and never
                // raise it. Judged only here, when a blob is new: an established object's outline may blur into a
                // neighbour's for a frame, and a blob may first pass the shape filters long after it began.
                _toAbsorb.Add(o.Box);
                continue;
            }
            var zone = ZoneOf(o.Box, origin);
            if (zone < -1 || Excluded(o.Box, origin)) continue;
            var c2 = new Candidate { Id = _nextId++, Zone = zone, Box = o.Box, Label = o.Label, TrackId = o.TrackId };
            c2.Anchor = (o.Box.CenterX, o.Box.CenterY);
            // A blob shows only after the fast background took the object in and its evidence built up; date it back.
            c2.Since = o.FromStatic && !o.FromTrack ? time - o.Age - _options.Static.FastTime.TotalSeconds : time;
            c2.LastSeen = time;
            c2.SeenNow = true;
            c2.FromTrack = o.FromTrack;
            c2.FromStatic = o.FromStatic;
            var (fx, fy) = Foot(o.Box);
            c2.OwnerCount = _history.Closest(fx, fy, c2.Since - _options.OwnerHistory.TotalSeconds, time, _options.OwnerDistance, c2.Owners);
            for (var k = 0; k < MaxOwners; k++) c2.OwnerAway[k] = double.NaN;
            // Noticed seconds after it arrived: whoever stood at it in between may have left already.
            c2.PresentAt = _history.LastNear(fx, fy, c2.Since - _options.OwnerHistory.TotalSeconds, time, AtShare * _options.OwnerDistance);
            _candidates.Add(c2);
        }
    }

    private void Observe(Candidate c, in Observation o, double time)
    {
        c.SeenNow = true;
        if (o.Vetoed)
        {
            // Someone stands on it: it is still there, hidden, but the box is theirs, not the object's.
            c.LastSeen = time;
            return;
        }
        if (o.FromTrack)
        {
            c.TrackId = o.TrackId;
            c.Label = o.Label;
            c.FromTrack = true;
            var radius = _options.MoveRadius * (o.Box.W + o.Box.H) / 2;
            var dx = o.Box.CenterX - c.Anchor.X;
            var dy = o.Box.CenterY - c.Anchor.Y;
            if ((dx * dx) + (dy * dy) > radius * radius) c.Moved = true;
        }
        if (o.FromStatic)
        {
            c.FromStatic = true;
            // The blob's own evidence may date the object earlier than the moment it was noticed.
            var dated = time - o.Age - _options.Static.FastTime.TotalSeconds;
            if (!o.FromTrack && !c.FromTrack && dated < c.Since && !c.Alarmed) c.Since = dated;
        }
        c.Box = o.Box;
        c.LastSeen = time;
    }

    private static void Restart(Candidate c, double time)
    {
        c.Moved = false;
        c.Alarmed = false;
        c.Since = time;
        c.Anchor = (c.Box.CenterX, c.Box.CenterY);
        c.Absorbed = false;
    }

    private void UpdateOwners(Candidate c, List<Track> tracks, double time)
    {
        var (fx, fy) = Foot(c.Box);
        var anyNear = false;
        for (var k = 0; k < c.OwnerCount; k++)
        {
            var near = false;
            var alive = false;
            for (var i = 0; i < tracks.Count; i++)
            {
                var t = tracks[i];
                if (t.Id != c.Owners[k]) continue;
                alive = t.State != TrackState.Removed;
                near = alive && PersonHistory.Distance(t, fx, fy) <= _options.OwnerDistance;
                break;
            }
            if (!alive) c.OwnerAway[k] = double.NegativeInfinity;
            else if (near) c.OwnerAway[k] = double.NaN;
            else if (double.IsNaN(c.OwnerAway[k])) c.OwnerAway[k] = time;
            anyNear |= near;
        }
        if (!anyNear) c.OwnerNear = double.NaN;
        else if (double.IsNaN(c.OwnerNear)) c.OwnerNear = time;
    }

    private void Raise(Candidate c, double time, in EventOrigin origin, List<AgentEvent> events)
    {
        if (c.Absorbed) return;
        var still = time - c.Since;
        if (still >= _options.MaxAge.TotalSeconds)
        {
            // It has stood so long it belongs to the scene: stop watching it and let the static detector take it in.
            if (c.Alarmed) End(c, "absorbed", "", time, origin, events);
            c.Absorbed = true;
            _toAbsorb.Add(c.Box);
            return;
        }
        var after = c.Zone >= 0 ? _zoneAfter[c.Zone] : _options.After.TotalSeconds;
        if (!c.Alarmed)
        {
            // T counts from the moment the owner left (the last cue of anyone at it), or from its arrival if later.
            var left = double.IsNaN(c.PresentAt) ? c.Since : Math.Max(c.Since, c.PresentAt);
            var gone = double.IsNaN(c.PresentAt) || time - c.PresentAt >= _options.OwnerGrace.TotalSeconds;
            if (time - left < after || !gone) return;
            c.Alarmed = true;
            c.LastReport = time;
            events.Add(Event(c, "start", "", "", time, origin));
            return;
        }
        if (!double.IsNaN(c.OwnerNear) && time - c.OwnerNear >= _options.OwnerGrace.TotalSeconds)
        {
            // The owner came back and stays with it: the alarm is over; if they walk off again it starts anew.
            End(c, "reclaimed", "owner", time, origin, events);
            c.Since = time;
            return;
        }
        if (time - c.LastReport >= _options.UpdateInterval.TotalSeconds)
        {
            c.LastReport = time;
            events.Add(Event(c, "update", "", "", time, origin));
        }
    }

    private string GoneReason(Candidate c, double time, out string by)
    {
        var (fx, fy) = Foot(c.Box);
        var who = _history.Nearest(fx, fy, c.LastSeen - _options.MissingGrace.TotalSeconds, time, _options.OwnerDistance);
        by = who == 0 ? "" : IsOwner(c, who) ? "owner" : "other";
        return who == 0 ? "removed" : "reclaimed";
    }

    private void End(Candidate c, string reason, string by, double time, in EventOrigin origin, List<AgentEvent> events)
    {
        c.Alarmed = false;
        events.Add(Event(c, "end", reason, by, time, origin));
        c.Id = _nextId++;
    }

    private LeftObjectEvent Event(Candidate c, string phase, string reason, string by, double time, in EventOrigin origin)
    {
        var owners = c.OwnerCount == 0 ? [] : new long[c.OwnerCount];
        for (var k = 0; k < owners.Length; k++) owners[k] = c.Owners[k];
        return new LeftObjectEvent
        {
            Camera = origin.Camera,
            CaptureTime = origin.CaptureTime,
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Phase = phase,
            ObjectId = c.Id,
            Label = c.Label,
            Box = c.Box,
            FrameWidth = origin.Width,
            FrameHeight = origin.Height,
            Since = Math.Max(0, time - c.Since),
            OwnerLeft = double.IsNaN(c.PresentAt) ? null : origin.CaptureTime.AddSeconds(c.PresentAt - time),
            Source = c.FromTrack && c.FromStatic ? "both" : c.FromTrack ? "detector" : "static",
            Owners = owners,
            Zone = c.Zone >= 0 ? _options.Zones[c.Zone].Name : "",
            Reason = reason,
            By = by,
        };
    }

    private static bool IsOwner(Candidate c, long track)
    {
        for (var k = 0; k < c.OwnerCount; k++) if (c.Owners[k] == track) return true;
        return false;
    }

    /// <summary>True when a person or vehicle stands over the candidate, so not seeing it says nothing.</summary>
    private bool Hidden(Candidate c, List<Track> tracks)
    {
        for (var i = 0; i < tracks.Count; i++)
        {
            var t = tracks[i];
            if (t.Id != c.TrackId && _vetoing.Contains(t.Label) && Covered(c.Box, t.Box) >= CoverShare) return true;
        }
        return false;
    }

    /// <summary>Index of the zone the box stands in, -1 without zones, -2 when zones are set and it is in none.</summary>
    private int ZoneOf(in BoxF box, in EventOrigin origin)
    {
        if (_zones.Length == 0) return -1;
        var (x, y) = Foot(box);
        for (var i = 0; i < _zones.Length; i++)
        {
            if (_zones[i].Contains(x / Math.Max(1, origin.Width), y / Math.Max(1, origin.Height))) return i;
        }
        return -2;
    }

    private bool Excluded(in BoxF box, in EventOrigin origin)
    {
        var (x, y) = Foot(box);
        foreach (var e in _exclude) if (e.Contains(x / Math.Max(1, origin.Width), y / Math.Max(1, origin.Height))) return true;
        return false;
    }

    private static (float X, float Y) Foot(in BoxF b) => (b.CenterX, b.Bottom);

    private static bool Inside(in BoxF b, float x, float y) => x >= b.X && x <= b.Right && y >= b.Y && y <= b.Bottom;

    /// <summary>Share of <paramref name="box"/> covered by <paramref name="cover"/>.</summary>
    private static float Covered(in BoxF box, in BoxF cover)
    {
        var ix = Math.Min(box.Right, cover.Right) - Math.Max(box.X, cover.X);
        var iy = Math.Min(box.Bottom, cover.Bottom) - Math.Max(box.Y, cover.Y);
        if (ix <= 0 || iy <= 0 || box.Area <= 0) return 0;
        return ix * iy / box.Area;
    }

    private readonly record struct Observation(BoxF Box, long TrackId, string Label, bool FromTrack, bool FromStatic, float Age, bool Vetoed, bool Ghost);

    private sealed class Candidate
    {
        public long Id;
        public int Zone;
        public BoxF Box;
        public string Label = "object";
        public long TrackId;
        public (float X, float Y) Anchor;
        public double Since;
        public double LastSeen;
        public double LastReport;
        public bool SeenNow;
        public bool Moved;
        public bool FromTrack;
        public bool FromStatic;
        public bool Alarmed;
        public bool Absorbed;
        public readonly long[] Owners = new long[MaxOwners];
        public readonly double[] OwnerAway = new double[MaxOwners];
        public int OwnerCount;
        public double OwnerNear = double.NaN;
        public double PresentAt = double.NaN;
        public bool DetectedNear;
    }
}
