using EdgeAgent.Events;

namespace EdgeAgent.Outbox;

/// <summary>One accepted event waiting in the outbox: its sequence number, topic and stored payload body (no publish time yet).</summary>
/// <param name="Sequence">Per-device sequence number, also the record's key.</param>
/// <param name="Priority">Queue the record sits in.</param>
/// <param name="Topic">MQTT topic it goes to.</param>
/// <param name="Body">Payload without <c>"pt"</c>; see <see cref="EventJson.AppendPublishTime"/>.</param>
/// <param name="AcceptedMs">Unix milliseconds when it was accepted (age limit).</param>
public sealed record OutboxRecord(long Sequence, EventPriority Priority, string Topic, byte[] Body, long AcceptedMs);
