using System.Buffers;
using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// Encodes events as compact JSON: the wire payload (schema v1, normalised boxes) and the CLI line (pixels, frame).
/// Written with <see cref="Utf8JsonWriter"/> field by field: no reflection, trim-safe, few allocations.
/// </summary>
public static class EventJson
{
    /// <summary>Schema version carried in every payload as <c>"v"</c>.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>
    /// Writes the MQTT payload of an event as <see cref="EventEncoder"/> would publish it at <paramref name="publishTime"/>:
    /// <see cref="WriteBody"/> stamped with <see cref="EventEncoder.StampPublishTime(IBufferWriter{byte}, ReadOnlySpan{byte}, long)"/>.
    /// </summary>
    /// <param name="output">Destination buffer.</param>
    /// <param name="e">The event.</param>
    /// <param name="device">Device id.</param>
    /// <param name="sequence">Per-device sequence number assigned when the event was accepted.</param>
    /// <param name="publishTime">When it is being published.</param>
    public static void WritePayload(IBufferWriter<byte> output, AgentEvent e, string device, long sequence, DateTimeOffset publishTime)
    {
        var body = new ArrayBufferWriter<byte>(256);
        WriteBody(body, e, device, sequence);
        EventEncoder.StampPublishTime(output, body.WrittenSpan, publishTime.ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// Writes the payload without the publish time: the body <see cref="EventEncoder.Encode"/> hands the outbox, since the
    /// publish time is only known when the record finally leaves (perhaps days later, after an outage).
    /// </summary>
    public static void WriteBody(IBufferWriter<byte> output, AgentEvent e, string device, long sequence)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("v", SchemaVersion);
        w.WriteString("id", e.Id);
        w.WriteNumber("seq", sequence);
        w.WriteString("dev", device);
        w.WriteNumber("ts", e.CaptureTime.ToUnixTimeMilliseconds());
        if (e.Camera.Length > 0) w.WriteString("cam", e.Camera);
        w.WriteString("kind", e.Kind);
        if (e.Phase.Length > 0) w.WriteString("event", e.Phase);
        e.WriteFields(w, pixels: false);
        w.WriteEndObject();
    }

    /// <summary>Writes the line <c>edgeagent detect --json</c> prints: the payload's fields, boxes in pixels, plus the frame.</summary>
    public static string ToCliLine(AgentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind);
            w.WriteNumber("frame", e.Frame);
            if (e.Camera.Length > 0) w.WriteString("cam", e.Camera);
            if (e.Phase.Length > 0) w.WriteString("event", e.Phase);
            e.WriteFields(w, pixels: true);
            w.WriteString("id", e.Id);
            w.WriteNumber("ts", e.CaptureTime.ToUnixTimeMilliseconds());
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a box: <c>[x, y, w, h]</c> as integers in pixels, or normalised to 4 decimals and clipped to the frame.</summary>
    public static void WriteBox(Utf8JsonWriter writer, string name, Imaging.BoxF box, int frameWidth, int frameHeight, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray(name);
        if (pixels)
        {
            writer.WriteNumberValue((int)MathF.Round(box.X));
            writer.WriteNumberValue((int)MathF.Round(box.Y));
            writer.WriteNumberValue((int)MathF.Round(box.W));
            writer.WriteNumberValue((int)MathF.Round(box.H));
        }
        else
        {
            // Clipped to the frame: a tracker's prediction may run past the edge, the wire format says 0..1.
            var x0 = Math.Clamp((double)box.X / frameWidth, 0, 1);
            var y0 = Math.Clamp((double)box.Y / frameHeight, 0, 1);
            var x1 = Math.Clamp((double)(box.X + box.W) / frameWidth, 0, 1);
            var y1 = Math.Clamp((double)(box.Y + box.H) / frameHeight, 0, 1);
            writer.WriteNumberValue(Math.Round(x0, 4));
            writer.WriteNumberValue(Math.Round(y0, 4));
            writer.WriteNumberValue(Math.Round(x1 - x0, 4));
            writer.WriteNumberValue(Math.Round(y1 - y0, 4));
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a score rounded to 3 decimals: more digits are noise and cost bytes on every event.</summary>
    public static void WriteScore(Utf8JsonWriter writer, string name, float score)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber(name, Math.Round(score, 3));
    }
}
