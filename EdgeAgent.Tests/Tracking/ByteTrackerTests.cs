using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Tracking;
using static EdgeAgent.Tests.Tracking.TrackerScenario;

namespace EdgeAgent.Tests.Tracking;

public class ByteTrackerTests
{
    private ByteTracker _tracker = null!;
    private TrackSet _set = null!;
    private int _frame;

    [SetUp]
    public void CreateTracker()
    {
        _tracker = new ByteTracker(new TrackingOptions());
        _set = new TrackSet();
        _frame = 0;
    }

    [Test]
    public void Update_TwoPeopleCrossingPaths_KeepTheirIds()
    {
        // A walks right, B walks left on nearly the same line at 100 px/s; while they overlap the one behind is hidden.
        long idA = 0, idB = 0;
        for (var i = 0; i < 40; i++)
        {
            var ax = 100 + (i * 20f);
            var bx = 900 - (i * 20f);
            var overlapping = Math.Abs(ax - bx) < 100; // B hidden behind A for 5 frames (1 s)
            global::EdgeAgent.Detection.Detection[] dets = overlapping ? [Person(ax, 300)] : [Person(ax, 300), Person(bx, 310)];
            Step(dets);
            if (i == 10)
            {
                idA = Nearest(ax, 300).Id;
                idB = Nearest(bx, 310).Id;
                Assert.That(idA, Is.Not.EqualTo(idB));
            }
        }
        Assert.That(Nearest(100 + (39 * 20f), 300).Id, Is.EqualTo(idA), "A kept its id after the crossing");
        Assert.That(Nearest(900 - (39 * 20f), 310).Id, Is.EqualTo(idB), "B kept its id after the crossing");
        Assert.That(_set.Active, Has.Count.EqualTo(2));
    }

