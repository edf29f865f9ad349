using System.Buffers;
using System.Globalization;

namespace EdgeAgent.Events;

/// <summary>An event as the outbox keeps it: topic, body without the publish time, and the queue it waits in.</summary>
/// <param name="Topic">MQTT topic it goes to.</param>
/// <param name="Body">UTF-8 JSON payload without <c>"pt"</c>; <see cref="EventEncoder.StampPublishTime(ReadOnlySpan{byte}, DateTimeOffset)"/> completes it.</param>
/// <param name="Priority">Queue it waits in and whether it may be dropped.</param>
public readonly record struct EncodedEvent(string Topic, byte[] Body, EventPriority Priority);

/// <summary>
/// The event wire format in one place: the topic an event goes to, its JSON body with the sequence number, and the
/// publish time stamped into that body when it finally leaves. The outbox stores what <see cref="Encode"/> returns as
/// opaque bytes and the publisher sends what <see cref="StampPublishTime(ReadOnlySpan{byte}, DateTimeOffset)"/> makes
/// of them, so neither knows JSON or the topic tree.
/// </summary>
public sealed class EventEncoder
{
    /// <summary>MQTT 5 content type of every event payload.</summary>
    public const string ContentType = "application/json";

    // ,"pt": (6 bytes) + up to 20 digits + } : the stamp never needs more.
    private const int MaxStampBytes = 32;

    /// <summary>Encodes for the device <paramref name="topics"/> describes.</summary>
    public EventEncoder(TopicNames topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
    }

    /// <summary>The device's topic tree.</summary>
    public TopicNames Topics { get; }

    /// <summary>
    /// Encodes an event accepted with <paramref name="sequence"/>: the body carries the number, so the outbox encodes
    /// once it assigned it. The publish time is left out: it is only known when the record leaves, perhaps days later.
    /// </summary>
    public EncodedEvent Encode(AgentEvent agentEvent, long sequence)
    {
        ArgumentNullException.ThrowIfNull(agentEvent);
        var body = new ArrayBufferWriter<byte>(384);
        EventJson.WriteBody(body, agentEvent, Topics.Device, sequence);
        return new EncodedEvent(Topics.Event(agentEvent.Camera, agentEvent.Kind), body.WrittenSpan.ToArray(), agentEvent.Priority);
    }

    /// <summary>The wire payload of a stored body published at <paramref name="publishTime"/>.</summary>
    /// <exception cref="ArgumentException">The body is not a JSON object written by <see cref="Encode"/>.</exception>
    public static byte[] StampPublishTime(ReadOnlySpan<byte> body, DateTimeOffset publishTime)
    {
        var payload = new ArrayBufferWriter<byte>(body.Length + MaxStampBytes);
        StampPublishTime(payload, body, publishTime.ToUnixTimeMilliseconds());
        return payload.WrittenSpan.ToArray();
    }

    /// <summary>Completes a stored body into the wire payload by appending <c>,"pt":ms</c> before its closing brace.</summary>
    /// <exception cref="ArgumentException">The body is not a JSON object written by <see cref="Encode"/>.</exception>
    public static void StampPublishTime(IBufferWriter<byte> output, ReadOnlySpan<byte> body, long publishTimeMs)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (body.Length < 2 || body[0] != (byte)'{' || body[^1] != (byte)'}')
        {
            throw new ArgumentException("an event body is a JSON object", nameof(body));
        }
        var open = body[..^1];
        // An empty object cannot come from Encode (it always writes "v"), so a comma is always right.
        Span<byte> tail = stackalloc byte[MaxStampBytes];
        ",\"pt\":"u8.CopyTo(tail);
        var n = 6;
        publishTimeMs.TryFormat(tail[n..], out var digits, default, CultureInfo.InvariantCulture);
        n += digits;
        tail[n++] = (byte)'}';
        var span = output.GetSpan(open.Length + n);
        open.CopyTo(span);
        tail[..n].CopyTo(span[open.Length..]);
        output.Advance(open.Length + n);
    }
}
