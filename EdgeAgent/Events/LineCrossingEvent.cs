using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// An object crossed a counting line. A one-off fact (no phase) carrying the running count for its line, label and
/// direction, so the centre can show counts without following object lifecycles; <c>track</c> links it to the
/// object's events.
/// </summary>
public sealed record LineCrossingEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "line_crossing";

    /// <summary>Line name.</summary>
    public string Line { get; init; } = "";

    /// <summary>Direction on the wire: "ab" (left to right of A→B on screen) or "ba".</summary>
    public string Direction { get; init; } = "";

    /// <summary>Track id of the object.</summary>
    public long Track { get; init; }

    /// <summary>Label of the object.</summary>
    public string Label { get; init; } = "";

    /// <summary>Crossings of this line by this label in this direction so far, this one included.</summary>
    public int Count { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("line", Line);
        writer.WriteString("dir", Direction);
        writer.WriteNumber("track", Track);
        writer.WriteString("label", Label);
        writer.WriteNumber("count", Count);
        WriteBox(writer, pixels);
    }
}
