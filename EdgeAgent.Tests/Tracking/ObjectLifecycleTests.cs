using System.Buffers;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging.Abstractions;
using static EdgeAgent.Tests.Tracking.TrackerScenario;

namespace EdgeAgent.Tests.Tracking;

/// <summary>Object events as the tracking stage raises them, frame by frame through a real <see cref="FrameAnalysis"/>.</summary>
public class ObjectLifecycleTests
{
    private const int W = 1280;
    private const int H = 720;

    private static readonly ZoneOptions Yard = new()
    {
        Name = "yard",
        Polygon = [(0.4, 0), (0.6, 0), (0.6, 1), (0.4, 1)],
        Loiter = TimeSpan.FromSeconds(30),
    };

    private FramePool _pool = null!;
    private FrameAnalysis _analysis = null!;
    private DetectionResult _detections = null!;
    private TrackingStage _stage = null!;
    private List<AgentEvent> _events = null!;
    private int _frame;

    [SetUp]
    public void CreateStage() => Create(new CameraOptions { Id = "gate", Zones = [Yard] });

    [Test]
    public void Process_PersonWalksThroughZone_NewEnteredLeftEndOnly()
    {
        for (var i = 0; i < 60; i++) Step(Person(100 + (i * 20f), 400, 0.8f)); // 100 px/s left to right across the yard
        for (var i = 0; i < 15; i++) Step(); // gone

        var objects = Objects();
        Assert.That(objects.Select(e => e.Phase), Is.EqualTo(new[] { "new", "update", "update", "end" }), Dump());
        Assert.That(objects.Select(e => e.Track).Distinct().Count(), Is.EqualTo(1));
        Assert.That(objects[1].Entered, Is.EqualTo(new[] { "yard" }));
        Assert.That(objects[1].Zones, Is.EqualTo(new[] { "yard" }));
        Assert.That(objects[2].Left, Is.EqualTo(new[] { "yard" }));
        Assert.That(objects[2].Zones, Is.Empty);
        Assert.That(objects[3].Duration, Is.EqualTo(59 / Fps).Within(0.01));
        Assert.That(objects.All(e => !e.Routine));
    }