    [Test]
    public void Update_OccludedForOneSecond_KeepsId()
    {
        for (var i = 0; i < 10; i++) Step([Person(100 + (i * 15f), 300)]);
        var id = Single().Id;

        for (var i = 10; i < 15; i++)
        {
            Step([]); // behind a pillar for 5 frames = 1 s; the detector ran and saw nothing
            Assert.That(Single().State, Is.EqualTo(TrackState.Lost));
        }
        Step([Person(100 + (15 * 15f), 300)]);

        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed));
        Assert.That(_set.Ended, Is.Empty);
    }

    [Test]
    public void Update_JoggerMovingMoreThanItsWidthPerFrame_ConfirmedWithOneId()
    {
        // 50 px per frame with a 40 px wide box at 5 fps: consecutive boxes never overlap.
        for (var i = 0; i < 20; i++) Step([Person(100 + (i * 50f), 300)]);
        Assert.That(Single().Hits, Is.EqualTo(20));
        Assert.That(Single().Id, Is.EqualTo(1));
    }

    [Test]
    public void Update_OneMissedFrame_DoesNotEndTrack()
    {
        for (var i = 0; i < 6; i++) Step([Person(200 + (i * 10f), 300)]);
        var id = Single().Id;
        Step([]);
        Assert.That(_set.Ended, Is.Empty);
        Step([Person(270, 300)]);
        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(_tracker.Tracks, Has.Count.EqualTo(1), "no second track started for the same person");
    }

    [Test]
    public void Update_ObjectGoneLongerThanMaxLost_EndsAndNewcomerGetsNewId()
    {
        for (var i = 0; i < 6; i++) Step([Person(300, 300)]);
        var first = Single();

        var ended = new List<Track>();
        for (var i = 0; i < 30; i++) // 6 s with nothing: longer than still_max_lost (5 s), which a still object gets instead of max_lost
        {
            Step([]);
            ended.AddRange(_set.Ended);
        }
        Assert.That(ended, Is.EqualTo(new[] { first }));
        Assert.That(first.State, Is.EqualTo(TrackState.Removed));
        Assert.That(_tracker.Tracks, Is.Empty);

        for (var i = 0; i < 4; i++) Step([Person(300, 300)]);
        Assert.That(Single().Id, Is.GreaterThan(first.Id));
    }

    [Test]
    public void Update_ParkedCarForMinutes_BecomesStationaryAndStaysOneTrack()
    {
        var random = new Random(7);
        long id = 0;
        double stationaryAt = -1;
        var frames = (int)(5 * 60 * Fps);
        for (var i = 0; i < frames; i++)
        {
            // Box jitter of a few pixels, a detector miss every 10th frame and a 30 s stretch where motion gating
            // kept the detector off.
            var ran = i is < 600 or > 750;
            global::EdgeAgent.Detection.Detection[] dets = i % 10 == 9 ? [] : [Car(500 + random.Next(-3, 4), 400 + random.Next(-3, 4), 0.8f + (random.Next(0, 10) / 100f))];
            Step(dets, ran);
            Assert.That(_set.Ended, Is.Empty, $"frame {i}");
            if (i == 10) id = Single().Id;
            if (i > 10) Assert.That(Single().Id, Is.EqualTo(id), $"frame {i}");
            if (i > 10 && stationaryAt < 0 && Single().Stationary) stationaryAt = i / Fps;
        }
        Assert.That(stationaryAt, Is.InRange(20, 22), "stationary after 20 s still");
        Assert.That(Single().Stationary, Is.True);
        Assert.That(_tracker.Tracks, Has.Count.EqualTo(1));
    }

    [Test]
    public void Update_StationaryCarDrivesOff_MovesAgainWithSameId()
    {
        for (var i = 0; i < 30 * Fps; i++) Step([Car(500, 400)]);
        var car = Single();
        Assert.That(car.Stationary, Is.True);

        for (var i = 1; i <= 10; i++) Step([Car(500 + (i * 20f), 400)]);
        Assert.That(Single().Id, Is.EqualTo(car.Id));
        Assert.That(car.Stationary, Is.False);
        Assert.That(car.Velocity.X, Is.GreaterThan(50), "the filter follows it again");
    }

    [Test]
    public void Update_StationaryCarMissedLongerThanMaxLost_StaysAlive()
    {
        for (var i = 0; i < 25 * Fps; i++) Step([Car(500, 400)]);
        Assert.That(Single().Stationary, Is.True);
        for (var i = 0; i < 20 * Fps; i++) Step([]); // 20 s of misses: far past max_lost, within stationary_max_lost
        Assert.That(Single().State, Is.EqualTo(TrackState.Lost));
        Step([Car(501, 399)]);
        Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed));
        Assert.That(_set.Ended, Is.Empty);
    }

    [Test]
    public void Update_DetectorSkippedForAMinute_TracksDoNotAge()
    {
        for (var i = 0; i < 6; i++) Step([Person(300 + (i * 5f), 300)]);
        var id = Single().Id;
        for (var i = 0; i < 60 * Fps; i++)
        {
            Step([], ran: false);
            Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed), $"skipped frame {i}");
        }
        // Last seen at x=325 walking 25 px/s: a fading velocity moves it at most about 25 px (1 s time constant),
        // where constant velocity would have carried it 1500 px away over the minute.
        Assert.That(Single().Box.CenterX, Is.InRange(325, 360), "a stale velocity fades instead of carrying the box away");
        Step([Person(340, 300)]);
        Assert.That(Single().Id, Is.EqualTo(id));
    }

    [Test]
    public void Update_PersonOnCarsBox_NeverTakesTheCarsTrack()
    {
        for (var i = 0; i < 5; i++) Step([Car(500, 400)]);
        var car = Single();
        Step([new global::EdgeAgent.Detection.Detection(0, "person", 0.9f, car.Box)]);
        Assert.That(car.Matched, Is.False);
        Assert.That(car.Label, Is.EqualTo("car"));
        Assert.That(_tracker.Tracks.Single(t => t.Label == "person").Id, Is.Not.EqualTo(car.Id));
    }

    [Test]
    public void Update_CarSeenAsTruck_KeepsTrackWithinVehicleGroup()
    {
        for (var i = 0; i < 5; i++) Step([Car(500 + (i * 4f), 400, 0.7f)]);
        var id = Single().Id;
        Step([Truck(520, 400, 0.95f)]);
        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(Single().Label, Is.EqualTo("truck"), "the label follows the most confident view");
        Assert.That(_tracker.Tracks, Has.Count.EqualTo(1));
    }

    [Test]
    public void Update_LowScoreDetections_ExtendTrackButStartNone()
    {
        for (var i = 0; i < 5; i++) Step([Person(300 + (i * 10f), 300)]);
        var id = Single().Id;
        for (var i = 5; i < 10; i++) Step([Person(300 + (i * 10f), 300, score: 0.3f), Person(800, 100, score: 0.3f)]);
        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed));
        Assert.That(_tracker.Tracks, Has.Count.EqualTo(1), "a weak detection alone starts no track");
    }

    [Test]
    public void Update_StillPersonUnseenForFourSeconds_KeepsIdWhenSeenAgain()
    {
        // Stands still 3 s, hidden 4 s (twice max_lost), seen again in place: the same person, the same track.
        for (var i = 0; i < 15; i++) Step([Person(300, 300)]);
        var id = Single().Id;
        for (var i = 0; i < 20; i++) Step([]);
        Assert.That(Single().State, Is.EqualTo(TrackState.Lost));
        Step([Person(301, 300)]);

        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed));
    }

    [Test]
    public void Update_WalkerUnseenForFourSeconds_EndsAfterMaxLost()
    {
        // Only a still track is kept past max_lost: a walker who vanished for 4 s has walked on, whoever appears is new.
        for (var i = 0; i < 15; i++) Step([Person(100 + (i * 20f), 300)]);
        var id = Single().Id;
        for (var i = 0; i < 20; i++) Step([]);

        Assert.That(_set.Active, Is.Empty);
        Step([Person(100 + (35 * 20f), 300)]);
        Assert.That(_tracker.Tracks.Single().Id, Is.Not.EqualTo(id));
    }

    [Test]
    public void Update_LowScoreOnStillLostTrack_KeepsItAlive()
    {
        // A still person misses two frames, then scores only 0.3 for 6 s (half hidden): low-score detections revive a still lost track.
        for (var i = 0; i < 15; i++) Step([Person(300, 300)]);
        var id = Single().Id;
        Step([]);
        Step([]);
        for (var i = 0; i < 30; i++) Step([Person(300, 300, score: 0.3f)]);

        Assert.That(Single().Id, Is.EqualTo(id));
        Assert.That(Single().State, Is.EqualTo(TrackState.Confirmed));
    }

    [Test]
    public void Update_WeakDetectionsPersistingInPlace_StartTrackOnlyAfterLowBirthAfter()
    {
        _tracker = new ByteTracker(new TrackingOptions { LowBirthAfter = TimeSpan.FromSeconds(2) });
        for (var i = 0; i < 8; i++) Step([Person(300, 300, score: 0.3f)]);
        Assert.That(_set.Active, Is.Empty, "1.4 s of weak detections: not yet");
        for (var i = 0; i < 4; i++) Step([Person(300, 300, score: 0.3f)]);

        Assert.That(Single().Label, Is.EqualTo("person"));
    }

    [Test]
    public void Update_TentativeTrack_IsNotActiveAndDiesWithoutEnding()
    {
        Step([Person(300, 300)]);
        Step([Person(305, 300)]);
        Assert.That(_set.Active, Is.Empty, "two hits are fewer than min_hits");
        Assert.That(_tracker.Tracks.Single().State, Is.EqualTo(TrackState.Tentative));
        Step([]);
        Step([]);
        Assert.That(_tracker.Tracks, Is.Empty);
        Assert.That(_set.Ended, Is.Empty, "a track never confirmed has no lifecycle to end");
    }

    [Test]
    public void Update_TwentyMovingObjectsSteadyState_AllocatesNothing()
    {
        var dets = new global::EdgeAgent.Detection.Detection[20];
        for (var i = 0; i < 40; i++)
        {
            for (var k = 0; k < 20; k++) dets[k] = Person(50 + (k * 60f) + (i * 2f), 200 + ((k % 4) * 120f), 0.6f + ((k % 3) * 0.1f));
            Step(dets);
        }
        Assert.That(_set.Active, Has.Count.EqualTo(20));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 40; i < 80; i++)
        {
            for (var k = 0; k < 20; k++) dets[k] = Person(50 + (k * 60f) + (i * 2f), 200 + ((k % 4) * 120f), 0.6f + ((k % 3) * 0.1f));
            Step(dets);
        }
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(_set.Active, Has.Count.EqualTo(20));
    }

    [Test]
    public void EndAll_OpenTracks_EndsConfirmedOnesAndIdsKeepCounting()
    {
        for (var i = 0; i < 4; i++) Step([Person(100, 300), Person(600, 300)]);
        Step([Person(100, 300), Person(600, 300), Person(900, 300)]);
        var maxId = _tracker.Tracks.Max(t => t.Id);

        _tracker.EndAll(_set);

        Assert.That(_set.Ended, Has.Count.EqualTo(2), "the tentative third person had no lifecycle");
        Assert.That(_tracker.Tracks, Is.Empty);
        _frame = 0;
        Step([Person(100, 300)]);
        Assert.That(_tracker.Tracks.Single().Id, Is.GreaterThan(maxId));
    }

    private void Step(global::EdgeAgent.Detection.Detection[] detections, bool ran = true)
    {
        _tracker.Update(detections, ran, _frame / Fps, _set);
        _frame++;
    }

    private Track Single()
    {
        Assert.That(_set.Active, Has.Count.EqualTo(1), "active tracks: " + string.Join(", ", _set.Active.Select(t => $"{t.Id}:{t.Label}@{t.Box}")));
        return _set.Active[0];
    }

    private Track Nearest(float cx, float cy) =>
        _set.Active.OrderBy(t => Math.Abs(t.Box.CenterX - cx) + Math.Abs(t.Box.CenterY - cy)).First();
}
