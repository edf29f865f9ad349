using EdgeAgent.Imaging;
using EdgeAgent.Tracking.Zones;

namespace EdgeAgent.Tracking;

/// <summary>Lifecycle state of a track.</summary>
public enum TrackState
{
    /// <summary>Seen too few times to be trusted; no events yet.</summary>
    Tentative,

    /// <summary>Confirmed and currently matched.</summary>
    Confirmed,

    /// <summary>Confirmed but missed on recent frames (occluded); kept alive for a while on its prediction.</summary>
    Lost,

    /// <summary>Gone; its end event has been raised.</summary>
    Removed,
}

/// <summary>One tracked object as later stages see it (zones, faces, plates, left objects, events).</summary>
public sealed class Track
{
    /// <summary>Id unique per camera for the agent's lifetime.</summary>
    public long Id { get; init; }

    /// <summary>Detector class id.</summary>
    public int ClassId { get; set; }

    /// <summary>Label (person, car, backpack...).</summary>
    public string Label { get; set; } = "";

    /// <summary>Current box (the filtered estimate), frame pixels.</summary>
    public BoxF Box { get; set; }

    /// <summary>The box of the last matched detection, frame pixels: what was actually seen, never a prediction.</summary>
    public BoxF LastBox { get; set; }

    /// <summary>Capture time of the frame of the last matched detection (set by the tracking stage).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Score of the last matched detection.</summary>
    public float Score { get; set; }

    /// <summary>Score of the match before the last one (0 until there were two): a fall shows a fading object.</summary>
    public float PreviousScore { get; set; }

    /// <summary>Best detection score seen so far.</summary>
    public float BestScore { get; set; }

    /// <summary>Lifecycle state.</summary>
    public TrackState State { get; set; }

    /// <summary>True when the object has not moved for the configured time (a parked car, a left bag).</summary>
    public bool Stationary { get; set; }

    /// <summary>Stream time (seconds) of the first detection.</summary>
    public double FirstSeen { get; set; }

    /// <summary>Stream time (seconds) of the last matched detection.</summary>
    public double LastSeen { get; set; }

    /// <summary>Frames with a matched detection.</summary>
    public int Hits { get; set; }

    /// <summary>True when a detection was matched to the track on the current frame (false while only predicted).</summary>
    public bool Matched { get; set; }

    /// <summary>IoU of the box predicted for the last matched frame with the detection matched there (0 on a new track): how well the motion model follows the object.</summary>
    public float PredictionIou { get; set; }

    /// <summary>Estimated velocity of the box centre, pixels per second of stream time.</summary>
    public (float X, float Y) Velocity { get; set; }

    /// <summary>Bottom-centre of the box (where the object touches the ground), frame pixels; zones and lines use it.</summary>
    public (float X, float Y) Foot => (Box.CenterX, Box.Bottom);

    /// <summary>Stream time (seconds) the track last became stationary (valid while <see cref="Stationary"/>).</summary>
    public double StationarySince { get; set; }

    /// <summary>Seconds the track has gone unmatched on frames where the detector ran (what removal counts).</summary>
    public double LostSeconds { get; set; }

    /// <summary>Names of the zones the object is in now (after hysteresis).</summary>
    public IReadOnlyList<string> Zones => ZoneNames;

    /// <summary>Names of the zones the object has stayed in longer than their loiter time.</summary>
    public IReadOnlyList<string> Loitering => LoiterNames;

    /// <summary>True once the track was ever confirmed (it has or had an open object lifecycle).</summary>
    public bool WasConfirmed { get; internal set; }

    // Tracker state: the box filter, the class group used for matching, misses and the stationary anchor.
    internal KalmanBox Filter;
    internal int Group;
    internal int Misses;
    internal (float X, float Y) Anchor;
    internal double AnchorTime;
    internal int OutsideCount;
    internal bool StationaryChanged;
    internal bool WeakBirth;
    internal bool HeldStill;

    // Zone and line state, sized by the zone monitor and line counter on first sight.
    internal List<string> ZoneNames { get; } = new(2);
    internal List<string> LoiterNames { get; } = new(1);
    internal ZoneStatus[]? ZoneStatus;
    internal LineStatus[]? LineStatus;
    internal List<string> EnteredNow { get; } = new(1);
    internal List<string> LeftNow { get; } = new(1);
    internal List<string> LoiterStartedNow { get; } = new(1);

    // Lifecycle of the object events (new/update/end).
    internal bool Announced;
    internal float ReportedScore;
    internal double ReportedScoreTime;

    /// <summary>
    /// The box to publish in a <paramref name="width"/>×<paramref name="height"/> frame: the filtered box clipped to
    /// the frame, or, when the prediction has left the frame (a lost track walking off the edge), the last box seen.
    /// </summary>
    public BoxF ReportBox(int width, int height)
    {
        if (width <= 0 || height <= 0) return Box;
        var box = Box.Clip(width, height);
        return box.W >= 1 && box.H >= 1 ? box : SeenBox(width, height);
    }

    /// <summary>The last box seen, clipped to the frame and at least a pixel each way (detections are already clipped; this guards the wire).</summary>
    public BoxF SeenBox(int width, int height)
    {
        if (width <= 0 || height <= 0) return LastBox;
        var b = LastBox.Clip(width, height);
        var w = Math.Max(1, b.W);
        var h = Math.Max(1, b.H);
        return new BoxF(Math.Min(b.X, width - w), Math.Min(b.Y, height - h), w, h);
    }

    /// <summary>Clears what describes only the current frame.</summary>
    internal void BeginFrame()
    {
        Matched = false;
        StationaryChanged = false;
        EnteredNow.Clear();
        LeftNow.Clear();
        LoiterStartedNow.Clear();
    }
}

/// <summary>The tracker's view of the current frame: the tracks other stages may use; reused across frames.</summary>
public sealed class TrackSet
{
    /// <summary>Confirmed and lost tracks (not tentative, not removed).</summary>
    public List<Track> Active { get; } = new(64);

    /// <summary>Tracks that ended on this frame (their end events are raised by the tracker stage).</summary>
    public List<Track> Ended { get; } = new(8);

    /// <summary>Tentative tracks (not in <see cref="Active"/>): objects just found, not yet confirmed.</summary>
    public int Tentative { get; set; }
}
