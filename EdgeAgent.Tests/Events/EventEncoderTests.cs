using System.Buffers;
using System.Text;
using System.Text.Json;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Events;

public sealed class EventEncoderTests
{
    private static readonly DateTimeOffset Capture = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly EventEncoder _encoder = new(new TopicNames("edgeagent/v1", "lab", "edge-01"));

    private static SyntheticObjectEvent Object(string camera = "gate") => new()
    {
        Camera = camera, CaptureTime = Capture, Phase = "new", Label = "person", Score = 0.9f,
        Box = new BoxF(10, 10, 20, 40), Track = 3, Assigned = EventPriority.Low,
    };

    [Test]
    public void Encode_ObjectEvent_TopicBodyAndPriorityOfTheWireFormat()
    {
        var e = Object();
        var encoded = _encoder.Encode(e, 41);
        using var body = JsonDocument.Parse(encoded.Body);
        Assert.Multiple(() =>
        {
            Assert.That(encoded.Topic, Is.EqualTo("edgeagent/v1/lab/edge-01/events/gate/object"));
            Assert.That(encoded.Priority, Is.EqualTo(EventPriority.Low));
            Assert.That(body.RootElement.GetProperty("seq").GetInt64(), Is.EqualTo(41), "the number the outbox assigned is in the body");
            Assert.That(body.RootElement.GetProperty("dev").GetString(), Is.EqualTo("edge-01"));
            Assert.That(body.RootElement.GetProperty("id").GetGuid(), Is.EqualTo(e.Id));
            Assert.That(body.RootElement.TryGetProperty("pt", out _), Is.False, "the publish time is added when the record leaves");
        });
    }

    [Test]
    public void Encode_DeviceWideAndAudit_TopicsOfTheirChannels()
    {
        var device = new DeviceEvent { Camera = "", CaptureTime = Capture, Phase = "start", Reason = DeviceEvent.DiskFull, Value = 1, Threshold = 0 };
        var audit = new AuditRecordEvent { Camera = "", CaptureTime = Capture, Line = 7, Record = "{\"cmd\":\"config.get\"}"u8.ToArray(), Hash = "00" };
        Assert.Multiple(() =>
        {
            Assert.That(_encoder.Encode(device, 1) is { Topic: "edgeagent/v1/lab/edge-01/events/_/device", Priority: EventPriority.High }, Is.True);
            Assert.That(_encoder.Encode(audit, 2).Topic, Is.EqualTo("edgeagent/v1/lab/edge-01/audit"), "audit records have their own channel");
        });
    }

    [Test]
    public void StampPublishTime_EncodedBody_SchemaValidAndSameBytesAsTheWholePayload()
    {
        var e = Object();
        var encoded = _encoder.Encode(e, 41);
        var wire = EventEncoder.StampPublishTime(encoded.Body, Capture.AddSeconds(90));
        var whole = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(whole, e, "edge-01", 41, Capture.AddSeconds(90));
        var text = Encoding.UTF8.GetString(wire);
        Assert.That(wire, Is.EqualTo(whole.WrittenSpan.ToArray()), "the stored body stamped later is byte for byte the payload written at once");
        Assert.That(text, Does.EndWith(",\"pt\":1746100890000}"));
        Assert.That(text[..^",\"pt\":1746100890000}".Length], Is.EqualTo(Encoding.UTF8.GetString(encoded.Body)[..^1]), "the body is kept as is, only the stamp is added");
        EventSchema.AssertValid(text);
    }

    [TestCase("")]
    [TestCase("{")]
    [TestCase("[1,2]")]
    [TestCase("{\"v\":1")]
    public void StampPublishTime_NotAnEventBody_Refused(string body)
    {
        Assert.That(() => EventEncoder.StampPublishTime(Encoding.UTF8.GetBytes(body), Capture), Throws.ArgumentException);
    }
}
