using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Tracking;
using static EdgeAgent.Tests.Tracking.TrackerScenario;

namespace EdgeAgent.Tests.Detection;

/// <summary>The detection interval over the real tracker and its predictability rule: when it lets the detector rest and what brings it back.</summary>
public class DetectionIntervalTests
{
    private ByteTracker _tracker = null!;
    private TrackSet _set = null!;
    private DetectionInterval _interval = null!;
    private int _frame;

    [SetUp]
    public void SetUp()
    {
        _tracker = new ByteTracker(new TrackingOptions());
        _set = new TrackSet();
        _interval = new DetectionInterval(3, Fps);
        _frame = 0;
    }

    [Test]
    public void Auto_FiveFps_EveryThirdFrameAtMost()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DetectionInterval.Auto(5), Is.EqualTo(3));
            Assert.That(DetectionInterval.Auto(1), Is.EqualTo(1));
            Assert.That(new DetectionInterval(0, 10).Max, Is.EqualTo(6));
            Assert.That(new DetectionInterval(1, 5).Max, Is.EqualTo(1));
        });
    }

    [Test]
    public void Skip_TwoWalkersMovingAsPredicted_DetectorRunsEveryThirdFrameAndTracksCoastAlong()
    {
        var runs = 0;
        for (var i = 0; i < 30; i++)
        {
            var ran = Frame([Person(100 + (i * 10f), 300), Person(700 - (i * 8f), 320)], motion: null);
            if (ran) runs++;
        }
        // About 6 frames to confirm and settle the velocity, then one run in three.
        Assert.That(runs, Is.InRange(12, 15));
        Assert.That(_set.Active, Has.Count.EqualTo(2));
        var walker = _set.Active.Single(t => t.Velocity.X > 0);
        Assert.That(walker.Box.CenterX, Is.EqualTo(100 + (29 * 10f)).Within(8), "coasted on its velocity, not faded");
    }

    [Test]
    public void Skip_SomeoneNewArrives_DetectorBackOnEveryFrameUntilConfirmed()
    {
        for (var i = 0; i < 15; i++) Frame([Person(100 + (i * 10f), 300)], motion: null);
        var ranBefore = 0;
        for (var i = 15; i < 18; i++) ranBefore += Frame([Person(100 + (i * 10f), 300)], motion: null) ? 1 : 0;
        Assert.That(ranBefore, Is.EqualTo(1), "stable: one run in three");

        // The frame after a run that found a newcomer: the detector keeps looking while it is tentative.
        var ran = new List<bool>();
        for (var i = 18; i < 24; i++) ran.Add(Frame([Person(100 + (i * 10f), 300), Person(600, 200)], motion: null, forceRun: ran.Count == 0));
        Assert.That(ran.Take(3), Is.All.True, "tentative newcomer: every frame");
    }

    [Test]
    public void Skip_ScoreFalls_DetectorLooksAgain()
    {
        for (var i = 0; i < 15; i++) Frame([Person(100 + (i * 10f), 300)], motion: null);
        // Run the detector once with the score fallen from 0.9 to 0.6: the person is turning away or being hidden.
        Frame([Person(250, 300, score: 0.6f)], motion: null, forceRun: true);
        _interval.AfterRun(Followed());
        Assert.That(_interval.Skip(Followed(), null), Is.False);
    }

    [Test]
    public void MotionOutside_MotionOnTrackOrElsewhere_OnlyElsewhereCounts()
    {
        for (var i = 0; i < 10; i++) Frame([Person(100 + (i * 10f), 300)], motion: null);
        var track = _set.Active.Single();
        var motion = new MotionResult { HasMotion = true };
        motion.Regions.Add(new BoxF(track.Box.X - 5, track.Box.Y, track.Box.W + 10, track.Box.H));
        List<BoxF> boxes = [track.Box];
        Assert.That(DetectionInterval.MotionOutside(motion, boxes), Is.False, "the walker's own motion");
        motion.Regions.Add(new BoxF(500, 50, 60, 120));
        Assert.That(DetectionInterval.MotionOutside(motion, boxes), Is.True, "someone the tracker does not know");
    }

    /// <summary>One frame as the detection stage sees it: returns true when the detector ran.</summary>
    private bool Frame(global::EdgeAgent.Detection.Detection[] detections, MotionResult? motion, bool forceRun = false)
    {
        if (_frame > 0 && _lastRan) _interval.AfterRun(Followed());
        var skip = !forceRun && _interval.Skip(Followed(), motion);
        _tracker.Update(skip ? [] : detections, !skip, _frame / Fps, _set, coasted: skip);
        _frame++;
        _lastRan = !skip;
        return !skip;
    }

    /// <summary>What the tracking stage publishes for detection: the boxes and whether they may be coasted on.</summary>
    private FollowedBoxes Followed()
    {
        var f = new FollowedBoxes { Predictable = Predictability.Holds(_set) };
        foreach (var t in _set.Active) f.Boxes.Add(t.Box);
        return f;
    }

    private bool _lastRan;
}
