using System.Buffers;
using System.Text.Json;
using EdgeAgent.Events;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tests.Events;

public sealed class PlateEventTests
{
    private static readonly DateTimeOffset Time = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static (int Bytes, JsonElement Root) Payload(AgentEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-kyiv-podil-017", 123456, Time.AddMilliseconds(150));
        return (buffer.WrittenCount, JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone());
    }

    private static PlateEvent Plate() => new()
    {
        Camera = "gate-north-entrance",
        CaptureTime = Time,
        Text = "AA1234BB",
        Confidence = 0.91234f,
        Grammar = "ua_2004",
        VehicleLabel = "motorcycle",
        Track = 123456,
        Box = new BoxF(1234.5f, 876.2f, 140.3f, 31.9f),
        FrameWidth = 1920,
        FrameHeight = 1080,
    };

    [Test]
    public void WritePayload_Plate_UnderThreeHundredBytesWithEveryField()
    {
        var (bytes, root) = Payload(Plate());
        Assert.That(bytes, Is.LessThan(300));
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("plate"));
        Assert.That(root.GetProperty("text").GetString(), Is.EqualTo("AA1234BB"));
        Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(0.912));
        Assert.That(root.GetProperty("grammar").GetString(), Is.EqualTo("ua_2004"));
        Assert.That(root.GetProperty("label").GetString(), Is.EqualTo("motorcycle"));
        Assert.That(root.GetProperty("track").GetInt64(), Is.EqualTo(123456));
        Assert.That(root.GetProperty("box")[0].GetDouble(), Is.EqualTo(Math.Round(1234.5 / 1920, 4)));
    }

    [Test]
    public void ToCliLine_Plate_BoxInPixels()
    {
        using var doc = JsonDocument.Parse(EventJson.ToCliLine(Plate()));
        var box = doc.RootElement.GetProperty("box");
        Assert.That(box[0].GetInt32(), Is.EqualTo(1234));
        Assert.That(box[2].GetInt32(), Is.EqualTo(140));
    }

    [Test]
    public void WritePayload_Match_HighPriorityWithEntryAndReason()
    {
        var e = new PlateMatchEvent
        {
            Camera = "gate-north-entrance",
            CaptureTime = Time,
            Entry = "p0a1b2c3d4e",
            Reason = "stolen 2025-04-30",
            Text = "AA1234BB",
            Confidence = 0.8f,
            Exact = false,
            Track = 77,
            Box = new BoxF(10, 20, 100, 25),
            FrameWidth = 1920,
            FrameHeight = 1080,
        };
        Assert.That(e.Priority, Is.EqualTo(EventPriority.High));
        var (bytes, root) = Payload(e);
        Assert.That(bytes, Is.LessThan(350));
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("plate_match"));
        Assert.That(root.GetProperty("entry").GetString(), Is.EqualTo("p0a1b2c3d4e"));
        Assert.That(root.GetProperty("reason").GetString(), Is.EqualTo("stolen 2025-04-30"));
        Assert.That(root.GetProperty("exact").GetBoolean(), Is.False);
        Assert.That(root.GetProperty("track").GetInt64(), Is.EqualTo(77));
    }
}
