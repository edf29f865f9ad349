using EdgeAgent.Configuration;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tracking;

/// <summary>
/// Multi-object tracker of the ByteTrack family: a Kalman filter per track, Hungarian assignment on IoU, and
/// two association rounds — high-score detections against all confirmed and lost tracks, then the leftover
/// low-score detections against tracks that were matched until now (a partly hidden person scores low but is
/// still the same person). Labels never mix, except within the class-agnostic group (car/truck/bus).
/// </summary>
/// <remarks>
/// Time is stream time in seconds. On frames where the detector did not run (motion gating found nothing moving)
/// tracks are predicted with a fading velocity and do not age toward removal: no detection is no evidence that an
/// object left, and with nothing moving it is far more likely still there. Removal counts only the time spent
/// unmatched on frames where the detector looked. The fading keeps a long gap from carrying a box away on a stale
/// velocity, while a short gap (a skipped frame) still predicts almost like constant velocity.
/// </remarks>
public sealed class ByteTracker
{
    /// <summary>Time constant (seconds) of the velocity fade on frames without detections.</summary>
    private const float FadeSeconds = 1f;

    /// <summary>Matching cost of a pair that must never be matched (different labels, no overlap).</summary>
    private const double Forbidden = 2.0;

    /// <summary>
    /// Box widening (fraction of size per side) when tentative tracks meet detections. A tentative track has no
    /// velocity yet, so at 5 fps a jogger's consecutive boxes may not touch at all; the wider buffer (the second,
    /// larger buffer of C-BIoU) lets it start, and only detections no confirmed track took are offered.
    /// </summary>
    private const float TentativeBuffer = 0.5f;

    /// <summary>
    /// Below this speed (box heights per second) a track stands still: a walking person covers about one height a
    /// second, a person waiting shifts a few percent. A still track that is lost is held in place and kept
    /// <see cref="TrackingOptions.StillMaxLost"/>, since the person is most likely still there, only hidden or scored low.
    /// </summary>
    private const float StillSpeed = 0.2f;

    /// <summary>Group shared by the class-agnostic labels.</summary>
    private const int AgnosticGroup = int.MinValue;

    private readonly TrackingOptions _options;
    private readonly LinearAssignment _solver = new();
    private readonly List<Track> _tracks = new(64);
    private readonly List<int> _rows = new(64);
    private readonly List<int> _high = new(64);
    private readonly List<int> _low = new(64);
    private readonly List<int> _leftRows = new(64);
    private readonly List<int> _leftHigh = new(64);
    private readonly List<int> _leftLow = new(64);
    private int[] _groups = new int[64];
    private bool[] _detectionUsed = new bool[64];
    private double[] _cost = new double[64 * 64];
    private int[] _assignment = new int[64];
    private long _lastId;
    private double _lastTime = double.NaN;

    /// <summary>Creates the tracker of one camera.</summary>
    public ByteTracker(TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Live tracks, tentative ones included.</summary>
    public IReadOnlyList<Track> Tracks => _tracks;

    /// <summary>
    /// Advances to stream time <paramref name="time"/> and associates the frame's detections (when the detector
    /// <paramref name="ran"/>). Fills <paramref name="output"/>: confirmed and lost tracks, and those that ended.
    /// </summary>
    public void Update(ReadOnlySpan<Detection.Detection> detections, bool ran, double time, TrackSet output) =>
        Update(detections, ran, time, output, coasted: false);

    /// <summary>
    /// As <see cref="Update(ReadOnlySpan{Detection.Detection}, bool, double, TrackSet)"/>; <paramref name="coasted"/>
    /// says the detector skipped the frame by its interval while the tracks moved as predicted, so they keep their
    /// velocity instead of fading as on a frame without motion.
    /// </summary>
    public void Update(ReadOnlySpan<Detection.Detection> detections, bool ran, double time, TrackSet output, bool coasted)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Active.Clear();
        output.Ended.Clear();
        var dt = double.IsNaN(_lastTime) ? 0 : Math.Max(0, time - _lastTime);
        _lastTime = time;

        foreach (var t in _tracks)
        {
            t.BeginFrame();
            Predict(t, (float)dt, ran || coasted);
        }

        if (ran)
        {
            Associate(detections, time, dt);
        }

        for (var i = _tracks.Count - 1; i >= 0; i--)
        {
            var t = _tracks[i];
            if (t.State != TrackState.Removed) CheckStationary(t, time);
            var limit = t.Stationary ? _options.StationaryMaxLost.TotalSeconds
                : t.HeldStill ? Math.Max(_options.StillMaxLost.TotalSeconds, _options.MaxLost.TotalSeconds)
                : _options.MaxLost.TotalSeconds;
            if (t.State == TrackState.Lost && t.LostSeconds > limit) t.State = TrackState.Removed;
            if (t.State != TrackState.Removed) continue;
            _tracks.RemoveAt(i);
            if (t.WasConfirmed) output.Ended.Add(t);
        }
        output.Ended.Reverse();
        output.Tentative = 0;
        foreach (var t in _tracks)
        {
            if (t.State is TrackState.Confirmed or TrackState.Lost) output.Active.Add(t);
            else if (t.State == TrackState.Tentative) output.Tentative++;
        }
    }

