namespace EdgeAgent.Configuration;

/// <summary>How detections become tracks: association thresholds, track lifetimes and the stationary rule.</summary>
public sealed record TrackingOptions
{
    /// <summary>Labels that may take each other's tracks (a detector often flips car/truck/bus on one vehicle).</summary>
    public static readonly string[] DefaultClassAgnostic = ["car", "truck", "bus"];

    /// <summary>Matched frames before a track is confirmed and reported.</summary>
    public int MinHits { get; init; } = 3;

    /// <summary>How long a confirmed track survives unmatched (occlusion) before it ends.</summary>
    public TimeSpan MaxLost { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Detections at or above this score are associated first and may start tracks; lower ones only extend tracks.</summary>
    public double HighScore { get; init; } = 0.4;

    /// <summary>Detections of tracked labels from this score up to their label's threshold are given to the tracker only: they extend tracks and may start them by persisting.</summary>
    public double LowScore { get; init; } = 0.2;

    /// <summary>
    /// A track started by low-score detections is confirmed once they persist this long in one place; zero (the
    /// default): only high-score detections start tracks. Off by default because on vtest every person track it
    /// started was a traffic cone or a pole (real still people keep their tracks by the low-score continuation).
    /// </summary>
    public TimeSpan LowBirthAfter { get; init; }

    /// <summary>How long a lost track that stood still survives (a person who stopped and scores low while half hidden).</summary>
    public TimeSpan StillMaxLost { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Smallest IoU (of the buffered boxes) for a high-score detection to match a track.</summary>
    public double MatchIou { get; init; } = 0.2;

    /// <summary>Smallest IoU for a low-score detection to extend a currently matched track.</summary>
    public double LowMatchIou { get; init; } = 0.4;

    /// <summary>Boxes are widened by this fraction of their size on each side before IoU, so fast objects at a low frame rate still overlap.</summary>
    public double IouBuffer { get; init; } = 0.15;

    /// <summary>A track whose centre stays within this fraction of its size for <see cref="StationaryAfter"/> is stationary.</summary>
    public double StationaryRadius { get; init; } = 0.15;

    /// <summary>Time without leaving the radius after which a track is stationary; zero disables the rule.</summary>
    public TimeSpan StationaryAfter { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a stationary track survives unmatched (a parked car missed by the detector for a while).</summary>
    public TimeSpan StationaryMaxLost { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Labels matched across each other as one class; empty keeps every label separate.</summary>
    public IReadOnlyList<string> ClassAgnostic { get; init; } = DefaultClassAgnostic;

    /// <summary>Consecutive observations on the new side of a zone edge or line before the change counts (jitter).</summary>
    public int HysteresisFrames { get; init; } = 2;

    /// <summary>Shortest time between two updates raised only because the score improved.</summary>
    public TimeSpan ScoreUpdateInterval { get; init; } = TimeSpan.FromSeconds(5);

    internal static TrackingOptions Read(ConfigMap m)
    {
        var o = new TrackingOptions
        {
            MinHits = m.Whole("min_hits", 3, 1, 100),
            MaxLost = m.Duration("max_lost", TimeSpan.FromSeconds(2), TimeSpan.Zero, TimeSpan.FromMinutes(10)),
            HighScore = m.Number("high_score", 0.4, 0, 1),
            LowScore = m.Number("low_score", 0.2, 0, 1),
            LowBirthAfter = m.Duration("low_birth_after", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMinutes(10)),
            StillMaxLost = m.Duration("still_max_lost", TimeSpan.FromSeconds(5), TimeSpan.Zero, TimeSpan.FromMinutes(10)),
            MatchIou = m.Number("match_iou", 0.2, 0.01, 1),
            LowMatchIou = m.Number("low_match_iou", 0.4, 0.01, 1),
            IouBuffer = m.Number("iou_buffer", 0.15, 0, 1),
            StationaryRadius = m.Number("stationary_radius", 0.15, 0.01, 2),
            StationaryAfter = m.Duration("stationary_after", TimeSpan.FromSeconds(20), TimeSpan.Zero, TimeSpan.FromDays(1)),
            StationaryMaxLost = m.Duration("stationary_max_lost", TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.FromDays(1)),
            HysteresisFrames = m.Whole("hysteresis_frames", 2, 1, 50),
            ScoreUpdateInterval = m.Duration("score_update_interval", TimeSpan.FromSeconds(5), TimeSpan.Zero, TimeSpan.FromHours(1)),
        };
        if (m.Has("class_agnostic")) o = o with { ClassAgnostic = m.StringList("class_agnostic") };
        if (o.StationaryMaxLost < o.MaxLost)
        {
            m.Error("stationary_max_lost", "must not be shorter than max_lost (stationary objects are kept at least as long as moving ones)");
        }
        return o;
    }
}
