using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Devices;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent status</c>: this machine's health now (sampled once), the last signed update of each model, and the last
/// report the running agent wrote to <c>{state_dir}/health.json</c> (cameras, models, broker, active conditions) with its age.
/// </summary>
public static class StatusCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object: {\"local\": ..., \"agent\": ... or null, \"agent_age_s\": ...}" };
        var command = new Command("status", "Show the device's health: this machine now, and the running agent's last report") { json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = CommonOptions.LoadConfig(parse, parse.InvocationConfiguration.Error);
            if (options is null) return ExitCodes.Config;
            var local = SampleLocally(options);
            var stateFile = Path.Combine(options.ResolvePath(options.Device.StateDir), HealthFileWriter.FileName);
            var agent = ReadAgentReport(stateFile, out var age, out var problem);
            var updates = ModelUpdateRecord.ReadAll(options.StateDir);
            if (parse.GetValue(json))
            {
                WriteJson(output, local, agent, age, updates);
                return ExitCodes.Ok;
            }
            using (var doc = JsonDocument.Parse(local))
            {
                Render(output, "This machine now", doc.RootElement);
            }
            output.WriteLine();
            if (agent is null)
            {
                output.WriteLine($"Running agent: no report ({problem})");
            }
            else
            {
                using var doc = JsonDocument.Parse(agent);
                Render(output, $"Running agent, last report {age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s ago ({stateFile})", doc.RootElement);
            }
            RenderUpdates(output, updates);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static byte[] SampleLocally(AgentOptions options)
    {
        // Only the climate sensor is opened: the running agent owns the GPIO lines of the switch and the LED.
        using var parts = new DeviceParts(new DevicesOptions { Bme280 = options.Devices.Bme280 }, TimeProvider.System, NullLogger<DeviceParts>.Instance);
        var collector = new HealthCollector(options with { Cameras = [] }, TimeProvider.System, new CameraHealthRegistry(), new InferenceMetrics(), null, parts);
        return HealthJson.ToBytes(collector.Collect());
    }

    private static byte[]? ReadAgentReport(string path, out TimeSpan age, out string problem)
    {
        age = TimeSpan.Zero;
        problem = "";
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.TryGetProperty("ts", out var ts) && ts.TryGetInt64(out var ms))
            {
                age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }
            return bytes;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = $"{path} does not exist: the agent is not running, or has not finished its first interval";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read {path}: {ex.Message}";
        }
        catch (JsonException ex)
        {
            problem = $"{path} is not valid JSON: {ex.Message}";
        }
        return null;
    }

    /// <summary>The last signed update of each model, so a technician sees a probation or a rollback the centre also sees.</summary>
    private static void RenderUpdates(TextWriter output, IReadOnlyList<ModelUpdateRecord> updates)
    {
        if (updates.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Model updates");
        foreach (var u in updates)
        {
            var reason = u.Reason.Length > 0 ? ": " + u.Reason : "";
            Line(output, u.ModelId, string.Create(CultureInfo.InvariantCulture,
                $"{u.Version} {u.Status.Replace('_', ' ')} (previous {u.PreviousVersion}) at {u.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC{reason}"));
        }
    }

    private static void WriteJson(TextWriter output, byte[] local, byte[]? agent, TimeSpan age, IReadOnlyList<ModelUpdateRecord> updates)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("local");
            w.WriteRawValue(local);
            w.WritePropertyName("agent");
            if (agent is null) w.WriteNullValue();
            else w.WriteRawValue(agent);
            if (agent is null) w.WriteNull("agent_age_s");
            else w.WriteNumber("agent_age_s", Math.Round(age.TotalSeconds, 1));
            w.WriteStartObject("model_updates");
            foreach (var u in updates)
            {
                w.WriteStartObject(u.ModelId);
                u.WriteSummary(w);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Prints a health report (its JSON form) as aligned lines for a technician.</summary>
    public static void Render(TextWriter output, string title, JsonElement r)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(title);
        Line(output, "device", $"{Text(r, "site")}/{Text(r, "dev")}  edgeagent {Text(r, "ver")}");
        Line(output, "uptime", $"process {Seconds(r, "uptime_s")}, system {Seconds(r, "sys_uptime_s")}");
        var load = r.TryGetProperty("load", out var l) && l.ValueKind == JsonValueKind.Array
            ? string.Join(" ", l.EnumerateArray().Select(x => x.GetDouble().ToString("0.00", CultureInfo.InvariantCulture)))
            : "n/a";
        Line(output, "cpu", $"load {load}; process {Num(r, "cpu_pct", "0.0")} % ({Num(r, "cpu_s", "0.0")} s); temperature {Num(r, "cpu_temp_c", "0.0", " °C")}");
        Line(output, "memory", $"rss {Num(r, "rss_mb", "0.0", " MB")}, managed heap {Num(r, "gc_heap_mb", "0.0", " MB")}");
        Line(output, "disk", $"{Num(r, "disk_free_mb", "0", " MB")} free ({Num(r, "disk_free_pct", "0.0", " %")})");
        if (r.TryGetProperty("enclosure", out var e))
        {
            Line(output, "enclosure", $"{Num(e, "temp_c", "0.0", " °C")}, {Num(e, "humidity_pct", "0", " % rH")}, {Num(e, "pressure_hpa", "0.0", " hPa")}");
        }
        if (r.TryGetProperty("broker", out var b) && r.TryGetProperty("outbox", out var o))
        {
            Line(output, "broker", $"{Text(b, "state")}, {Num(b, "reconnects", "0")} reconnect(s)");
            if (b.TryGetProperty("node", out _)) Line(output, "broker node", $"{Text(b, "node")}, {Num(b, "moves", "0")} move(s) between nodes");
            var outbox = $"{Num(o, "depth", "0")} queued, {Num(o, "dropped", "0")} dropped";
            if (o.TryGetProperty("dead_letters", out var dl) && dl.TryGetInt64(out var dead) && dead > 0) outbox += $", {dead} refused by the broker";
            // An old agent's report has no state: say nothing rather than guess.
            if (o.TryGetProperty("state", out var st) && st.GetString() == "failing")
            {
                outbox = $"FAILING: {Text(o, "error")}; {Num(o, "held", "0")} held in memory, {Num(o, "dropped_unwritable", "0")} dropped as unwritable; " + outbox;
            }
            Line(output, "outbox", outbox);
        }
        foreach (var c in Items(r, "cameras"))
        {
            Line(output, "camera " + Text(c, "id"),
                $"in {Num(c, "fps_in", "0.0")} fps, analysed {Num(c, "fps_out", "0.0")} fps, detect {Num(c, "detect_fps", "0.0")} fps; "
                + $"dropped {Num(c, "dropped", "0")}, skipped {Num(c, "skipped", "0")}, restarts {Num(c, "restarts", "0")}; last frame {Num(c, "since_frame_s", "0.0")} s ago"
                + (c.TryGetProperty("tamper", out var t) && t.ValueKind == JsonValueKind.String ? $"; tamper {t.GetString()}" : ""));
        }
        foreach (var m in Items(r, "models"))
        {
            Line(output, "model " + Text(m, "name"), $"{Num(m, "n", "0")} runs, median {Num(m, "p50_ms", "0.0", " ms")}, p95 {Num(m, "p95_ms", "0.0", " ms")}");
        }
        var conditions = Items(r, "conditions").Select(x => x.GetString()).ToList();
        Line(output, "conditions", conditions.Count == 0 ? "none" : string.Join(", ", conditions));
    }

    private static JsonElement[] Items(JsonElement r, string name) =>
        r.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : [];

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"  {label,-14} {value}");

    private static string Text(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "?";

    private static string Num(JsonElement r, string name, string format, string unit = "") =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString(format, CultureInfo.InvariantCulture) + unit : "n/a";

    private static string Seconds(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number) return "n/a";
        var t = TimeSpan.FromSeconds(v.GetDouble());
        return t.TotalDays >= 1 ? $"{(int)t.TotalDays}d {t.Hours}h {t.Minutes}m" : t.TotalHours >= 1 ? $"{t.Hours}h {t.Minutes}m" : $"{t.Minutes}m {t.Seconds}s";
    }
}
