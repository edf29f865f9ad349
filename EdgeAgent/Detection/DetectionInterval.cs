using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Tracking;

namespace EdgeAgent.Detection;

/// <summary>
/// Decides, frame by frame, whether the detector may rest while the tracker predicts (DeepStream's <c>interval</c>):
/// only while every track is confirmed, was matched on the detector's last run close to where it was predicted
/// and with a score that holds, nothing is tentative or ended, and all motion lies on known tracks. Anything else
/// returns the detector to every frame.
/// </summary>
public sealed class DetectionInterval
{
    /// <summary>Interval chosen when the camera sets <c>detect.interval: 0</c>: the detector looks at least this often (seconds).</summary>
    public const double AutoSeconds = 0.6;

    /// <summary>Least IoU between a track's predicted box and its matched detection for the track to count as moving as predicted.</summary>
    private const float PredictedIou = 0.5f;

    /// <summary>A track whose score fell by this much from one match to the next is fading (turning away, being hidden): look again.</summary>
    private const float ScoreDrop = 0.15f;

    /// <summary>Matches a track needs before its velocity is worth coasting on.</summary>
    private const int MinHits = 3;

    /// <summary>Widening of track boxes (fraction of size per side) within which motion belongs to the track.</summary>
    private const float MotionMargin = 0.25f;

    /// <summary>Fraction of a motion region that must lie on known tracks for the motion to be theirs.</summary>
    private const float MotionCovered = 0.5f;

    private bool _stable;
    private int _skipped;

    /// <summary>Creates the policy for a camera: <paramref name="interval"/> 1 runs every frame, 0 picks one from the fps.</summary>
    public DetectionInterval(int interval, double fps) => Max = interval > 0 ? interval : Auto(fps);

    /// <summary>Most frames per detector run (1: every frame).</summary>
    public int Max { get; }

    /// <summary>The automatic interval at <paramref name="fps"/>: the detector looks every <see cref="AutoSeconds"/> at least, never less than every frame.</summary>
    public static int Auto(double fps) => Math.Max(1, (int)Math.Floor((fps * AutoSeconds) + 1e-9));

    /// <summary>
    /// True when the detector may skip this frame. <paramref name="tracks"/> is the tracker's output of the previous
    /// frame; <paramref name="motion"/> this frame's (null when motion is off: then only the tracks decide).
    /// </summary>
    public bool Skip(TrackSet? tracks, MotionResult? motion)
    {
        if (Max <= 1 || !_stable || _skipped >= Max - 1 || tracks is null || tracks.Ended.Count > 0) return false;
        if (motion is not null && (motion.WarmingUp || motion.BackgroundReset || MotionOutside(motion, tracks.Active))) return false;
        _skipped++;
        return true;
    }

    /// <summary>
    /// Called on the frame after a detector run with the tracker's result of that run: were the tracks stable
    /// enough to coast on?
    /// </summary>
    public void AfterRun(TrackSet? tracks)
    {
        _skipped = 0;
        _stable = tracks is not null && Stable(tracks);
    }

    /// <summary>Forgets the tracks' state (a stream restart).</summary>
    public void Reset()
    {
        _stable = false;
        _skipped = 0;
    }

    private static bool Stable(TrackSet tracks)
    {
        // With nothing tracked there is nothing to predict: motion may be someone arriving, so the detector looks.
        if (tracks.Active.Count == 0 || tracks.Tentative > 0 || tracks.Ended.Count > 0) return false;
        foreach (var t in tracks.Active)
        {
            // A lost track held still (a person standing hidden) stays where it is either way; one that walked on must be found again.
            if (t.State == TrackState.Lost && (t.HeldStill || t.Stationary)) continue;
            if (t.State != TrackState.Confirmed || !t.Matched || t.Hits < MinHits) return false;
            if (t.PredictionIou < PredictedIou || t.Score < t.PreviousScore - ScoreDrop) return false;
        }
        return true;
    }

    /// <summary>True when a motion region lies mostly off every (widened) track box: something the tracker does not know moves.</summary>
    internal static bool MotionOutside(MotionResult motion, List<Track> tracks)
    {
        foreach (var r in motion.Regions)
        {
            var area = r.Area;
            if (area <= 0) continue;
            var covered = 0f;
            foreach (var t in tracks)
            {
                covered += Intersection(r, Widen(t.Box));
                if (covered >= MotionCovered * area) break;
            }
            if (covered < MotionCovered * area) return true;
        }
        return false;
    }

    private static float Intersection(in BoxF a, in BoxF b)
    {
        var w = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        var h = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static BoxF Widen(in BoxF b) => new(b.X - (b.W * MotionMargin), b.Y - (b.H * MotionMargin), b.W * (1 + (2 * MotionMargin)), b.H * (1 + (2 * MotionMargin)));
}
