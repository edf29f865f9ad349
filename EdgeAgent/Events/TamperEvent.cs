using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>The enclosure's tamper switch was triggered (once per press, after debouncing).</summary>
public sealed record TamperEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "tamper";

    /// <summary>Someone at the box matters more than any routine event: sent first, never dropped.</summary>
    public override EventPriority Priority => EventPriority.High;

    /// <summary>GPIO line of the switch, so a box with two switches says which.</summary>
    public int Pin { get; init; }

    /// <summary>How many presses since the agent started, counting this one.</summary>
    public long Count { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("pin", Pin);
        writer.WriteNumber("count", Count);
    }
}
