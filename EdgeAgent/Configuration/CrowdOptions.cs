namespace EdgeAgent.Configuration;

/// <summary>How a zone's occupancy is estimated for its crowd alarm.</summary>
public static class CrowdMethods
{
    /// <summary>Count the tracked objects in the zone (exact while people stand apart).</summary>
    public const string Tracks = "tracks";

    /// <summary>The detector's person heatmap mass in the zone, calibrated against tracked counts (CenterNet only).</summary>
    public const string Heatmap = "heatmap";

    /// <summary>Moving area in the zone, calibrated against tracked counts.</summary>
    public const string Motion = "motion";

    /// <summary>The words allowed in config.</summary>
    public static readonly string[] All = [Tracks, Heatmap, Motion];
}

/// <summary>
/// Overcrowding alarm of one zone: a <c>crowd</c> event starts when the smoothed occupancy stays at or above
/// <see cref="Threshold"/> for <see cref="MinDuration"/>, and ends when it stays below <see cref="Lower"/> for
/// <see cref="ClearDuration"/>; the gap between the two keeps the alarm from flapping at the limit.
/// </summary>
public sealed record CrowdOptions
{
    /// <summary>Occupancy at or above this starts the alarm (after <see cref="MinDuration"/>).</summary>
    public double Threshold { get; init; }

    public double Lower { get; init; }

    public TimeSpan MinDuration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ClearDuration { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromSeconds(30);

    public string Method { get; init; } = CrowdMethods.Tracks;

    public IReadOnlyList<string> Labels { get; init; } = ["person"];

    public int CalibrateBelow { get; init; } = 4;

    /// <summary>The <c>crowd:</c> keys of a zone, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<CrowdOptions> Table = new OptionTable<CrowdOptions>("Overcrowding alarm of one zone: starts when the smoothed occupancy stays at or above threshold for min_duration, ends when it stays below lower for clear_duration.")
        .Custom("threshold", static (m, o) =>
        {
            var threshold = m.Number("threshold", o.Threshold, 0.5, 100000);
            if (!m.Has("threshold")) m.Error("threshold", "is required (occupancy that starts the alarm)");
            return o with { Threshold = threshold, Lower = DefaultLower(threshold) };
        }, OptionSchema.Scalar(OptionSchema.Number(0.5, 100000), ""), "Occupancy at or above this starts the alarm (after min_duration).", required: true)
        .Number("lower", o => o.Lower, (o, v) => o with { Lower = v }, 0, 100000, "Occupancy below this ends the alarm (after ClearDuration); at most Threshold.")
        .Duration("min_duration", o => o.MinDuration, (o, v) => o with { MinDuration = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "How long occupancy must stay at or above the threshold before the alarm starts.")
        .Duration("clear_duration", o => o.ClearDuration, (o, v) => o with { ClearDuration = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "How long occupancy must stay below Lower before the alarm ends.")
        .Duration("update_interval", o => o.UpdateInterval, (o, v) => o with { UpdateInterval = v }, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24), "Shortest time between two update events of an open alarm (sent only when the count changed).")
        .Choice("method", o => o.Method, (o, v) => o with { Method = v }, CrowdMethods.All, "Estimation method: tracks, heatmap or motion (see CrowdMethods).")
        .Whole("calibrate_below", o => o.CalibrateBelow, (o, v) => o with { CalibrateBelow = v }, 1, 1000, "Heatmap and motion learn their scale from frames where at most this many tracked people are in the zone (tracks are reliable there).")
        .Strings("labels", o => o.Labels, (o, v) => o with { Labels = v }, "Labels counted towards the crowd.")
        .Check(static (m, o) =>
        {
            if (o.Lower > o.Threshold) m.Error("lower", $"{o.Lower} must not exceed threshold {o.Threshold} (the alarm would end while still over its limit)");
            return o;
        });

    /// <summary>Four fifths of the threshold, at least one below it: far enough that one person leaving does not end the alarm at the limit.</summary>
    internal static double DefaultLower(double threshold) => Math.Max(0, Math.Min(threshold - 1, Math.Floor(threshold * 0.8)));
}

/// <summary>Periodic per-camera counts: one compact <c>counts</c> message per interval with zone occupancy and line flows.</summary>
public sealed record CountsOptions
{
    /// <summary>Default labels counted as vehicles (COCO).</summary>
    public static readonly string[] DefaultVehicles = ["bicycle", "car", "motorcycle", "bus", "truck"];

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<string> People { get; init; } = ["person"];

    public IReadOnlyList<string> Vehicles { get; init; } = DefaultVehicles;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(1.5);

    // 0.25: on coco128 (256 photos, 609 people) a photo's person count misses by 0.93 on average from tracks' threshold
    // alone (0.85 too few), by 0.62 with these (0.25 too few); lower floors add as many false people as they find.
    public double WeakPeople { get; init; } = 0.25;

    /// <summary>The <c>counts:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<CountsOptions> Table = new OptionTable<CountsOptions>("Periodic per-camera counts: one compact counts message per interval with zone occupancy and line flows.")
        .Duration("interval", o => o.Interval, (o, v) => o with { Interval = v }, TimeSpan.Zero, TimeSpan.FromDays(1), "Length of one interval in stream time; zero sends no counts.")
        .Duration("window", o => o.Window, (o, v) => o with { Window = v }, TimeSpan.Zero, TimeSpan.FromMinutes(1), "Smoothing window of the zone occupancy (median over this much stream time).")
        .Strings("people", o => o.People, (o, v) => o with { People = v }, "Labels counted as people.")
        .Strings("vehicles", o => o.Vehicles, (o, v) => o with { Vehicles = v }, "Labels counted as vehicles.")
        .Number("weak_people", o => o.WeakPeople, (o, v) => o with { WeakPeople = v }, 0, 1, "People detections from this score up (the detector hands on none below tracking.low_score) that no counted track covers also count in zone occupancy and crowds: a half-hidden or still person scores low until a track forms. 1 counts tracks only.")
        .Check(static (m, o) =>
        {
            if (o.Interval > TimeSpan.Zero && o.Interval < TimeSpan.FromSeconds(1)) m.Error("interval", "must be 0 (off) or at least 1s");
            return o;
        });
}
