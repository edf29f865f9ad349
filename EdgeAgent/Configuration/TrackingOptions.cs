namespace EdgeAgent.Configuration;

/// <summary>How detections become tracks: association thresholds, track lifetimes and the stationary rule.</summary>
public sealed record TrackingOptions
{
    /// <summary>Labels that may take each other's tracks (a detector often flips car/truck/bus on one vehicle).</summary>
    public static readonly string[] DefaultClassAgnostic = ["car", "truck", "bus"];

    public int MinHits { get; init; } = 3;

    public TimeSpan MaxLost { get; init; } = TimeSpan.FromSeconds(2);

    public double HighScore { get; init; } = 0.4;

    public double LowScore { get; init; } = 0.2;

    public TimeSpan LowBirthAfter { get; init; }

    public TimeSpan StillMaxLost { get; init; } = TimeSpan.FromSeconds(5);

    public double MatchIou { get; init; } = 0.2;

    public double LowMatchIou { get; init; } = 0.4;

    public double IouBuffer { get; init; } = 0.15;

    public double StationaryRadius { get; init; } = 0.15;

    public TimeSpan StationaryAfter { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan StationaryMaxLost { get; init; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> ClassAgnostic { get; init; } = DefaultClassAgnostic;

    public int HysteresisFrames { get; init; } = 2;

    public TimeSpan ScoreUpdateInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The <c>tracking:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<TrackingOptions> Table = new OptionTable<TrackingOptions>("How detections become tracks: association thresholds, track lifetimes and the stationary rule.")
        .Whole("min_hits", o => o.MinHits, (o, v) => o with { MinHits = v }, 1, 100, "Matched frames before a track is confirmed and reported.")
        .Duration("max_lost", o => o.MaxLost, (o, v) => o with { MaxLost = v }, TimeSpan.Zero, TimeSpan.FromMinutes(10), "How long a confirmed track survives unmatched (occlusion) before it ends.")
        .Number("high_score", o => o.HighScore, (o, v) => o with { HighScore = v }, 0, 1, "Detections at or above this score are associated first and may start tracks; lower ones only extend tracks.")
        .Number("low_score", o => o.LowScore, (o, v) => o with { LowScore = v }, 0, 1, "Detections of tracked labels from this score up to their label's threshold are given to the tracker only: they extend tracks and may start them by persisting.")
        .Duration("low_birth_after", o => o.LowBirthAfter, (o, v) => o with { LowBirthAfter = v }, TimeSpan.Zero, TimeSpan.FromMinutes(10), "A track started by low-score detections is confirmed once they persist this long in one place; zero (the default): only high-score detections start tracks. Off by default because on vtest every person track it started was a traffic cone or a pole (real still people keep their tracks by the low-score continuation).")
        .Duration("still_max_lost", o => o.StillMaxLost, (o, v) => o with { StillMaxLost = v }, TimeSpan.Zero, TimeSpan.FromMinutes(10), "How long a lost track that stood still survives (a person who stopped and scores low while half hidden).")
        .Number("match_iou", o => o.MatchIou, (o, v) => o with { MatchIou = v }, 0.01, 1, "Smallest IoU (of the buffered boxes) for a high-score detection to match a track.")
        .Number("low_match_iou", o => o.LowMatchIou, (o, v) => o with { LowMatchIou = v }, 0.01, 1, "Smallest IoU for a low-score detection to extend a currently matched track.")
        .Number("iou_buffer", o => o.IouBuffer, (o, v) => o with { IouBuffer = v }, 0, 1, "Boxes are widened by this fraction of their size on each side before IoU, so fast objects at a low frame rate still overlap.")
        .Number("stationary_radius", o => o.StationaryRadius, (o, v) => o with { StationaryRadius = v }, 0.01, 2, "A track whose centre stays within this fraction of its size for StationaryAfter is stationary.")
        .Duration("stationary_after", o => o.StationaryAfter, (o, v) => o with { StationaryAfter = v }, TimeSpan.Zero, TimeSpan.FromDays(1), "Time without leaving the radius after which a track is stationary; zero disables the rule.")
        .Duration("stationary_max_lost", o => o.StationaryMaxLost, (o, v) => o with { StationaryMaxLost = v }, TimeSpan.Zero, TimeSpan.FromDays(1), "How long a stationary track survives unmatched (a parked car missed by the detector for a while).")
        .Whole("hysteresis_frames", o => o.HysteresisFrames, (o, v) => o with { HysteresisFrames = v }, 1, 50, "Consecutive observations on the new side of a zone edge or line before the change counts (jitter).")
        .Duration("score_update_interval", o => o.ScoreUpdateInterval, (o, v) => o with { ScoreUpdateInterval = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "Shortest time between two updates raised only because the score improved.")
        .Strings("class_agnostic", o => o.ClassAgnostic, (o, v) => o with { ClassAgnostic = v }, "Labels matched across each other as one class; empty keeps every label separate.")
        .Check(static (m, o) =>
        {
            if (o.StationaryMaxLost < o.MaxLost)
            {
                m.Error("stationary_max_lost", "must not be shorter than max_lost (stationary objects are kept at least as long as moving ones)");
            }
            return o;
        });
}
