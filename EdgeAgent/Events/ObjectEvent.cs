using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// A tracked object appeared (<c>new</c>, once confirmed), changed in a way that matters (<c>update</c>: entered or
/// left a zone, became stationary or moved again, started loitering, a markedly better score) or is gone (<c>end</c>).
/// Its <see cref="Track"/> id is the object's id for its whole life. Line crossings are a separate kind
/// (<see cref="LineCrossingEvent"/>): a crossing is a one-off fact with a running count, not a state of the object.
/// </summary>
/// <remarks>
/// Wire fields: <c>track</c>, <c>label</c>, <c>score</c> (best so far), <c>box</c>, and only when not empty:
/// <c>zones</c> (in now), <c>stationary</c> (true), <c>loitering</c> (zones loitered in now), <c>entered</c> and
/// <c>left</c> (on this event), <c>dur</c> (seconds tracked, on end), <c>seen</c> (Unix ms of the last observation, on end; <c>box</c> is then the box last seen). Absent lists are empty.
/// </remarks>
public sealed record ObjectEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "object";

    /// <summary>Track id: the object's id, unique per camera.</summary>
    public long Track { get; init; }

    /// <summary>Label (person, car...).</summary>
    public string Label { get; init; } = "";

    /// <summary>Best detector score so far.</summary>
    public float Score { get; init; }

    /// <summary>Zones the object is in now.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>True while the object has not moved for the configured time.</summary>
    public bool Stationary { get; init; }

    /// <summary>Zones in which the object is loitering now.</summary>
    public IReadOnlyList<string> Loitering { get; init; } = [];

    /// <summary>Zones entered since the previous event.</summary>
    public IReadOnlyList<string> Entered { get; init; } = [];

    /// <summary>Zones left since the previous event.</summary>
    public IReadOnlyList<string> Left { get; init; } = [];

    /// <summary>Capture time of the frame the object was last observed in (end events; the box is its box then).</summary>
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>Seconds of stream time the object was tracked (end events).</summary>
    public double? Duration { get; init; }

    /// <summary>True for an update raised only because the score improved: the first to go when the outbox is full.</summary>
    public bool Routine { get; init; }

    /// <inheritdoc />
    public override EventPriority Priority => Routine ? EventPriority.Low : EventPriority.Normal;

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("track", Track);
        writer.WriteString("label", Label);
        EventJson.WriteScore(writer, "score", Score);
        WriteBox(writer, pixels);
        WriteList(writer, "zones", Zones);
        if (Stationary) writer.WriteBoolean("stationary", true);
        WriteList(writer, "loitering", Loitering);
        WriteList(writer, "entered", Entered);
        WriteList(writer, "left", Left);
        if (Duration is { } d) writer.WriteNumber("dur", Math.Round(d, 1));
        if (LastSeen is { } seen) writer.WriteNumber("seen", seen.ToUnixTimeMilliseconds());
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) writer.WriteStringValue(values[i]);
        writer.WriteEndArray();
    }
}
