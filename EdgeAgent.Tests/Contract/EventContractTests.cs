using System.Buffers;
using System.Text;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Contract;

/// <summary>Every concrete event type in the agent, serialised by the real <see cref="EventJson"/>, against docs/events.schema.json.</summary>
public sealed class EventContractTests
{
    private static readonly DateTimeOffset Capture = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Realistic instances of each event type, every optional field set in at least one; a new type must add its own.</summary>
    private static readonly Dictionary<Type, Func<AgentEvent[]>> Samples = new()
    {
        [typeof(ObjectEvent)] = () =>
        [
            new ObjectEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "new", Track = 42, Label = "person", Score = 0.91234f, Box = new BoxF(100, 50, 80, 200), FrameWidth = 1280, FrameHeight = 720, Zones = ["entrance"] },
            new ObjectEvent
            {
                Camera = "gate-north", CaptureTime = Capture, Phase = "update", Track = 42, Label = "person", Score = 0.95f, Box = new BoxF(120, 50, 80, 200), FrameWidth = 1280, FrameHeight = 720,
                Zones = ["lobby"], Stationary = true, Loitering = ["lobby"], Entered = ["lobby"], Left = ["entrance"],
            },
            new ObjectEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "end", Track = 42, Label = "person", Score = 0.95f, Box = new BoxF(1250, 700, 80, 90), FrameWidth = 1280, FrameHeight = 720, Duration = 12.34 },
        ],
        [typeof(AuditRecordEvent)] = () =>
        [
            new AuditRecordEvent
            {
                Camera = "", CaptureTime = Capture, Line = 3, Hash = new string('a', 64),
                Record = System.Text.Encoding.UTF8.GetBytes("{\"seq\":2,\"ts\":1796650000000,\"action\":\"watchlist.add\",\"actor\":\"cli\",\"data\":{\"id\":\"p1\"},\"prev\":\"" + new string('b', 64) + "\"}"),
            },
            new AuditRecordEvent { Camera = "", CaptureTime = Capture, Line = 4, Hash = new string('c', 64), IsJson = false, Record = "{\"seq\":3, edited"u8.ToArray() },
        ],
        [typeof(SyntheticObjectEvent)] = () =>
            [new SyntheticObjectEvent { Camera = "sim-1", CaptureTime = Capture, Phase = "update", Track = 7, Box = new BoxF(10, 10, 50, 120), Zones = ["z1"] }],
        [typeof(LineCrossingEvent)] = () =>
            [new LineCrossingEvent { Camera = "hall", CaptureTime = Capture, Line = "mid", Direction = "ab", Track = 3, Label = "person", Count = 5, Box = new BoxF(300, 200, 40, 110), FrameWidth = 768, FrameHeight = 576 }],
        [typeof(CountsEvent)] = () =>
        [
            new CountsEvent
            {
                Camera = "hall", CaptureTime = Capture, Start = Capture.AddSeconds(-60), Duration = 60,
                Zones = [new ZoneTally("floor", new OccupancySummary(2, 8, 4.56f), new OccupancySummary(0, 1, 0.2f)), new ZoneTally("stairs", null, null)],
                Lines = [new LineTally("mid", new FlowCounts(5, 6), null)],
            },
        ],
        [typeof(CrowdEvent)] = () =>
        [
            new CrowdEvent { Camera = "square", CaptureTime = Capture, Phase = "start", Zone = "centre", Alarm = Guid.CreateVersion7(), Method = "tracks", Count = 31.2f, Threshold = 30 },
            new CrowdEvent { Camera = "square", CaptureTime = Capture, Phase = "end", Zone = "centre", Alarm = Guid.CreateVersion7(), Method = "heatmap", Count = 12.5f, Threshold = 30, Peak = 44.1f, Duration = 301.2 },
        ],
        [typeof(FaceEvent)] = () =>
        [
            new FaceEvent { Camera = "gate-north", CaptureTime = Capture, Track = 42, Quality = 0.71f, Score = 0.93f, Size = 61.4f, Frontalness = 0.88f, Shots = 9, Box = new BoxF(400, 100, 60, 70), FrameWidth = 1280, FrameHeight = 720 },
            new FaceEvent { Camera = "still", CaptureTime = Capture, Quality = 0.5f, Score = 0.8f, Size = 40, Frontalness = 0.6f, Shots = 1, Box = new BoxF(10, 10, 40, 44), FrameWidth = 640, FrameHeight = 480 },
        ],
        [typeof(FaceMatchEvent)] = () =>
            [new FaceMatchEvent { Camera = "gate-north", CaptureTime = Capture, Entry = "w-17", Category = "missing", Similarity = 0.712f, Margin = 0.15f, Votes = 2, Track = 42, Box = new BoxF(400, 100, 60, 70), FrameWidth = 1280, FrameHeight = 720, Thumbnail = new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 } }],
        [typeof(PlateEvent)] = () =>
            [new PlateEvent { Camera = "road", CaptureTime = Capture, Text = "AA1234BB", Confidence = 0.93f, Grammar = "ua_2004", VehicleLabel = "car", Track = 12, Box = new BoxF(600, 500, 90, 22), FrameWidth = 1280, FrameHeight = 720, Thumbnail = [0xFF, 0xD8, 0xFF, 0xD9] }],
        [typeof(PlateMatchEvent)] = () =>
            [new PlateMatchEvent { Camera = "road", CaptureTime = Capture, Entry = "p-3", Reason = "stolen", Text = "AA1234BB", Confidence = 0.9f, Exact = false, Track = 12, Box = new BoxF(600, 500, 90, 22), FrameWidth = 1280, FrameHeight = 720 }],
        [typeof(LeftObjectEvent)] = () =>
        [
            new LeftObjectEvent { Camera = "platform", CaptureTime = Capture, Phase = "start", ObjectId = 3, Label = "suitcase", Box = new BoxF(200, 300, 60, 80), FrameWidth = 1280, FrameHeight = 720, Since = 60.4, Source = "both", Owners = [17, 18], Zone = "platform-1" },
            new LeftObjectEvent { Camera = "platform", CaptureTime = Capture, Phase = "end", ObjectId = 3, Box = new BoxF(200, 300, 60, 80), FrameWidth = 1280, FrameHeight = 720, Since = 95, Source = "static", Reason = "reclaimed", By = "owner" },
        ],
        [typeof(DeviceEvent)] = () =>
        [
            new DeviceEvent { Camera = "", CaptureTime = Capture, Phase = "start", Reason = DeviceEvent.DiskFull, Value = 0.4, Threshold = 0 },
            new DeviceEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "end", Reason = DeviceEvent.CameraDown, Value = 2.5, Threshold = 0 },
            new DeviceEvent { Camera = "", CaptureTime = Capture, Phase = "start", Reason = DeviceEvent.DiskNearlyFull, Value = 4.7, Threshold = 5, DiskFreeBytes = 1_500_000_000, DiskTotalBytes = 32_000_000_000 },
        ],
        [typeof(TamperEvent)] = () => [new TamperEvent { Camera = "", CaptureTime = Capture, Pin = 17, Count = 2 }],
        [typeof(CameraStatusEvent)] = () =>
        [
            new CameraStatusEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "online", Size = (1280, 720) },
            new CameraStatusEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "offline", Reason = "no frame for 10 s (stalled); reconnecting" },
        ],
        [typeof(CameraTamperEvent)] = () =>
        [
            new CameraTamperEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "start", Type = "covered", Brightness = 51.2, Contrast = 18.4, Flat = 0.86, Sharpness = 0.78, Structure = 0.1, StructureNormal = 0.97, Saturated = 0, Seconds = 3 },
            new CameraTamperEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "end", Type = "turned", Brightness = 118, Contrast = 52.6, Flat = 0.01, Sharpness = 1, Structure = -0.05, StructureNormal = 0.74, Saturated = 0.01, Seconds = 17.8 },
        ],
    };

    /// <summary>Every concrete <see cref="AgentEvent"/> in the agent's assembly, found by reflection.</summary>
    private static IEnumerable<Type> EventTypes() =>
        typeof(AgentEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AgentEvent)) && !t.IsAbstract).OrderBy(t => t.Name);

    private static IEnumerable<TestCaseData> EveryEventType() => EventTypes().Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    [TestCaseSource(nameof(EveryEventType))]
    public void EventJson_EveryEventType_ValidatesAgainstItsKind(Type type)
    {
        Assert.That(Samples.TryGetValue(type, out var make), Is.True,
            $"{type.Name} has no sample here: add realistic instances to {nameof(Samples)} and its kind to docs/events.schema.json and docs/asyncapi.yaml");
        foreach (var e in make!())
        {
            Assert.That(e.GetType(), Is.EqualTo(type));
            Assert.That(MessageSchema.Events.Document["definitions"]?[e.Kind], Is.Not.Null, $"kind '{e.Kind}' of {type.Name} has no definition in docs/events.schema.json");
            var payload = Payload(e);
            TestContext.Out.WriteLine(payload);
            MessageSchema.Events.AssertValid(payload);
        }
    }

    [Test]
    public void Samples_CoverEveryEventTypeAndNoOther()
    {
        // Reflection found the same set the samples describe: a type removed from the code leaves no stale sample.
        Assert.That(Samples.Keys.OrderBy(t => t.Name), Is.EqualTo(EventTypes()));
    }

    [TestCase("object", "\"dur\":12.3", "\"dur\":\"12.3\"", TestName = "Schema_ObjectDurationAsString_Invalid")]
    [TestCase("object", "\"box\":[", "\"extra\":1,\"box\":[", TestName = "Schema_UndeclaredField_Reported")]
    [TestCase("counts", "\"p\":[2,8,4.6]", "\"p\":[2,8]", TestName = "Schema_CountsOccupancyOfTwo_Invalid")]
    [TestCase("crowd", "\"method\":\"tracks\"", "\"method\":\"guess\"", TestName = "Schema_CrowdUnknownMethod_Invalid")]
    [TestCase("device", "\"reason\":\"disk_full\",", "", TestName = "Schema_DeviceWithoutReason_Invalid")]
    [TestCase("plate", "\"grammar\":\"ua_2004\",", "", TestName = "Schema_PlateWithoutGrammar_Invalid")]
    [TestCase("left_object", "\"source\":\"both\"", "\"source\":\"radar\"", TestName = "Schema_LeftObjectUnknownSource_Invalid")]
    [TestCase("tamper", "\"pin\":17", "\"pin\":\"17\"", TestName = "Schema_TamperPinAsString_Invalid")]
    public void Schema_BrokenPayload_Invalid(string kind, string from, string to)
    {
        var good = Samples.Values.SelectMany(f => f()).Select(Payload).First(p => p.Contains($"\"kind\":\"{kind}\"", StringComparison.Ordinal) && p.Contains(from, StringComparison.Ordinal));
        MessageSchema.Events.AssertValid(good);
        Assert.That(MessageSchema.Events.Problems(good.Replace(from, to, StringComparison.Ordinal)), Is.Not.Null);
    }

    [Test]
    public void Schema_TimestampsBeyond32Bits_Valid()
    {
        // ts/pt are Unix milliseconds: today's values are above 2^31, which an int32 client would overflow.
        var payload = Payload(Samples[typeof(TamperEvent)]()[0]);
        Assert.That(long.Parse(payload.Split("\"ts\":")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(int.MaxValue));
        var ts = MessageSchema.Events.Document["definitions"]!["unixMs"]!;
        Assert.That((string?)ts["format"], Is.EqualTo("int64"));
        MessageSchema.Events.AssertValid(payload);
    }

    private static string Payload(AgentEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-01", 1042, Capture.AddMilliseconds(250));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
