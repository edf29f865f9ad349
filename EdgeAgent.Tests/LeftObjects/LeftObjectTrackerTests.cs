using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.LeftObjects;
using EdgeAgent.Tracking;

namespace EdgeAgent.Tests.LeftObjects;

/// <summary>Owner logic and alarm lifecycle with hand-made tracks and blobs, at 5 frames per second of stream time.</summary>
public class LeftObjectTrackerTests
{
    private const double Step = 0.2;
    private static readonly BoxF Bag = new(300, 300, 40, 30);

    private static readonly LeftObjectOptions Options = new()
    {
        After = TimeSpan.FromSeconds(10),
        UpdateInterval = TimeSpan.FromSeconds(5),
        MaxAge = TimeSpan.FromSeconds(120),
        OwnerGrace = TimeSpan.FromSeconds(5),
        MissingGrace = TimeSpan.FromSeconds(2),
    };

    private readonly List<LeftObjectEvent> _events = [];
    private LeftObjectTracker _tracker = null!;
    private double _time;

    [SetUp]
    public void Create()
    {
        _tracker = new LeftObjectTracker(Options);
        _events.Clear();
        _time = 0;
    }

    private static Track Person(long id, float footX, float footY) =>
        new() { Id = id, Label = "person", State = TrackState.Confirmed, Box = new BoxF(footX - 20, footY - 120, 40, 120) };

    private static Track BagTrack(long id, BoxF? box = null) =>
        new() { Id = id, Label = "backpack", State = TrackState.Confirmed, Box = box ?? Bag };

    /// <summary>Runs frames for <paramref name="seconds"/> with the tracks and blobs the callback gives for each time.</summary>
    private void Run(double seconds, Func<double, List<Track>> tracks, Func<double, StaticBlob[]>? blobs = null)
    {
        var end = _time + seconds;
        var raised = new List<AgentEvent>();
        for (; _time < end - 1e-9; _time += Step)
        {
            raised.Clear();
            var origin = new EventOrigin("cam", DateTimeOffset.UnixEpoch.AddSeconds(_time), (long)Math.Round(_time / Step), 0, 640, 360);
            _tracker.Update(_time, tracks(_time), blobs?.Invoke(_time) ?? [], origin, raised);
            _events.AddRange(raised.Cast<LeftObjectEvent>());
        }
    }

    private IEnumerable<LeftObjectEvent> Phase(string phase) => _events.Where(e => e.Phase == phase);

    private static double TimeOf(LeftObjectEvent e) => e.Frame * Step;

    [Test]
    public void Update_OwnerStandsBy_NoAlarm()
    {
        Run(60, _ => [BagTrack(2), Person(1, 360, 330)]);
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public void Update_OwnerTrackEnds_AlarmTAfterHeLeft()
    {
        Run(20, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(15, _ => [BagTrack(2)]);
        var start = Phase("start").Single();
        Assert.That(TimeOf(start), Is.EqualTo(30).Within(0.3), "T counts from the moment the owner left, not from when the bag stopped");
        Assert.That(start.OwnerLeft, Is.EqualTo(DateTimeOffset.UnixEpoch.AddSeconds(19.8)).Within(TimeSpan.FromSeconds(0.3)));
        Assert.That(start.Owners, Is.EqualTo(new long[] { 1 }));
        Assert.That(start.Label, Is.EqualTo("backpack"));
        Assert.That(start.Source, Is.EqualTo("detector"));
        Assert.That(start.Priority, Is.EqualTo(EventPriority.High));
    }

    [Test]
    public void Update_OwnerWalksAwayInView_AlarmAfterGraceAndT()
    {
        // Owner puts the bag down at t=0, stays 3 s, then walks off to a far corner and stands there.
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(30, _ => [BagTrack(2), Person(1, 620, 100)]);
        var start = Phase("start").Single();
        Assert.That(TimeOf(start), Is.EqualTo(12.8).Within(0.3), "T=10 s after the owner was last at it (2.8 s)");
    }

    [Test]
    public void Update_OwnerAwayShorterThanGraceThenBack_NoAlarm()
    {
        Run(12, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(4, _ => [BagTrack(2), Person(1, 620, 100)]);
        Run(30, _ => [BagTrack(2), Person(1, 350, 335)]);
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public void Update_BagTakenAwayWithNobodyNear_EndsRemoved()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(17, _ => [BagTrack(2)]);
        Run(5, _ => []);
        Assert.That(_events.Select(e => e.Phase), Is.EqualTo(new[] { "start", "update", "end" }), "start at 12.8 s, update at 17.8 s, gone at 22 s");
        var end = Phase("end").Single();
        Assert.That(end.Reason, Is.EqualTo("removed"));
        Assert.That(end.ObjectId, Is.EqualTo(Phase("start").Single().ObjectId));
        Assert.That(TimeOf(end), Is.EqualTo(22).Within(0.5), "missing longer than the 2 s grace");
    }

    [Test]
    public void Update_OwnerComesBackAndPicksItUp_EndsReclaimedByOwner()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(20, _ => [BagTrack(2), Person(1, 620, 100)]);
        Assert.That(Phase("start").Count(), Is.EqualTo(1));
        // Walks back; picks the bag up (the bag track vanishes into the person's hands), walks off.
        Run(1, _ => [BagTrack(2), Person(1, 330, 335)]);
        Run(1, _ => [Person(1, 330, 335)]);
        Run(6, t => [Person(1, 330 + (float)((t - 25) * 60), 335)]);
        var end = Phase("end").Single();
        Assert.That((end.Reason, end.By), Is.EqualTo(("reclaimed", "owner")));
    }

    [Test]
    public void Update_StrangerCarriesItOff_EndsReclaimedByOther()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(20, _ => [BagTrack(2)]);
        Assert.That(Phase("start").Count(), Is.EqualTo(1));
        // Someone else takes it: the bag track moves with them.
        Run(4, t => [BagTrack(2, Bag with { X = Bag.X + (float)((t - 23) * 80) }), Person(7, Bag.CenterX + 10 + (float)((t - 23) * 80), Bag.Bottom)]);
        var end = Phase("end").Single();
        Assert.That((end.Reason, end.By), Is.EqualTo(("reclaimed", "other")));
    }

    [Test]
    public void Update_StillLongerThanMaxAge_EndsAbsorbedAndStaysQuiet()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(150, _ => [BagTrack(2)]);
        Assert.That(Phase("start").Count(), Is.EqualTo(1));
        var end = Phase("end").Single();
        Assert.That(end.Reason, Is.EqualTo("absorbed"));
        Assert.That(TimeOf(end), Is.EqualTo(120).Within(0.3));
        Assert.That(_events.Last(), Is.SameAs(end), "no new alarm for the same object once it is scenery");
        Assert.That(_tracker.ToAbsorb, Is.Empty, "asked once, at the end");
    }

