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

    /// <summary>Occupancy below this ends the alarm (after <see cref="ClearDuration"/>); at most <see cref="Threshold"/>.</summary>
    public double Lower { get; init; }

    /// <summary>How long occupancy must stay at or above the threshold before the alarm starts.</summary>
    public TimeSpan MinDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long occupancy must stay below <see cref="Lower"/> before the alarm ends.</summary>
    public TimeSpan ClearDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Shortest time between two <c>update</c> events of an open alarm (sent only when the count changed).</summary>
    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Estimation method: tracks, heatmap or motion (see <see cref="CrowdMethods"/>).</summary>
    public string Method { get; init; } = CrowdMethods.Tracks;

    /// <summary>Labels counted towards the crowd.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["person"];

    /// <summary>Heatmap and motion learn their scale from frames where at most this many tracked people are in the zone (tracks are reliable there).</summary>
    public int CalibrateBelow { get; init; } = 4;

    internal static CrowdOptions Read(ConfigMap m)
    {
        var threshold = m.Number("threshold", 0, 0.5, 100000);
        if (!m.Has("threshold")) m.Error("threshold", "is required (occupancy that starts the alarm)");
        var o = new CrowdOptions
        {
            Threshold = threshold,
            Lower = m.Number("lower", DefaultLower(threshold), 0, 100000),
            MinDuration = m.Duration("min_duration", TimeSpan.FromSeconds(10), TimeSpan.Zero, TimeSpan.FromHours(1)),
            ClearDuration = m.Duration("clear_duration", TimeSpan.FromSeconds(3), TimeSpan.Zero, TimeSpan.FromHours(1)),
            UpdateInterval = m.Duration("update_interval", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromHours(24)),
            Method = m.Choice("method", CrowdMethods.Tracks, CrowdMethods.All),
            CalibrateBelow = m.Whole("calibrate_below", 4, 1, 1000),
        };
        if (m.Has("labels")) o = o with { Labels = m.StringList("labels") };
        if (o.Lower > o.Threshold) m.Error("lower", $"{o.Lower} must not exceed threshold {o.Threshold} (the alarm would end while still over its limit)");
        return o;
    }

    /// <summary>Four fifths of the threshold, at least one below it: far enough that one person leaving does not end the alarm at the limit.</summary>
    internal static double DefaultLower(double threshold) => Math.Max(0, Math.Min(threshold - 1, Math.Floor(threshold * 0.8)));
}

/// <summary>Periodic per-camera counts: one compact <c>counts</c> message per interval with zone occupancy and line flows.</summary>
public sealed record CountsOptions
{
    /// <summary>Default labels counted as vehicles (COCO).</summary>
    public static readonly string[] DefaultVehicles = ["bicycle", "car", "motorcycle", "bus", "truck"];

    /// <summary>Length of one interval in stream time; zero sends no counts.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Labels counted as people.</summary>
    public IReadOnlyList<string> People { get; init; } = ["person"];

    /// <summary>Labels counted as vehicles.</summary>
    public IReadOnlyList<string> Vehicles { get; init; } = DefaultVehicles;

    /// <summary>Smoothing window of the zone occupancy (median over this much stream time).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(1.5);

    internal static CountsOptions Read(ConfigMap m)
    {
        var o = new CountsOptions
        {
            Interval = m.Duration("interval", TimeSpan.FromSeconds(60), TimeSpan.Zero, TimeSpan.FromDays(1)),
            Window = m.Duration("window", TimeSpan.FromSeconds(1.5), TimeSpan.Zero, TimeSpan.FromMinutes(1)),
        };
        if (o.Interval > TimeSpan.Zero && o.Interval < TimeSpan.FromSeconds(1)) m.Error("interval", "must be 0 (off) or at least 1s");
        if (m.Has("people")) o = o with { People = m.StringList("people") };
        if (m.Has("vehicles")) o = o with { Vehicles = m.StringList("vehicles") };
        return o;
    }
}
