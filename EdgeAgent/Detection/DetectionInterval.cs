using EdgeAgent.Imaging;
using EdgeAgent.Motion;

namespace EdgeAgent.Detection;

/// <summary>
/// Decides, frame by frame, whether the detector may rest while the tracker predicts (DeepStream's <c>interval</c>):
/// only while the tracker found its objects predictable on the detector's last run (<see cref="FollowedBoxes.Predictable"/>)
/// and all motion lies on them. Anything else returns the detector to every frame.
/// </summary>
public sealed class DetectionInterval
{
    /// <summary>Interval chosen when the camera sets <c>detect.interval: 0</c>: the detector looks at least this often (seconds).</summary>
    public const double AutoSeconds = 0.6;

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
    /// True when the detector may skip this frame. <paramref name="tracks"/> is what the tracker followed on the previous
    /// frame; <paramref name="motion"/> this frame's (null when motion is off: then only the tracks decide).
    /// </summary>
    public bool Skip(FollowedBoxes? tracks, MotionResult? motion)
    {
        if (Max <= 1 || !_stable || _skipped >= Max - 1 || tracks is null) return false;
        if (motion is not null && (motion.WarmingUp || motion.BackgroundReset || MotionOutside(motion, tracks.Boxes))) return false;
        _skipped++;
        return true;
    }

    /// <summary>
    /// Called on the frame after a detector run with the tracker's result of that run: could the tracks be carried
    /// on their predictions?
    /// </summary>
    public void AfterRun(FollowedBoxes? tracks)
    {
        _skipped = 0;
        _stable = tracks is not null && tracks.Predictable;
    }

    /// <summary>Forgets the tracks' state (a stream restart).</summary>
    public void Reset()
    {
        _stable = false;
        _skipped = 0;
    }

    /// <summary>True when a motion region lies mostly off every (widened) track box: something the tracker does not know moves.</summary>
    internal static bool MotionOutside(MotionResult motion, List<BoxF> tracks)
    {
        foreach (var r in motion.Regions)
        {
            var area = r.Area;
            if (area <= 0) continue;
            var covered = 0f;
            foreach (var t in tracks)
            {
                covered += Intersection(r, Widen(t));
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
