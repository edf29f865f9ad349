using System.Buffers;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Crowds;
using EdgeAgent.Detection;
using DetectedObject = EdgeAgent.Detection.Detection;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tracking;
using EdgeAgent.Tracking.Zones;

namespace EdgeAgent.Tests.Crowds;

public class ZoneAnalyticsTests
{
    private const int W = 1000;
    private const int H = 1000;
    private const double Step = 0.2;

    // The left half of the picture; a vertical door line at x = 0.75 drawn top to bottom ("ab" walks right to left).
    private static readonly ZoneOptions Hall = new() { Name = "hall", Polygon = [(0, 0), (0.5, 0), (0.5, 1), (0, 1)] };
    private static readonly LineOptions Door = new() { Name = "door", A = (0.75, 0), B = (0.75, 1) };

    [Test]
    public void Update_PeopleAndCarInAndOut_CountsEachGroupInside()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var tracks = new List<Track> { Person(1, 100, 500), Person(2, 200, 500), Person(3, 800, 500), Car(4, 300, 900) };
        for (var i = 0; i < 10; i++) scene.Frame(tracks);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f));
        Assert.That(scene.Analytics.Vehicles(0), Is.EqualTo(1f));
    }

    [Test]
    public void Update_OneTrackFlickersOutForAFrame_OccupancyHolds()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var a = Person(1, 100, 500);
        var b = Person(2, 200, 500);
        var c = Person(3, 300, 500);
        var seen = new List<float>();
        for (var i = 0; i < 30; i++)
        {
            // Person c's track is missing on one frame (a tracker dropping to tentative would do the same).
            scene.Frame(i == 15 ? [a, b] : [a, b, c]);
            seen.Add(scene.Analytics.People(0));
        }
        Assert.That(seen.Skip(1), Is.All.EqualTo(3f));
    }

    [Test]
    public void Update_LostTrackStillInZone_StillCounted()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var a = Person(1, 100, 500);
        var b = Person(2, 200, 500);
        for (var i = 0; i < 10; i++) scene.Frame([a, b]);
        b.State = TrackState.Lost; // occluded behind a pillar: the tracker keeps it alive on its prediction
        for (var i = 0; i < 10; i++)
        {
            b.Matched = false;
            scene.Frame([a, b]);
        }
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f));
    }

    [Test]
    public void Update_CrowdBuildsUpAndDisperses_OneStartOneEnd()
    {
        var crowd = new CrowdOptions { Threshold = 5, Lower = 3, MinDuration = TimeSpan.FromSeconds(4), ClearDuration = TimeSpan.FromSeconds(2), UpdateInterval = TimeSpan.FromSeconds(5) };
        var scene = new Scene(new CameraOptions { Zones = [Hall with { Crowd = crowd }] });
        var people = Enumerable.Range(1, 8).Select(i => Person(i, 40 * i, 500)).ToList();
        // 2 people, then 6 for 20 s with one flickering every few frames, then 2 again.
        for (var i = 0; i < 150; i++)
        {
            var n = i < 25 ? 2 : i < 125 ? (i % 7 == 0 ? 5 : 6) : 2;
            scene.Frame(people.Take(n).ToList());
        }
        var events = scene.Events.OfType<CrowdEvent>().ToList();
        Assert.That(events.Select(e => e.Phase).Where(p => p != "update"), Is.EqualTo(new[] { "start", "end" }));
        Assert.That(events.Count(e => e.Phase == "update"), Is.LessThanOrEqualTo(20 / 5), "at most one update per update interval");
        var (start, end) = (events[0], events[^1]);
        Assert.That(start.Zone, Is.EqualTo("hall"));
        Assert.That(start.Method, Is.EqualTo("tracks"));
        Assert.That(start.Count, Is.EqualTo(6f));
        Assert.That(start.Frame * Step, Is.InRange(25 * Step + 4, 25 * Step + 4 + 1), "starts the minimum duration after the crowd formed");
        Assert.That(end.Alarm, Is.EqualTo(start.Id), "the phases of one alarm share its id");
        Assert.That(end.Peak, Is.EqualTo(6f));
        Assert.That(end.Duration, Is.EqualTo((125 - 25) * Step).Within(2.5));
        Assert.That(start.Priority, Is.EqualTo(EventPriority.High));
    }

    [Test]
    public void Flush_OpenAlarm_EndsItAndSendsThePartialCounts()
    {
        var crowd = new CrowdOptions { Threshold = 2, Lower = 1, MinDuration = TimeSpan.Zero };
        var scene = new Scene(new CameraOptions { Zones = [Hall with { Crowd = crowd }] });
        for (var i = 0; i < 10; i++) scene.Frame([Person(1, 100, 500), Person(2, 200, 500)]);
        scene.Flush();
        Assert.That(scene.Events.OfType<CrowdEvent>().Select(e => e.Phase), Is.EqualTo(new[] { "start", "end" }));
        var counts = scene.Events.OfType<CountsEvent>().Single();
        Assert.That(counts.Duration, Is.EqualTo(9 * Step).Within(1e-6));
        Assert.That(counts.CaptureTime, Is.EqualTo(DateTimeOffset.UnixEpoch.AddSeconds(9 * Step)), "ts is the end of the interval");
        Assert.That(counts.Zones[0].People, Is.EqualTo(new OccupancySummary(2, 2, 2)));
    }

    [Test]
    public void Update_PeopleCrossBothWays_CountsPerIntervalAndDirection()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall], Lines = [Door], Counts = new CountsOptions { Interval = TimeSpan.FromSeconds(10) } });
        // Interval 1 (0..10 s): two walk right to left ("ab"), one left to right. Interval 2: one car right to left.
        var walkers = new[] { Person(1, 800, 300), Person(2, 850, 500), Person(3, 550, 700) };
        for (var i = 0; i < 50; i++)
        {
            walkers[0].Box = FootAt(800 - (i * 10), 300, walkers[0].Box);
            walkers[1].Box = FootAt(850 - (i * 10), 500, walkers[1].Box);
            walkers[2].Box = FootAt(550 + (i * 8), 700, walkers[2].Box);
            scene.Frame(walkers);
        }
        var car = Car(9, 950, 900);
        for (var i = 0; i < 25; i++)
        {
            car.Box = FootAt(950 - (i * 20), 900, car.Box);
            scene.Frame([car]);
        }
        scene.Flush();

        var counts = scene.Events.OfType<CountsEvent>().ToList();
        Assert.That(counts, Has.Count.EqualTo(2));
        Assert.That(counts[0].Lines[0], Is.EqualTo(new LineTally("door", new FlowCounts(2, 1), new FlowCounts(0, 0))));
        Assert.That(counts[1].Lines[0], Is.EqualTo(new LineTally("door", new FlowCounts(0, 0), new FlowCounts(1, 0))));
        var crossings = scene.Events.OfType<LineCrossingEvent>().Count();
        Assert.That(counts.Sum(c => c.Lines[0].People!.Value.AToB + c.Lines[0].People!.Value.BToA + c.Lines[0].Vehicles!.Value.AToB + c.Lines[0].Vehicles!.Value.BToA), Is.EqualTo(crossings));
        Assert.That(counts[0].Zones[0].People!.Value.Max, Is.EqualTo(2f), "walkers 1 and 2 end inside the hall");
        Assert.That(counts[0].Zones[0].People!.Value.Min, Is.Zero);
    }

    [Test]
    public void CountsPayload_FourZonesTwoLines_Under500Bytes()
    {
        string[] zones = ["platform_1", "platform_2", "concourse", "ticket_hall"];
        var e = new CountsEvent
        {
            Camera = "station-cam-12",
            CaptureTime = DateTimeOffset.UtcNow,
            Start = DateTimeOffset.UtcNow.AddMinutes(-1),
            Duration = 60,
            Zones = zones.Select(z => new ZoneTally(z, new OccupancySummary(12.5f, 148.5f, 87.3f), new OccupancySummary(0, 3, 1.4f))).ToList(),
            Lines = [new LineTally("north_gate", new FlowCounts(1234, 987), new FlowCounts(12, 9)), new LineTally("south_gate", new FlowCounts(845, 1022), new FlowCounts(3, 4))],
        };
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-device-0042", 123456789, DateTimeOffset.UtcNow);
        TestContext.Out.WriteLine($"{buffer.WrittenCount} bytes: {System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)}");
        Assert.That(buffer.WrittenCount, Is.LessThan(500));

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var r = doc.RootElement;
        Assert.That(r.GetProperty("kind").GetString(), Is.EqualTo("counts"));
        Assert.That(r.GetProperty("zones").GetProperty("concourse").GetProperty("p")[1].GetDouble(), Is.EqualTo(148.5));
        Assert.That(r.GetProperty("lines").GetProperty("south_gate").GetProperty("p")[1].GetInt32(), Is.EqualTo(1022));
    }

    [Test]
    public void Update_PersonWalksInThenStandsHalfHidden_CountedByHisWeakDetection()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var a = Person(1, 100, 500);
        var hidden = Person(2, 300, 500);
        for (var i = 0; i < 10; i++) scene.Frame([a, hidden], new DetectionResult { Ran = true });
        // He stops behind a bag: his track is lost and removed; only his upper body scores, weakly.
        var upper = new BoxF(hidden.Box.X, hidden.Box.Y, hidden.Box.W, hidden.Box.H / 2);
        var weak = Weak(upper, 0.28f);
        for (var i = 0; i < 10; i++) scene.Frame([a], weak);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f), "the half-hidden person the tracker lost");

        // Still there a minute later: each weak detection refreshes his place.
        for (var i = 0; i < 400; i++) scene.Frame([a], weak);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f), "80 s on, still counted while seen");

        // A track forms on him again: while tentative it is not counted, so the detection still is.
        var again = Person(3, 300, 500);
        again.State = TrackState.Tentative;
        for (var i = 0; i < 10; i++) scene.Frame([a, again], weak);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f), "a tentative track does not count him, his detection does");

        again.State = TrackState.Confirmed;
        for (var i = 0; i < 10; i++) scene.Frame([a, again], weak);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(2f), "his confirmed track covers the detection: not counted twice");
    }

    [Test]
    public void Update_WeakPersonWhereNobodyWalked_NotCounted()
    {
        // A pole or a cone the detector half believes is a person: no tracked person was ever there.
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        for (var i = 0; i < 20; i++) scene.Frame([Person(1, 100, 500)], Weak(new BoxF(280, 400, 40, 100), 0.3f));
        Assert.That(scene.Analytics.People(0), Is.EqualTo(1f));
    }

    [Test]
    public void Update_PlaceForgottenAfterAMinuteUnseen_WeakNoLongerCounted()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var empty = new DetectionResult { Ran = true };
        Walked(scene, 300, 500);
        for (var i = 0; i < 350; i++) scene.Frame([], empty); // 70 s with nobody detected there
        for (var i = 0; i < 10; i++) scene.Frame([], Weak(new BoxF(280, 400, 40, 100), 0.3f));
        Assert.That(scene.Analytics.People(0), Is.EqualTo(0f));
    }

    [Test]
    public void Update_WeakDetectionOnAStrongOne_SamePersonNotCountedAgain()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var a = Person(1, 100, 500);
        Walked(scene, 300, 500);
        var detections = Weak(new BoxF(285, 405, 40, 100), 0.27f);
        detections.Items.Add(new DetectedObject(0, "person", 0.6f, new BoxF(280, 400, 40, 100)));
        for (var i = 0; i < 10; i++) scene.Frame([a], detections);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(1f), "the weak box is a second response to the strong one, whose tentative track is not counted yet");
    }

    [Test]
    public void Update_DetectorSkipsFrames_WeakPeopleKeptFromItsLastRun()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        var a = Person(1, 100, 500);
        Walked(scene, 300, 500);
        var weak = Weak(new BoxF(280, 400, 40, 100), 0.3f);
        var skipped = new DetectionResult { Ran = false };
        var seen = new List<float>();
        for (var i = 0; i < 30; i++)
        {
            scene.Frame([a], i % 3 == 0 ? weak : skipped);
            seen.Add(scene.Analytics.People(0));
        }
        Assert.That(seen.Skip(8), Is.All.EqualTo(2f), string.Join(" ", seen));
    }

    [Test]
    public void Update_WeakOutsideZoneBelowFloorOrAnotherLabel_NotCounted()
    {
        var scene = new Scene(new CameraOptions { Zones = [Hall] });
        Walked(scene, 300, 500);
        Walked(scene, 800, 500);
        Walked(scene, 120, 440);
        var detections = Weak(new BoxF(780, 400, 40, 100), 0.3f); // feet at x 0.8: outside the hall
        detections.Weak.Add(new DetectedObject(0, "person", 0.22f, new BoxF(280, 400, 40, 100))); // below 0.25
        detections.Weak.Add(new DetectedObject(26, "handbag", 0.3f, new BoxF(100, 400, 40, 40)));
        for (var i = 0; i < 10; i++) scene.Frame([], detections);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(0f));
    }

    [Test]
    public void Update_WeakPeopleOne_CountsTracksOnly()
    {
        var camera = new CameraOptions { Zones = [Hall], Counts = new CountsOptions { WeakPeople = 1 } };
        var scene = new Scene(camera);
        Walked(scene, 300, 500);
        for (var i = 0; i < 10; i++) scene.Frame([Person(1, 100, 500)], Weak(new BoxF(280, 400, 40, 100), 0.31f));
        Assert.That(scene.Analytics.People(0), Is.EqualTo(1f));
    }

    [Test]
    public void Update_CrowdZoneByTracks_WeakPeopleRaiseTheAlarm()
    {
        var crowded = Hall with { Crowd = new CrowdOptions { Method = CrowdMethods.Tracks, Threshold = 3, Lower = 2, MinDuration = TimeSpan.FromSeconds(1) } };
        var scene = new Scene(new CameraOptions { Zones = [crowded] });
        var tracks = new List<Track> { Person(1, 100, 500), Person(2, 200, 500) };
        Walked(scene, 300, 500);
        Walked(scene, 400, 700);
        var weak = Weak(new BoxF(280, 400, 40, 100), 0.29f);
        weak.Weak.Add(new DetectedObject(0, "person", 0.26f, new BoxF(380, 600, 40, 100)));
        for (var i = 0; i < 20; i++) scene.Frame(tracks, weak);
        Assert.That(scene.Analytics.People(0), Is.EqualTo(4f));
        Assert.That(scene.Events.OfType<CrowdEvent>().Select(e => e.Phase), Does.Contain("start"));
    }

    /// <summary>A tracked person walks through (feet at x, y) for a second and is gone: the place is remembered.</summary>
    private static void Walked(Scene scene, float footX, float footY)
    {
        var p = Person(1000 + (long)footX + (long)footY, footX, footY);
        for (var i = 0; i < 5; i++) scene.Frame([p], new DetectionResult { Ran = true });
    }

    private static DetectionResult Weak(BoxF box, float score)
    {
        var d = new DetectionResult { Ran = true };
        d.Weak.Add(new DetectedObject(0, "person", score, box));
        return d;
    }

    private static Track Person(long id, float footX, float footY) =>
        new() { Id = id, Label = "person", State = TrackState.Confirmed, Matched = true, WasConfirmed = true, Box = new BoxF(footX - 20, footY - 100, 40, 100) };

    private static Track Car(long id, float footX, float footY) =>
        new() { Id = id, Label = "car", State = TrackState.Confirmed, Matched = true, WasConfirmed = true, Box = new BoxF(footX - 80, footY - 90, 160, 90) };

    private static BoxF FootAt(float x, float y, BoxF box) => new(x - (box.W / 2), y - box.H, box.W, box.H);

    /// <summary>The tracking stage's zone and line steps on hand-made tracks, then the analytics, frame by frame.</summary>
    private sealed class Scene(CameraOptions camera)
    {
        private readonly ZoneMonitor _zones = new(camera.Zones, 1);
        private readonly LineCounter _lines = new(camera.Lines, 1);
        private readonly List<LineCrossing> _crossings = [];
        private readonly List<AgentEvent> _frame = [];
        private long _index;

        public ZoneAnalytics Analytics { get; } = new(camera);

        public List<AgentEvent> Events { get; } = [];

        public void Frame(IReadOnlyList<Track> tracks, DetectionResult? detections = null)
        {
            var time = _index * Step;
            foreach (var t in tracks) t.Matched = t.State != TrackState.Lost;
            _zones.Update(tracks, time, W, H);
            _lines.Update(tracks, W, H, _crossings);
            _frame.Clear();
            var origin = new EventOrigin("cam", DateTimeOffset.UnixEpoch.AddSeconds(time), _index, 0, W, H);
            foreach (var c in _crossings)
            {
                _frame.Add(new LineCrossingEvent
                {
                    Camera = "cam",
                    CaptureTime = origin.CaptureTime,
                    Frame = _index,
                    Line = _lines[c.Line].Name,
                    Direction = c.Direction == LineDirection.AToB ? "ab" : "ba",
                    Track = c.Track.Id,
                    Label = c.Track.Label,
                    Count = c.Count,
                });
            }
            Analytics.Update(tracks, time, origin, null, null, _frame, detections);
            Events.AddRange(_frame);
            _index++;
        }

        public void Flush()
        {
            _frame.Clear();
            Analytics.Flush(_frame);
            Events.AddRange(_frame);
        }
    }
}
