using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// An object was left behind: <c>start</c> once it stood still long enough with its owner gone, <c>update</c> while it
/// stays, <c>end</c> with a <see cref="Reason"/> (<c>removed</c>, <c>reclaimed</c>, <c>absorbed</c>). Never dropped.
/// </summary>
/// <remarks>
/// Wire fields: <c>object</c> (alarm id per camera), <c>label</c> (a detector label, or <c>object</c> when only the
/// static-foreground detector saw it), <c>box</c>, <c>since</c> (seconds stationary), <c>source</c>
/// (<c>detector</c>, <c>static</c> or <c>both</c>), <c>owners</c> (person track ids, when known), <c>owner_left</c> (Unix ms, when the owner left), <c>zone</c> (when
/// zones are configured), and on end <c>reason</c> and, for <c>reclaimed</c>, <c>by</c> (<c>owner</c> or <c>other</c>).
/// </remarks>
public sealed record LeftObjectEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "left_object";

    /// <summary>Id of the left object, unique per camera; all events of one alarm carry it.</summary>
    public long ObjectId { get; init; }

    /// <summary>Detector label, or <c>object</c> when no detector class saw it.</summary>
    public string Label { get; init; } = "object";

    /// <summary>Seconds of stream time the object has stood still.</summary>
    public double Since { get; init; }

    /// <summary>What saw it: detector (a bag track), static (the static-foreground detector) or both.</summary>
    public string Source { get; init; } = "";

    /// <summary>Person track ids taken for its owner(s); empty when nobody was seen with it.</summary>
    public IReadOnlyList<long> Owners { get; init; } = [];

    /// <summary>When the last sign of a person at the object ended (the owner left); null when nobody was seen at it.</summary>
    public DateTimeOffset? OwnerLeft { get; init; }

    /// <summary>Left-object zone it stands in, or "".</summary>
    public string Zone { get; init; } = "";

    /// <summary>On end: removed, reclaimed or absorbed.</summary>
    public string Reason { get; init; } = "";

    /// <summary>On a reclaimed end: owner or other.</summary>
    public string By { get; init; } = "";

    /// <inheritdoc />
    public override EventPriority Priority => EventPriority.High;

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("object", ObjectId);
        writer.WriteString("label", Label);
        WriteBox(writer, pixels);
        writer.WriteNumber("since", Math.Round(Since, 1));
        writer.WriteString("source", Source);
        if (Owners.Count > 0)
        {
            writer.WriteStartArray("owners");
            for (var i = 0; i < Owners.Count; i++) writer.WriteNumberValue(Owners[i]);
            writer.WriteEndArray();
        }
        if (OwnerLeft is { } left) writer.WriteNumber("owner_left", left.ToUnixTimeMilliseconds());
        if (Zone.Length > 0) writer.WriteString("zone", Zone);
        if (Reason.Length > 0) writer.WriteString("reason", Reason);
        if (By.Length > 0) writer.WriteString("by", By);
    }
}
