using System.Buffers;
using System.Text;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Events;

public sealed class EventPayloadSchemaTests
{
    private static readonly DateTimeOffset Capture = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>One event of every kind the agent publishes today; a new kind adds its sample here.</summary>
    public static IEnumerable<AgentEvent> EveryKind()
    {
        yield return new SyntheticObjectEvent
        {
            Camera = "gate-north", CaptureTime = Capture, Phase = "new", Label = "person", Score = 0.91234f,
            Box = new BoxF(100.4f, 50.2f, 80.7f, 200.1f), Track = 42, Zones = ["entrance", "lobby"],
        };
        yield return new SyntheticObjectEvent { Camera = "c1", CaptureTime = Capture, Phase = "end", Box = new BoxF(-20, 690, 100, 80), Track = 0 };
        yield return new CameraStatusEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "online", Size = (1280, 720) };
        yield return new CameraStatusEvent { Camera = "gate-north", CaptureTime = Capture, Phase = "offline", Reason = "no frame for 10 s (stalled); reconnecting" };
    }

    private static string Payload(AgentEvent e, long seq = 17)
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-01", seq, Capture.AddMilliseconds(250));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [TestCaseSource(nameof(EveryKind))]
    public void WritePayload_EveryKind_ValidatesAgainstSchema(AgentEvent e)
    {
        var payload = Payload(e);
        TestContext.Out.WriteLine($"{e.Kind}: {Encoding.UTF8.GetByteCount(payload)} bytes: {payload}");
        EventSchema.AssertValid(payload);
    }

    [Test]
    public void WritePayload_ObjectEvent_CompactUnder400Bytes()
    {
        var e = EveryKind().First();
        var text = Payload(e, seq: 123_456_789);
        TestContext.Out.WriteLine($"{Encoding.UTF8.GetByteCount(text)} bytes: {text}");
        Assert.That(Encoding.UTF8.GetByteCount(text), Is.LessThan(400));
        Assert.That(text, Does.Not.Contain(" "), "compact JSON");
        Assert.That(text, Does.Contain("\"box\":[0.0784,0.0697,0.063,0.2779]"), "box normalised to the 1280x720 frame, 4 decimals");
        Assert.That(text, Does.Contain("\"score\":0.912"));
    }

    [Test]
    public void WriteBox_PastTheFrameEdge_ClippedIntoZeroToOne()
    {
        var text = Payload(EveryKind().ElementAt(1));
        Assert.That(text, Does.Contain("\"box\":[0,0.9583,0.0625,0.0417]"));
    }

    [Test]
    public void StampPublishTime_StoredBody_EqualsWholePayload()
    {
        var e = EveryKind().First();
        var body = new ArrayBufferWriter<byte>();
        EventJson.WriteBody(body, e, "edge-01", 17);
        Assert.That(Encoding.UTF8.GetString(body.WrittenSpan), Does.Not.Contain("\"pt\""));
        var whole = new ArrayBufferWriter<byte>();
        EventEncoder.StampPublishTime(whole, body.WrittenSpan, Capture.AddMilliseconds(250).ToUnixTimeMilliseconds());
        Assert.That(Encoding.UTF8.GetString(whole.WrittenSpan), Is.EqualTo(Payload(e)));
        Assert.That(Payload(e), Does.EndWith(",\"pt\":1746100800250}"));
    }

    [TestCase("\"box\":[0.0784,0.0697,0.063,0.2779]", "\"box\":[0.0784,1.2,0.063,0.2779]", TestName = "Schema_BoxOutsideFrame_Invalid")]
    [TestCase("\"box\":[0.0784,0.0697,0.063,0.2779]", "\"box\":[0.0784,0.0697,0.063]", TestName = "Schema_BoxOfThree_Invalid")]
    [TestCase("\"label\":\"person\",", "", TestName = "Schema_ObjectWithoutLabel_Invalid")]
    [TestCase("\"v\":1", "\"v\":2", TestName = "Schema_OtherVersion_Invalid")]
    [TestCase("\"seq\":17", "\"seq\":0", TestName = "Schema_SequenceZero_Invalid")]
    [TestCase("\"event\":\"new\"", "\"event\":\"moved\"", TestName = "Schema_UnknownObjectPhase_Invalid")]
    public void Schema_BrokenPayload_Invalid(string from, string to)
    {
        var good = Payload(EveryKind().First());
        Assert.That(good, Does.Contain(from));
        Assert.That(EventSchema.Problems(good.Replace(from, to, StringComparison.Ordinal)), Is.Not.Null);
    }

    [Test]
    public void Schema_BadEventId_Invalid()
    {
        var good = Payload(EveryKind().First());
        var id = EveryKind().First().Id; // a fresh id: replace whatever the payload holds
        var start = good.IndexOf("\"id\":\"", StringComparison.Ordinal) + 6;
        var bad = good[..start] + "not-a-uuid" + good[(start + 36)..];
        Assert.That(id, Is.Not.EqualTo(Guid.Empty));
        Assert.That(EventSchema.Problems(bad), Is.Not.Null);
    }

    [Test]
    public void Schema_UnknownKindWithEnvelope_Valid()
    {
        // Open to extension: a kind this schema version does not describe still passes on its envelope.
        EventSchema.AssertValid("{\"v\":1,\"id\":\"0196a5c4-7a11-7b2c-9d3e-0123456789ab\",\"seq\":5,\"dev\":\"edge-01\",\"ts\":1,\"pt\":2,\"cam\":\"c1\",\"kind\":\"smoke\",\"event\":\"start\",\"density\":0.4}");
    }
}
