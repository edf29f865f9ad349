using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// A fact the agent reports to the centre. Each kind is a sealed record deriving from this one and writes its own
/// fields, so a new kind (faces, plates, left objects) adds a type and touches no switch statement.
/// </summary>
public abstract record AgentEvent
{
    /// <summary>Unique, time-ordered event id; the centre deduplicates on it.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Camera the event is about ("" for device-wide events).</summary>
    public required string Camera { get; init; }

    /// <summary>When the frame that caused it was captured.</summary>
    public required DateTimeOffset CaptureTime { get; init; }

    /// <summary>Frame index in the source (the evaluation CLI prints it).</summary>
    public long Frame { get; init; }

    /// <summary>Monotonic timestamp of the frame capture, for end-to-end latency; not on the wire.</summary>
    public long CaptureTimestamp { get; init; }

    /// <summary>Wire name of the kind: object, camera, face, plate, left_object, crowd, counts, device.</summary>
    public abstract string Kind { get; }

    /// <summary>Lifecycle phase (new/update/end, start/end, online/offline), or "" for one-off facts.</summary>
    public string Phase { get; init; } = "";

    /// <summary>Where the event goes in the outbox queue and whether it may ever be dropped.</summary>
    public virtual EventPriority Priority => EventPriority.Normal;

    /// <summary>Writes the kind-specific fields into the open JSON object.</summary>
    /// <param name="writer">Writer positioned inside the event object.</param>
    /// <param name="pixels">True to write boxes in source pixels (CLI), false for normalised coordinates (MQTT).</param>
    public abstract void WriteFields(Utf8JsonWriter writer, bool pixels);
}