    /// <summary>Ends every track (stream ended or restarts); ids keep counting so they stay unique per camera.</summary>
    public void EndAll(TrackSet output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Active.Clear();
        output.Ended.Clear();
        output.Tentative = 0;
        foreach (var t in _tracks)
        {
            t.BeginFrame();
            t.State = TrackState.Removed;
            if (t.WasConfirmed) output.Ended.Add(t);
        }
        _tracks.Clear();
        _lastTime = double.NaN;
    }

    private void Predict(Track t, float dt, bool keepVelocity)
    {
        if (dt <= 0) return;
        if (t.Stationary)
        {
            // Held in place: a parked car does not drift between detections.
            t.Filter.Stop();
            return;
        }
        // A gap longer than a lost track may live predicts no further than that (the track ends anyway).
        var step = Math.Min(dt, (float)Math.Max(_options.MaxLost.TotalSeconds, 0.5));
        if (keepVelocity) t.Filter.Predict(step);
        else t.Filter.PredictFading(step, FadeSeconds);
        t.Box = t.Filter.Box;
        t.Velocity = t.Filter.Velocity;
    }

    private void Associate(ReadOnlySpan<Detection.Detection> detections, double time, double dt)
    {
        var n = detections.Length;
        if (_groups.Length < n)
        {
            _groups = new int[n * 2];
            _detectionUsed = new bool[n * 2];
        }
        _high.Clear();
        _low.Clear();
        for (var d = 0; d < n; d++)
        {
            _groups[d] = GroupOf(detections[d]);
            _detectionUsed[d] = false;
            if (detections[d].Score >= _options.HighScore) _high.Add(d);
            else _low.Add(d);
        }

        // Round 1: confident detections against every confirmed or lost track.
        _rows.Clear();
        for (var i = 0; i < _tracks.Count; i++)
        {
            if (_tracks[i].State is TrackState.Confirmed or TrackState.Lost) _rows.Add(i);
        }
        Match(_rows, _high, detections, _options.MatchIou, (float)_options.IouBuffer, time, _leftRows);

        // Round 2: weak detections extend the tracks left, with a stricter overlap. Lost tracks too, but only one held
        // still: a person standing half hidden scores low frame after frame in the same place, while a low-score
        // false positive near the predicted path of a walker who left must not keep that track alive.
        _rows.Clear();
        foreach (var i in _leftRows)
        {
            if (_tracks[i].State == TrackState.Confirmed || _tracks[i].HeldStill) _rows.Add(i);
        }
        Match(_rows, _low, detections, _options.LowMatchIou, (float)_options.IouBuffer, time, null);

        foreach (var i in _leftRows)
        {
            var t = _tracks[i];
            if (t.Matched) continue;
            if (t.State == TrackState.Confirmed && IsStill(t))
            {
                // Held where it was last seen: drifting on a few pixels per second of noise would lose the overlap.
                t.HeldStill = true;
                t.Filter.Stop();
                t.Velocity = default;
            }
            t.State = TrackState.Lost;
            t.LostSeconds += dt;
        }

        // Round 3: tentative tracks against the confident detections still free.
        _rows.Clear();
        for (var i = 0; i < _tracks.Count; i++)
        {
            if (_tracks[i].State == TrackState.Tentative) _rows.Add(i);
        }
        _leftHigh.Clear();
        foreach (var d in _high)
        {
            if (!_detectionUsed[d]) _leftHigh.Add(d);
        }
        Match(_rows, _leftHigh, detections, _options.MatchIou, Math.Max(TentativeBuffer, (float)_options.IouBuffer), time, _leftRows);
        // Then the tentative tracks still unmatched against the weak detections left, tightly: persisting in place is the evidence.
        _leftLow.Clear();
        foreach (var d in _low)
        {
            if (!_detectionUsed[d]) _leftLow.Add(d);
        }
        if (_leftLow.Count > 0 && _leftRows.Count > 0)
        {
            _rows.Clear();
            _rows.AddRange(_leftRows);
            Match(_rows, _leftLow, detections, _options.LowMatchIou, (float)_options.IouBuffer, time, _leftRows);
        }
        foreach (var i in _leftRows)
        {
            // One miss is forgiven: at 5 fps a detector flickers, and a track needing unbroken hits would rarely confirm.
            if (++_tracks[i].Misses >= 2) _tracks[i].State = TrackState.Removed;
        }

        foreach (var d in _leftHigh)
        {
            if (!_detectionUsed[d]) Start(detections[d], _groups[d], time, weak: false);
        }
        if (_options.LowBirthAfter <= TimeSpan.Zero) return;
        foreach (var d in _leftLow)
        {
            if (!_detectionUsed[d]) Start(detections[d], _groups[d], time, weak: true);
        }
    }