    [Test]
    public void Update_AlarmOpen_UpdatesAtMostEveryInterval()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(41, _ => [BagTrack(2)]);
        var times = _events.Select(TimeOf).ToList();
        Assert.That(Phase("update").Count(), Is.EqualTo(6), "start at 12.8 s (T after the owner was last at it), then 17.8, ... 42.8 s");
        for (var i = 1; i < times.Count; i++) Assert.That(times[i] - times[i - 1], Is.GreaterThanOrEqualTo(5 - 1e-6));
    }

    [Test]
    public void Update_StaticBlobUnderStandingPerson_NoCandidate()
    {
        var blob = new StaticBlob(new BoxF(340, 220, 40, 110), 300, 8, false);
        Run(60, _ => [Person(1, 360, 330)], _ => [blob]);
        Assert.That(_events, Is.Empty);
        Assert.That(_tracker.CandidateCount, Is.Zero);
    }

    [Test]
    public void Update_StaticBlobUnderParkedCar_NoCandidate()
    {
        var car = new Track { Id = 3, Label = "car", State = TrackState.Confirmed, Stationary = true, Box = new BoxF(100, 150, 200, 120) };
        var blob = new StaticBlob(new BoxF(110, 160, 180, 100), 3000, 20, false);
        Run(60, _ => [car], _ => [blob]);
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public void Update_StaticBlobOnly_DatedBackByItsEvidence()
    {
        // The blob shows 6 s after the object arrived (2 s fast background + its 4 s of evidence).
        Run(30, t => [], t => [new StaticBlob(Bag, 100, (float)(t - 6 + 4), false)]);
        var start = Phase("start").First();
        Assert.That(start.Source, Is.EqualTo("static"));
        Assert.That(start.Label, Is.EqualTo("object"));
        Assert.That(start.Owners, Is.Empty);
        Assert.That(TimeOf(start), Is.EqualTo(10).Within(0.3), "T counts from when it arrived, not from when it was noticed");
    }

    [Test]
    public void Update_NewGhostBlob_AbsorbedWithoutCandidate()
    {
        var ghost = new StaticBlob(Bag, 100, 8, Ghost: true);
        var absorbed = 0;
        var end = _time + 30;
        for (; _time < end - 1e-9; _time += Step)
        {
            var origin = new EventOrigin("cam", DateTimeOffset.UnixEpoch.AddSeconds(_time), (long)Math.Round(_time / Step), 0, 640, 360);
            _tracker.Update(_time, [], [ghost], origin, []);
            absorbed += _tracker.ToAbsorb.Count(b => b.IoU(Bag) > 0.99f);
        }
        Assert.That(_tracker.CandidateCount, Is.Zero);
        Assert.That(absorbed, Is.GreaterThan(0), "the detector is told to take the old scene's hole in");
    }

    [Test]
    public void Update_FollowedBlobLooksLikeGhostForAFrame_AlarmSurvives()
    {
        Run(30, t => [], t => [new StaticBlob(Bag, 100, (float)(t + 4), Ghost: t is > 12 and < 12.5)]);
        Assert.That(Phase("start").Count(), Is.EqualTo(1));
        Assert.That(Phase("end"), Is.Empty, "a blob already followed is not judged again");
    }

    [Test]
    public void Update_PasserByHidesBag_AlarmSurvives()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(15, _ => [BagTrack(2)]);
        // A person walks over the bag: the detector loses the bag under them for 4 s.
        Run(4, _ => [Person(9, Bag.CenterX, Bag.Bottom + 10)]);
        Run(5, _ => [BagTrack(2)]);
        Assert.That(Phase("end"), Is.Empty);
        Assert.That(Phase("start").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Flush_OpenAlarm_EndsWithStreamEnd()
    {
        Run(3, _ => [BagTrack(2), Person(1, 360, 330)]);
        Run(15, _ => [BagTrack(2)]);
        var raised = new List<AgentEvent>();
        _tracker.Flush(_time, new EventOrigin("cam", DateTimeOffset.UnixEpoch, 99, 0, 640, 360), raised);
        Assert.That(raised.Cast<LeftObjectEvent>().Single().Reason, Is.EqualTo("stream_end"));
    }
}
