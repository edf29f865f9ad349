using EdgeAgent.Imaging;

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

    /// <summary>Score of the last matched detection.</summary>
    public float Score { get; set; }

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
}

/// <summary>The tracker's view of the current frame: the tracks other stages may use; reused across frames.</summary>
public sealed class TrackSet
{
    /// <summary>Confirmed and lost tracks (not tentative, not removed).</summary>
    public List<Track> Active { get; } = new(64);

    /// <summary>Tracks that ended on this frame (their end events are raised by the tracker stage).</summary>
    public List<Track> Ended { get; } = new(8);
}
