using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// A zone is overcrowded: <c>start</c> when its occupancy stayed at or above the threshold for the minimum duration,
/// <c>update</c> (at most every update interval, only when the count changed) while it lasts, <c>end</c> when it
/// stayed below the lower threshold. Its <see cref="AgentEvent.Id"/> differs per phase; <see cref="Alarm"/> links them.
/// </summary>
/// <remarks>
/// Wire fields: <c>zone</c>, <c>alarm</c> (id of the start event), <c>method</c> (tracks, heatmap or motion: how the
/// count was estimated), <c>count</c> (smoothed occupancy now, 1 decimal), <c>threshold</c>, and on update and end
/// <c>peak</c> and <c>dur</c> (seconds since start).
/// </remarks>
public sealed record CrowdEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "crowd";

    /// <summary>Zone name.</summary>
    public string Zone { get; init; } = "";

    /// <summary>Id shared by the phases of one alarm (the start event's id).</summary>
    public Guid Alarm { get; init; }

    /// <summary>Estimation method: tracks, heatmap or motion.</summary>
    public string Method { get; init; } = "";

    /// <summary>Smoothed occupancy now.</summary>
    public float Count { get; init; }

    /// <summary>The configured threshold.</summary>
    public double Threshold { get; init; }

    /// <summary>Highest occupancy since start (update, end).</summary>
    public float? Peak { get; init; }

    /// <summary>Seconds of stream time since the alarm started (update, end).</summary>
    public double? Duration { get; init; }

    /// <summary>Start and end are alarms the operator acts on; updates may go when the outbox is full.</summary>
    public override EventPriority Priority => Phase == "update" ? EventPriority.Normal : EventPriority.High;

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("zone", Zone);
        writer.WriteString("alarm", Alarm);
        writer.WriteString("method", Method);
        writer.WriteNumber("count", Math.Round(Count, 1));
        writer.WriteNumber("threshold", Threshold);
        if (Peak is { } p) writer.WriteNumber("peak", Math.Round(p, 1));
        if (Duration is { } d) writer.WriteNumber("dur", Math.Round(d, 1));
    }
}