    private static bool IsStill(Track t)
    {
        var (vx, vy) = t.Filter.Velocity;
        var limit = StillSpeed * Math.Max(t.Box.H, 1);
        return (vx * vx) + (vy * vy) <= limit * limit;
    }

    private void Match(List<int> rows, List<int> columns, ReadOnlySpan<Detection.Detection> detections, double minIou, float buffer, double time, List<int>? unmatchedRows)
    {
        unmatchedRows?.Clear();
        var r = rows.Count;
        var c = columns.Count;
        if (r == 0 || c == 0)
        {
            unmatchedRows?.AddRange(rows);
            return;
        }
        if (_cost.Length < r * c) _cost = new double[r * c * 2];
        if (_assignment.Length < r) _assignment = new int[r * 2];

        for (var i = 0; i < r; i++)
        {
            var t = _tracks[rows[i]];
            var tb = Widen(t.Box, buffer);
            for (var j = 0; j < c; j++)
            {
                var d = columns[j];
                var cost = Forbidden;
                if (t.Group == _groups[d])
                {
                    var iou = tb.IoU(Widen(detections[d].Box, buffer));
                    if (iou >= minIou) cost = 1 - iou;
                }
                _cost[(i * c) + j] = cost;
            }
        }
        var assignment = _assignment.AsSpan(0, r);
        _solver.Solve(_cost.AsSpan(0, r * c), r, c, 1 - minIou + 1e-9, assignment);
        for (var i = 0; i < r; i++)
        {
            if (assignment[i] < 0)
            {
                unmatchedRows?.Add(rows[i]);
                continue;
            }
            var d = columns[assignment[i]];
            _detectionUsed[d] = true;
            Apply(_tracks[rows[i]], detections[d], time);
        }
    }

