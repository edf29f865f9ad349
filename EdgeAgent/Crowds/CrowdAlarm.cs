using EdgeAgent.Configuration;

namespace EdgeAgent.Crowds;

/// <summary>What an alarm update asks the caller to report.</summary>
public enum CrowdPhase
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>Occupancy stayed at or above the threshold for the minimum duration.</summary>
    Start,

    /// <summary>The alarm is open, the update interval has passed and the count changed.</summary>
    Update,

    /// <summary>Occupancy stayed below the lower threshold for the clear duration (or the stream ended).</summary>
    End,
}

/// <summary>
/// The overcrowding state of one zone, fed the smoothed occupancy once per frame. Two thresholds (start at or above
/// <see cref="CrowdOptions.Threshold"/>, end below <see cref="CrowdOptions.Lower"/>) and two hold times keep it from
/// flapping while the count hovers at the limit.
/// </summary>
public sealed class CrowdAlarm(CrowdOptions options)
{
    private readonly double _threshold = options.Threshold;
    private readonly double _lower = options.Lower;
    private readonly double _minDuration = options.MinDuration.TotalSeconds;
    private readonly double _clear = options.ClearDuration.TotalSeconds;
    private readonly double _interval = options.UpdateInterval.TotalSeconds;
    private double _overSince = double.NaN;
    private double _belowSince = double.NaN;
    private double _lastReport;

    /// <summary>True while the alarm is open.</summary>
    public bool Active { get; private set; }

    /// <summary>Stream time occupancy first reached the threshold (the alarm's start, valid while active and on end).</summary>
    public double StartedAt { get; private set; }

    /// <summary>Highest occupancy since the alarm started.</summary>
    public float Peak { get; private set; }

    /// <summary>Occupancy last reported (start or update), rounded.</summary>
    public float Reported { get; private set; }

    /// <summary>Feeds the occupancy of stream time <paramref name="time"/>.</summary>
    public CrowdPhase Update(double time, float occupancy)
    {
        if (!Active)
        {
            if (occupancy < _threshold)
            {
                _overSince = double.NaN;
                return CrowdPhase.None;
            }
            if (double.IsNaN(_overSince)) _overSince = time;
            if (time - _overSince < _minDuration) return CrowdPhase.None;
            Active = true;
            StartedAt = _overSince;
            Peak = occupancy;
            Reported = MathF.Round(occupancy);
            _lastReport = time;
            _belowSince = double.NaN;
            return CrowdPhase.Start;
        }
        Peak = Math.Max(Peak, occupancy);
        if (occupancy < _lower)
        {
            if (double.IsNaN(_belowSince)) _belowSince = time;
            if (time - _belowSince >= _clear) return Close();
            return CrowdPhase.None;
        }
        _belowSince = double.NaN;
        if (time - _lastReport >= _interval && MathF.Round(occupancy) != Reported)
        {
            _lastReport = time;
            Reported = MathF.Round(occupancy);
            return CrowdPhase.Update;
        }
        return CrowdPhase.None;
    }

    /// <summary>Ends an open alarm without a frame (stream ended or restarted); false when none was open.</summary>
    public bool EndNow()
    {
        if (!Active) return false;
        Close();
        return true;
    }

    private CrowdPhase Close()
    {
        Active = false;
        _overSince = double.NaN;
        _belowSince = double.NaN;
        return CrowdPhase.End;
    }
}