    [Test]
    public void Process_PersonWalksOffTheRightEdge_EndCarriesLastObservedBoxAndTime()
    {
        // 200 px/s to the right edge, then gone: for the 2 s a lost track lives, its prediction walks on off the frame.
        global::EdgeAgent.Detection.Detection last = default;
        for (var i = 0; i < 30; i++) Step(last = Person(100 + (i * 40f), 400, 0.8f));
        var lastFrame = _frame - 1;
        for (var i = 0; i < 15; i++) Step();

        var end = Objects().Single(e => e.Phase == "end");
        Assert.Multiple(() =>
        {
            Assert.That(end.Box, Is.EqualTo(last.Box), Dump());
            Assert.That(end.LastSeen, Is.EqualTo(DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000 + (lastFrame / Fps))));
            Assert.That(end.Frame, Is.GreaterThan(lastFrame), "raised when the track is removed, after it was last seen");
        });
        var payload = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(payload, end, "dev-1", 1, end.CaptureTime);
        using var wire = JsonDocument.Parse(payload.WrittenMemory);
        var box = wire.RootElement.GetProperty("box").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.That(box[2], Is.GreaterThan(0), wire.RootElement.ToString());
        Assert.That(box[0] + box[2], Is.LessThanOrEqualTo(1.0));
        Assert.That(wire.RootElement.GetProperty("seen").GetInt64(), Is.EqualTo(end.LastSeen!.Value.ToUnixTimeMilliseconds()));
        EventSchema.AssertValid(wire.RootElement.ToString());
    }

    [Test]
    public void Process_LostTrackPredictedOffTheFrame_UpdateBoxStaysInsideAndNonEmpty()
    {
        for (var i = 0; i < 30; i++) Step(Person(100 + (i * 40f), 400, 0.8f));
        for (var i = 0; i < 8; i++) Step();

        var track = _stage.Tracker.Tracks.Single();
        Assert.That(track.Box.X, Is.GreaterThan(W), "the filter has carried the lost track off the frame");
        var box = track.ReportBox(W, H);
        Assert.That(box.W >= 1 && box.H >= 1 && box.X >= 0 && box.Right <= W, Is.True, box.ToString());
        Assert.That(box, Is.EqualTo(track.LastBox));
    }

    [Test]
    public void Process_TentativeTrackThatDies_RaisesNothing()
    {
        Step(Person(300, 300));
        Step(Person(305, 300));
        for (var i = 0; i < 20; i++) Step();
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public void Process_ParkedCarForMinutes_NewAndStationaryUpdateOnly()
    {
        var random = new Random(3);
        for (var i = 0; i < 5 * 60 * Fps; i++)
        {
            if (i % 10 == 9) Step(); // the detector misses it now and then
            else Step(Car(300 + random.Next(-3, 4), 500 + random.Next(-3, 4), 0.6f + (random.Next(0, 35) / 100f)));
        }
        var objects = Objects();
        Assert.That(objects.Select(e => e.Phase), Is.EqualTo(new[] { "new", "update" }), Dump());
        Assert.That(objects[1].Stationary, Is.True);

        _stage.Flush(_analysis);
        Assert.That(_analysis.Events.OfType<ObjectEvent>().Single().Phase, Is.EqualTo("end"));
    }

    [Test]
    public void Process_ScoreImproves_RoutineUpdateOnlyForBigRiseAfterInterval()
    {
        for (var i = 0; i < 10; i++) Step(Person(100 + (i * 10f), 400, 0.6f));
        for (var i = 10; i < 20; i++) Step(Person(100 + (i * 10f), 400, 0.65f)); // +0.05: not worth a message
        Assert.That(Objects().Select(e => e.Phase), Is.EqualTo(new[] { "new" }));

        Step(Person(300, 400, 0.85f)); // +0.25 at 4 s after "new": within the 5 s interval
        Assert.That(Objects(), Has.Count.EqualTo(1));
        for (var i = 21; i < 30; i++) Step(Person(100 + (i * 10f), 400, 0.8f));

        var objects = Objects();
        Assert.That(objects.Select(e => e.Phase), Is.EqualTo(new[] { "new", "update" }), Dump());
        Assert.That(objects[1].Routine, Is.True);
        Assert.That(objects[1].Priority, Is.EqualTo(EventPriority.Low));
        Assert.That(objects[1].Score, Is.EqualTo(0.85f));
        Assert.That(objects[1].Frame, Is.EqualTo(27), "first frame 5 s after the new event (frame 2, the third hit)");
    }

    [Test]
    public void Process_LoitersInZone_OneUpdateWhenItStarts()
    {
        for (var i = 0; i < 24; i++) Step(Person(400 + (i * 10f), 400)); // walks into the yard at 50 px/s
        for (var i = 0; i < 50 * Fps; i++) Step(Person(640 + (30 * MathF.Sin((float)(i / Fps) * MathF.PI / 2)), 400)); // paces to and fro for 50 s

        var updates = Objects().Where(e => e.Phase == "update").ToList();
        Assert.That(updates.Select(u => u.Loitering.Count), Is.EqualTo(new[] { 0, 1 }), Dump());
        Assert.That(updates[1].Loitering, Is.EqualTo(new[] { "yard" }));
        Assert.That(updates[1].Entered, Is.Empty);
    }

    [Test]
    public void Flush_TwoOpenTracks_EndsBothOnce()
    {
        for (var i = 0; i < 5; i++) Step(Person(100, 300), Car(900, 500));
        _events.Clear();

        _stage.Flush(_analysis);
        _stage.Flush(_analysis);

        var ends = _analysis.Events.OfType<ObjectEvent>().ToList();
        Assert.That(ends.Select(e => e.Phase), Is.EqualTo(new[] { "end", "end" }));
        Assert.That(ends.Select(e => e.Label), Is.EquivalentTo(new[] { "person", "car" }));
    }

    [Test]
    public void Process_StreamTimeGoesBack_EndsOldTracksAndStartsNewIds()
    {
        for (var i = 0; i < 10; i++) Step(Person(100, 300));
        _frame = 0; // a looped file starts again
        for (var i = 0; i < 5; i++) Step(Person(100, 300));

        var objects = Objects();
        Assert.That(objects.Select(e => e.Phase), Is.EqualTo(new[] { "new", "end", "new" }), Dump());
        Assert.That(objects[2].Track, Is.GreaterThan(objects[0].Track));
    }

    [Test]
    public void Process_LineCrossed_RaisesLineCrossingWithCount()
    {
        Create(new CameraOptions { Id = "gate", Lines = [new LineOptions { Name = "door", A = (0.5, 0), B = (0.5, 1) }] });
        for (var i = 0; i < 40; i++) Step(Person(400 + (i * 20f), 400)); // walks right across x = 640

        var crossing = _events.OfType<LineCrossingEvent>().Single();
        Assert.That(crossing.Line, Is.EqualTo("door"));
        Assert.That(crossing.Direction, Is.EqualTo("ba"), "A top, B bottom: moving right is right-to-left of A→B on screen");
        Assert.That(crossing.Count, Is.EqualTo(1));
        Assert.That(_stage.Counts.Get("door", "person", EdgeAgent.Tracking.Zones.LineDirection.BToA), Is.EqualTo(1));
        Assert.That(Objects().Select(e => e.Phase), Is.EqualTo(new[] { "new" }), "a crossing is its own kind, not an object update");
    }

    [Test]
    public void ObjectEvent_OnTheWire_CompactAndNormalised()
    {
        for (var i = 0; i < 30; i++) Step(Person(500 + (i * 10f), 400));
        // The largest object event: in two zones, loitering in one, just entered one.
        var e = Objects().First(x => x.Phase == "update") with { Zones = ["yard", "parking-north"], Loitering = ["yard"], Stationary = true };

        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-0042", 123456, DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_100));
        TestContext.Out.WriteLine($"{buffer.WrittenCount} bytes: {System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)}");
        Assert.That(buffer.WrittenCount, Is.LessThan(400));

        using var wire = JsonDocument.Parse(buffer.WrittenMemory);
        var root = wire.RootElement;
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("object"));
        Assert.That(root.GetProperty("event").GetString(), Is.EqualTo("update"));
        Assert.That(root.GetProperty("track").GetInt64(), Is.EqualTo(e.Track));
        Assert.That(root.GetProperty("zones")[0].GetString(), Is.EqualTo("yard"));
        var box = root.GetProperty("box").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.That(box, Has.All.InRange(0.0, 1.0));
        Assert.That(box[0], Is.EqualTo(e.Box.X / W).Within(0.0001));

        using var cli = JsonDocument.Parse(EventJson.ToCliLine(e));
        var pixels = cli.RootElement.GetProperty("box").EnumerateArray().Select(v => v.GetRawText()).ToArray();
        Assert.That(pixels, Has.All.Matches<string>(s => int.TryParse(s, out _)), "the CLI line has integer pixels");
        Assert.That(cli.RootElement.GetProperty("frame").GetInt64(), Is.EqualTo(e.Frame));
    }

    [Test]
    public void LineCrossingEvent_OnTheWire_CompactAndNormalised()
    {
        Create(new CameraOptions { Id = "gate", Lines = [new LineOptions { Name = "main-entrance", A = (0.5, 0), B = (0.5, 1) }] });
        for (var i = 0; i < 40; i++) Step(Person(400 + (i * 20f), 400));
        var e = _events.OfType<LineCrossingEvent>().Single();

        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-0042", 123456, DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_100));
        Assert.That(buffer.WrittenCount, Is.LessThan(400));
        using var wire = JsonDocument.Parse(buffer.WrittenMemory);
        Assert.That(wire.RootElement.GetProperty("kind").GetString(), Is.EqualTo("line_crossing"));
        Assert.That(wire.RootElement.GetProperty("dir").GetString(), Is.EqualTo("ba"));
        Assert.That(wire.RootElement.GetProperty("box").EnumerateArray().Select(v => v.GetDouble()), Has.All.InRange(0.0, 1.0));
    }

    private void Create(CameraOptions camera)
    {
        _pool = new FramePool(W, H, capacity: 2);
        _analysis = new FrameAnalysis(camera.Id);
        _detections = new DetectionResult();
        _stage = new TrackingStage(camera, NullLogger.Instance);
        _events = [];
        _frame = 0;
    }

    private void Step(params global::EdgeAgent.Detection.Detection[] detections)
    {
        using var frame = RawFrames.ToFrame(_pool, [], _frame, _frame / Fps);
        _analysis.Begin(frame);
        _detections.Ran = true;
        _detections.Items.Clear();
        _detections.Items.AddRange(detections);
        _analysis.Set(_detections);
        _stage.Process(_analysis);
        _events.AddRange(_analysis.Events);
        _frame++;
    }

    private List<ObjectEvent> Objects() => [.. _events.OfType<ObjectEvent>()];

    private string Dump() => string.Join(Environment.NewLine, _events.Select(EventJson.ToCliLine));
}
