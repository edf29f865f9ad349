using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A vehicle's plate was read (one per track, after voting): the text only, never the image unless configured.</summary>
public sealed record PlateEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "plate";

    /// <summary>Normalised plate text.</summary>
    public required string Text { get; init; }

    /// <summary>Confidence 0..1 after grammar and voting.</summary>
    public float Confidence { get; init; }

    /// <summary>Grammar id the text fits (<c>ua_2004</c>...) or <c>none</c>.</summary>
    public string Grammar { get; init; } = "none";

    /// <summary>Detector label of the vehicle (car, truck, bus, motorcycle), or "" for a still image.</summary>
    public string VehicleLabel { get; init; } = "";

    /// <summary>Vehicle track id, or 0 for a still image.</summary>
    public long Track { get; init; }

    /// <summary>JPEG of the plate, only when the camera has <c>thumbnails: true</c>; null otherwise.</summary>
    public byte[]? Thumbnail { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("text", Text);
        EventJson.WriteScore(writer, "score", Confidence);
        writer.WriteString("grammar", Grammar);
        if (VehicleLabel.Length > 0) writer.WriteString("label", VehicleLabel);
        if (Track != 0) writer.WriteNumber("track", Track);
        WriteBox(writer, pixels);
        if (Thumbnail is not null) writer.WriteBase64String("thumbnail", Thumbnail);
    }
}
