using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// One line of the device's audit log, sent to the centre on <c>.../audit</c> so a later edit of the file on the device can
/// be shown against what the centre received. The line goes out byte for byte, with its SHA-256, so the centre can check
/// the chain itself: a record's <c>"prev"</c> is the <c>"hash"</c> of the one before.
/// </summary>
public sealed record AuditRecordEvent : AgentEvent
{
    /// <summary>Wire kind; the outbox maps it to the device's audit topic rather than an events topic.</summary>
    public const string KindName = "audit";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>Audit records are evidence: sent ahead of routine events and never dropped for room.</summary>
    public override EventPriority Priority => EventPriority.High;

    /// <summary>1-based line of the record in <c>audit.log</c>.</summary>
    public required long Line { get; init; }

    /// <summary>The record exactly as written to the log (a JSON object, no newline).</summary>
    public required ReadOnlyMemory<byte> Record { get; init; }

    /// <summary>
    /// False when the line is not JSON (edited or damaged): it goes out as text under <c>"damaged"</c> instead, so the
    /// centre sees the damage and the records after it still flow.
    /// </summary>
    public bool IsJson { get; init; } = true;

    /// <summary>SHA-256 (hex) of <see cref="Record"/>: the next record's <c>"prev"</c>.</summary>
    public required string Hash { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("line", Line);
        if (IsJson)
        {
            writer.WritePropertyName("record");
            writer.WriteRawValue(Record.Span, skipInputValidation: false);
        }
        else
        {
            writer.WriteString("damaged", System.Text.Encoding.UTF8.GetString(Record.Span));
        }
        writer.WriteString("hash", Hash);
    }
}
