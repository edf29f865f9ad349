using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A person track showed a face (one per track, when it ends): best-shot quality only, no descriptor, no image.</summary>
public sealed record FaceEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "face";

    /// <summary>Person track id (0 for a still image or a camera without object tracking).</summary>
    public long Track { get; init; }

    /// <summary>Quality 0..1 of the best shot.</summary>
    public float Quality { get; init; }

    /// <summary>Detector score of the best shot.</summary>
    public float Score { get; init; }

    /// <summary>Shorter side of the best shot's face box, pixels.</summary>
    public float Size { get; init; }

    /// <summary>Frontalness 0..1 of the best shot.</summary>
    public float Frontalness { get; init; }

    /// <summary>Frames on which a face was found for the track.</summary>
    public int Shots { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Track != 0) writer.WriteNumber("track", Track);
        writer.WriteStartObject("best_shot");
        EventJson.WriteScore(writer, "quality", Quality);
        EventJson.WriteScore(writer, "score", Score);
        writer.WriteNumber("size", (int)MathF.Round(Size));
        EventJson.WriteScore(writer, "frontal", Frontalness);
        writer.WriteEndObject();
        writer.WriteNumber("shots", Shots);
        WriteBox(writer, pixels);
    }
}
