using System.Text.Json;
using EdgeAgent.Imaging;

namespace EdgeAgent.Events;

/// <summary>
/// An event about something seen at a place in the frame. The box is kept in frame pixels with the frame's size, so
/// the CLI can print pixels and the wire normalised coordinates from the same event.
/// </summary>
public abstract record BoxedEvent : AgentEvent
{
    /// <summary>Box in frame pixels.</summary>
    public BoxF Box { get; init; }

    /// <summary>Frame width, to normalise the box on the wire.</summary>
    public int FrameWidth { get; init; } = 1;

    /// <summary>Frame height, to normalise the box on the wire.</summary>
    public int FrameHeight { get; init; } = 1;

    /// <summary>Writes <see cref="Box"/> as the <c>box</c> field, in pixels or normalised.</summary>
    protected void WriteBox(Utf8JsonWriter writer, bool pixels) => EventJson.WriteBox(writer, "box", Box, FrameWidth, FrameHeight, pixels);
}
