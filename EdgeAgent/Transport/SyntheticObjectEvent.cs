using System.Text.Json;
using EdgeAgent.Events;
using EdgeAgent.Imaging;

namespace EdgeAgent.Transport;

/// <summary>
/// An object event made up by <c>edgeagent simulate</c> and the transport benchmarks, shaped like the tracker's object
/// events on the wire (label, score, normalised box, track, zones), so load tests measure realistic payloads.
/// </summary>
public sealed record SyntheticObjectEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "object";

    /// <summary>Object label.</summary>
    public string Label { get; init; } = "person";

    /// <summary>Detection score.</summary>
    public float Score { get; init; } = 0.9f;

    /// <summary>Box in frame pixels.</summary>
    public BoxF Box { get; init; }

    /// <summary>Frame size the box refers to.</summary>
    public (int Width, int Height) FrameSize { get; init; } = (1280, 720);

    /// <summary>Track id.</summary>
    public long Track { get; init; }

    /// <summary>Zones the object is in.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>Priority chosen by the generator (the tests need every class).</summary>
    public EventPriority Assigned { get; init; } = EventPriority.Normal;

    /// <inheritdoc />
    public override EventPriority Priority => Assigned;

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("label", Label);
        EventJson.WriteScore(writer, "score", Score);
        EventJson.WriteBox(writer, "box", Box, FrameSize.Width, FrameSize.Height, pixels);
        writer.WriteNumber("track", Track);
        if (Zones.Count > 0)
        {
            writer.WriteStartArray("zones");
            foreach (var z in Zones) writer.WriteStringValue(z);
            writer.WriteEndArray();
        }
    }

    /// <summary>A plausible event: camera, label, box and track drawn from <paramref name="random"/>.</summary>
    public static SyntheticObjectEvent Create(Random random, string camera, DateTimeOffset captureTime, EventPriority priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(random);
        string[] labels = ["person", "car", "bicycle", "bus", "truck", "motorcycle"];
        string[] phases = ["new", "update", "update", "update", "end"];
        var w = 40 + random.Next(300);
        var h = 60 + random.Next(400);
        return new SyntheticObjectEvent
        {
            Camera = camera,
            CaptureTime = captureTime,
            Phase = phases[random.Next(phases.Length)],
            Label = labels[random.Next(labels.Length)],
            Score = 0.3f + (float)random.NextDouble() * 0.69f,
            Box = new BoxF(random.Next(1280 - w), random.Next(720 - h), w, h),
            Track = random.Next(1, 100_000),
            Zones = random.Next(4) == 0 ? ["entrance"] : [],
            Assigned = priority,
        };
    }
}