    private void Apply(Track t, in Detection.Detection d, double time)
    {
        t.PredictionIou = t.Box.IoU(d.Box);
        t.Filter.Update(d.Box);
        if (t.Stationary) t.Filter.Stop();
        t.Box = t.Filter.Box;
        t.Velocity = t.Filter.Velocity;
        t.PreviousScore = t.Score;
        t.Score = d.Score;
        t.LastBox = d.Box;
        if (d.Score > t.BestScore)
        {
            // Within the class-agnostic group the label follows the most confident view of the object.
            t.BestScore = d.Score;
            t.Label = d.Label;
            t.ClassId = d.ClassId;
        }
        t.Hits++;
        t.LastSeen = time;
        t.Matched = true;
        t.Misses = 0;
        t.LostSeconds = 0;
        t.HeldStill = false;
        // A track born of weak detections is trusted once one scored high, or once they persisted long enough in one
        // place (the stationary anchor: a walker's weak boxes are a fragment of a person the tracker already lost, a
        // still person's are the person).
        var trusted = !t.WeakBirth || t.BestScore >= _options.HighScore || time - t.AnchorTime >= _options.LowBirthAfter.TotalSeconds;
        if (t.State == TrackState.Lost || (t.State == TrackState.Tentative && t.Hits >= _options.MinHits && trusted))
        {
            t.State = TrackState.Confirmed;
            t.WasConfirmed = true;
        }
        FollowAnchor(t, d.Box, time);
    }

    private void Start(in Detection.Detection d, int group, double time, bool weak)
    {
        var t = new Track
        {
            Id = ++_lastId,
            ClassId = d.ClassId,
            Label = d.Label,
            Box = d.Box,
            LastBox = d.Box,
            Score = d.Score,
            BestScore = d.Score,
            FirstSeen = time,
            LastSeen = time,
            Hits = 1,
            Matched = true,
            State = TrackState.Tentative,
        };
        t.Filter = KalmanBox.Start(d.Box);
        t.Group = group;
        t.WeakBirth = weak;
        t.Anchor = (d.Box.CenterX, d.Box.CenterY);
        t.AnchorTime = time;
        if (_options.MinHits <= 1 && !weak)
        {
            t.State = TrackState.Confirmed;
            t.WasConfirmed = true;
        }
        _tracks.Add(t);
    }

    /// <summary>
    /// The stationary rule works on the measured centre (not the filter, which lags): the anchor moves whenever the
    /// object leaves a radius around it, and a stationary object must be outside twice in a row to move again, so
    /// one bad box (a passer-by merging with a parked car) does not wake it.
    /// </summary>
    private void FollowAnchor(Track t, in BoxF measured, double time)
    {
        var radius = _options.StationaryRadius * (measured.W + measured.H) / 2;
        var dx = measured.CenterX - t.Anchor.X;
        var dy = measured.CenterY - t.Anchor.Y;
        if ((dx * dx) + (dy * dy) <= radius * radius)
        {
            t.OutsideCount = 0;
            return;
        }
        if (t.Stationary && ++t.OutsideCount < 2) return;
        t.Anchor = (measured.CenterX, measured.CenterY);
        t.AnchorTime = time;
        t.OutsideCount = 0;
        if (t.Stationary)
        {
            t.Stationary = false;
            t.StationaryChanged = true;
        }
    }

    private void CheckStationary(Track t, double time)
    {
        if (t.Stationary || t.State != TrackState.Confirmed || _options.StationaryAfter <= TimeSpan.Zero) return;
        if (time - t.AnchorTime < _options.StationaryAfter.TotalSeconds) return;
        t.Stationary = true;
        t.StationarySince = time;
        t.StationaryChanged = true;
        t.Filter.Stop();
        t.Velocity = default;
    }

    private int GroupOf(in Detection.Detection d)
    {
        var agnostic = _options.ClassAgnostic;
        for (var i = 0; i < agnostic.Count; i++)
        {
            if (string.Equals(agnostic[i], d.Label, StringComparison.Ordinal)) return AgnosticGroup;
        }
        return d.ClassId;
    }

    private static BoxF Widen(in BoxF b, float buffer) =>
        buffer <= 0 ? b : new BoxF(b.X - (b.W * buffer), b.Y - (b.H * buffer), b.W * (1 + (2 * buffer)), b.H * (1 + (2 * buffer)));
}
