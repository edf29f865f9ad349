using System.Buffers;
using System.Text.Json;

namespace EdgeAgent.Diagnostics;

/// <summary>Writes a <see cref="HealthReport"/> as compact JSON (the <c>.../health</c> payload and <c>health.json</c>).</summary>
public static class HealthJson
{
    /// <summary>Schema version, carried as <c>"v"</c>.</summary>
    public const int SchemaVersion = 1;

    private const double MiB = 1024 * 1024;

    /// <summary>Writes the report to <paramref name="output"/>; relaxed escaping, since the payload never reaches HTML.</summary>
    public static void Write(IBufferWriter<byte> output, HealthReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("v", SchemaVersion);
        w.WriteNumber("ts", report.Time.ToUnixTimeMilliseconds());
        w.WriteString("dev", report.Device);
        w.WriteString("site", report.Site);
        // "agent" is state's key for the version; "ver" stays beside it until v2 (removing a field needs a new major).
        w.WriteString("ver", report.Version);
        w.WriteString("agent", report.Version);
        w.WriteNumber("uptime_s", Math.Round(report.UptimeSeconds));
        Number(w, "sys_uptime_s", report.SystemUptimeSeconds, 0);
        if (report.Load is { } load)
        {
            w.WriteStartArray("load");
            w.WriteNumberValue(Math.Round(load.One, 2));
            w.WriteNumberValue(Math.Round(load.Five, 2));
            w.WriteNumberValue(Math.Round(load.Fifteen, 2));
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("load");
        }
        w.WriteNumber("cpu_s", Math.Round(report.ProcessCpuSeconds, 1));
        Number(w, "cpu_pct", report.ProcessCpuPercent, 1);
        Number(w, "cpu_temp_c", report.CpuTemperatureC, 1);
        Number(w, "rss_mb", report.ResidentBytes / MiB, 1);
        w.WriteNumber("gc_heap_mb", Math.Round(report.GcHeapBytes / MiB, 1));
        Number(w, "disk_free_mb", report.DiskFreeBytes / MiB, 0);
        Number(w, "disk_free_pct", report.DiskFreePercent, 1);

        w.WriteStartArray("cameras");
        foreach (var c in report.Cameras)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteNumber("fps_in", Math.Round(c.FpsIn, 2));
            w.WriteNumber("fps_out", Math.Round(c.FpsOut, 2));
            w.WriteNumber("detect_fps", Math.Round(c.DetectFps, 2));
            w.WriteNumber("dropped", c.Dropped);
            w.WriteNumber("skipped", c.Skipped);
            w.WriteNumber("restarts", c.Restarts);
            w.WriteNumber("faults", c.Faults);
            w.WriteNumber("since_frame_s", Math.Round(c.SecondsSinceFrame, 1));
            if (c.Tamper.Length > 0) w.WriteString("tamper", c.Tamper);
            if (c.Link is { } link)
            {
                w.WriteBoolean("online", link.Online);
                if (!link.Online) w.WriteString("offline_reason", link.Reason);
                w.WriteNumber("link_since", link.Since.ToUnixTimeMilliseconds());
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("models");
        foreach (var m in report.Models)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Name);
            w.WriteNumber("n", m.Count);
            Number(w, "p50_ms", m.MedianMs, 2);
            Number(w, "p95_ms", m.P95Ms, 2);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (report.Transport is { } t)
        {
            w.WriteStartObject("outbox");
            w.WriteNumber("depth", t.OutboxDepth);
            w.WriteNumber("dropped", t.OutboxDropped);
            w.WriteString("state", t.OutboxState);
            if (t.OutboxFault is { } fault) w.WriteString("error", fault);
            w.WriteNumber("dropped_unwritable", t.OutboxUnwritable);
            w.WriteNumber("held", t.OutboxHeld);
            w.WriteNumber("dead_letters", t.DeadLetters);
            w.WriteNumber("sink_retries", t.SinkRetries);
            w.WriteEndObject();
            w.WriteStartObject("broker");
            w.WriteString("state", t.BrokerState);
            w.WriteBoolean("connected", t.BrokerConnected);
            w.WriteNumber("reconnects", t.Reconnects);
            // Only with a list of nodes, so a single-broker agent's report stays as it was.
            if (t.BrokerNode is { } node)
            {
                w.WriteString("node", node);
                w.WriteNumber("moves", t.BrokerMoves);
            }
            w.WriteEndObject();
        }
        if (report.Enclosure is { } e)
        {
            w.WriteStartObject("enclosure");
            Number(w, "temp_c", e.TemperatureC, 1);
            Number(w, "humidity_pct", e.HumidityPercent, 1);
            Number(w, "pressure_hpa", e.PressureHpa, 1);
            w.WriteEndObject();
        }

        w.WriteStartArray("conditions");
        foreach (var c in report.Conditions) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The report as a byte array.</summary>
    public static byte[] ToBytes(HealthReport report, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, report, indented);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value, int digits)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, Math.Round(v, digits));
        else w.WriteNull(name);
    }
}
