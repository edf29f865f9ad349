using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A plate read matched a watchlist entry: sent first, never dropped.</summary>
public sealed record PlateMatchEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "plate_match";

    /// <inheritdoc />
    public override EventPriority Priority => EventPriority.High;

    /// <summary>Watchlist entry id.</summary>
    public required string Entry { get; init; }

    /// <summary>The entry's reason, as the operator wrote it.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The plate as read (the centre needs it to act; the device's lists and logs never hold it).</summary>
    public required string Text { get; init; }

    /// <summary>Read confidence 0..1.</summary>
    public float Confidence { get; init; }

    /// <summary>True when the read itself hashed to the entry, false when a look-alike swap did.</summary>
    public bool Exact { get; init; } = true;

    /// <summary>Vehicle track id, or 0 for a still image.</summary>
    public long Track { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("entry", Entry);
        if (Reason.Length > 0) writer.WriteString("reason", Reason);
        writer.WriteString("text", Text);
        EventJson.WriteScore(writer, "score", Confidence);
        if (!Exact) writer.WriteBoolean("exact", false);
        if (Track != 0) writer.WriteNumber("track", Track);
        WriteBox(writer, pixels);
    }
}
