using EdgeAgent.Events;

namespace EdgeAgent.Outbox;

/// <summary>One accepted event waiting in the outbox: its sequence number and the opaque topic and body it was encoded to.</summary>
/// <param name="Sequence">Per-device sequence number, also the record's key.</param>
/// <param name="Priority">Queue the record sits in.</param>
/// <param name="Topic">MQTT topic it goes to.</param>
/// <param name="Body">Bytes from <see cref="EventEncoder.Encode"/>; the outbox never looks inside.</param>
/// <param name="AcceptedMs">Unix milliseconds when it was accepted (age limit).</param>
public sealed record OutboxRecord(long Sequence, EventPriority Priority, string Topic, byte[] Body, long AcceptedMs);
