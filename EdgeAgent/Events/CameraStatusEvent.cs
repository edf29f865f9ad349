using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A camera went online, offline (stalled, dropped, failed) or reported an error.</summary>
public sealed record CameraStatusEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "camera";

    /// <summary>Why the status changed, in words a technician can act on.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Decoded width and height when online.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Reason.Length > 0) writer.WriteString("reason", Reason);
        if (Size is { } s)
        {
            writer.WriteStartArray("size");
            writer.WriteNumberValue(s.Width);
            writer.WriteNumberValue(s.Height);
            writer.WriteEndArray();
        }
    }
}
