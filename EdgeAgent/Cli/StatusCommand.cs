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
            var now = DateTimeOffset.UtcNow;
            var stale = agent is not null && IsStale(age, options.Health.Interval);
            IReadOnlyList<string> problems;
            using (var doc = agent is null ? null : JsonDocument.Parse(agent))
            {
                problems = doc is null ? [$"no agent report: {problem}"] : Problems(doc.RootElement, age, options.Health.Interval, now);
            }
            if (parse.GetValue(json))
            {
                WriteJson(output, local, agent, age, stale, problems, updates);
                return ExitCodes.Ok;
            }
            using (var doc = JsonDocument.Parse(local))
            {
                Render(output, "This machine now", doc.RootElement);
            }
            output.WriteLine();
            if (agent is null)
            {
                WriteWrapped(output, $"Running agent: no report ({problem})", "", "  ");
            }
            else
            {
                using var doc = JsonDocument.Parse(agent);
                var title = stale
                    ? $"Agent: {StaleText(age)}"
                    : $"Running agent, last report {age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s ago";
                Render(output, title, doc.RootElement, stale, now);
                Line(output, "report", stateFile);
                RenderProblems(output, problems);
            }
            RenderUpdates(output, updates);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A report older than two health intervals means the agent stopped writing: one late write is not yet a fault.</summary>
    public static bool IsStale(TimeSpan age, TimeSpan interval) => age > 2 * interval;

    private static string StaleText(TimeSpan age) =>
        $"stale: last report {age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s ago — is the agent running?";

    /// <summary>
    /// What needs the technician, in the order to look at it: a stale report, cameras offline (with why and since when),
    /// a failing outbox, events the broker refused, a nearly full disk, a broker not connected. Empty when all is well.
    /// </summary>
    public static IReadOnlyList<string> Problems(JsonElement r, TimeSpan age, TimeSpan interval, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (IsStale(age, interval)) problems.Add(StaleText(age));
        var conditions = Items(r, "conditions").Select(x => x.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        foreach (var c in Items(r, "cameras"))
        {
            if (CameraState(c, conditions, now) is { Online: false } state) problems.Add($"camera {Text(c, "id")} {state.Text}");
        }
        if (r.TryGetProperty("outbox", out var o) && o.TryGetProperty("state", out var st) && st.GetString() == "failing")
        {
            problems.Add($"outbox failing: {Text(o, "error")}");
        }
        if (r.TryGetProperty("outbox", out var ob) && ob.TryGetProperty("dead_letters", out var dl) && dl.TryGetInt64(out var dead) && dead > 0)
        {
            problems.Add($"broker refused {dead} event(s), kept as dead letters: 'edgeagent check' (delivery) says why");
        }
        if (conditions.Contains("disk_nearly_full") || conditions.Contains("disk_full"))
        {
            problems.Add($"disk nearly full: {Num(r, "disk_free_mb", "0", " MB")} free ({Num(r, "disk_free_pct", "0.0", " %")})");
        }
        if (r.TryGetProperty("broker", out var b) && b.TryGetProperty("connected", out var connected) && connected.ValueKind == JsonValueKind.False
            && Text(b, "state") != "embedded")
        {
            problems.Add($"broker {Text(b, "state")}: events wait in the outbox; 'edgeagent check' says why");
        }
        return problems;
    }

    /// <summary>A camera online or offline, why and since when; an old agent's report says only camera_down.</summary>
    private static (bool Online, string Text) CameraState(JsonElement c, HashSet<string> conditions, DateTimeOffset now)
    {
        var since = c.TryGetProperty("link_since", out var ls) && ls.TryGetInt64(out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
        var forText = since is { } t ? $" since {t.UtcDateTime:HH:mm:ss} UTC ({Ago(now - t)})" : "";
        if (c.TryGetProperty("online", out var online) && online.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return online.ValueKind == JsonValueKind.True
                ? (true, "online" + forText)
                : (false, $"OFFLINE{forText}: {Text(c, "offline_reason")}");
        }
        return conditions.Contains($"camera_down:{Text(c, "id")}")
            ? (false, $"OFFLINE: no frame for {Num(c, "since_frame_s", "0")} s")
            : (true, "online");
    }

    private static string Ago(TimeSpan t) =>
        t.TotalSeconds < 120 ? $"{Math.Max(0, t.TotalSeconds):0} s" : t.TotalHours < 2 ? $"{t.TotalMinutes:0} min" : t.TotalDays < 2 ? $"{t.TotalHours:0} h" : $"{t.TotalDays:0} d";

    private static void RenderProblems(TextWriter output, IReadOnlyList<string> problems)
    {
        output.WriteLine();
        if (problems.Count == 0)
        {
            output.WriteLine("Problems: none");
            return;
        }
        output.WriteLine("Problems");
        var colour = IsTerminal(output);
        foreach (var p in problems)
        {
            if (colour) output.Write("\u001b[31m");
            WriteWrapped(output, p, "  ! ", "    ");
            if (colour) output.Write("\u001b[0m");
        }
    }

    /// <summary>Colour only for a person at a terminal: a pipe, a file or a test gets plain text.</summary>
    private static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

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

    private static void WriteJson(TextWriter output, byte[] local, byte[]? agent, TimeSpan age, bool stale, IReadOnlyList<string> problems, IReadOnlyList<ModelUpdateRecord> updates)
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
            w.WriteBoolean("stale", stale);
            w.WriteStartArray("problems");
            foreach (var p in problems) w.WriteStringValue(p);
            w.WriteEndArray();
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
    public static void Render(TextWriter output, string title, JsonElement r) => Render(output, title, r, false, DateTimeOffset.UtcNow);

    private static void Render(TextWriter output, string title, JsonElement r, bool stale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteWrapped(output, title, "", "  ");
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
            // A stopped agent's last word is not the broker's state now.
            Line(output, "broker", $"{Text(b, "state")}{(stale ? " at last report" : "")}, {Num(b, "reconnects", "0")} reconnect(s)");
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
        var active = Items(r, "conditions").Select(x => x.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        foreach (var c in Items(r, "cameras"))
        {
            var (online, state) = CameraState(c, active, now);
            Line(output, "camera " + Text(c, "id"), online
                ? $"{state}; in {Num(c, "fps_in", "0.0")} fps, analysed {Num(c, "fps_out", "0.0")} fps, detect {Num(c, "detect_fps", "0.0")} fps; "
                  + $"dropped {Num(c, "dropped", "0")}, skipped {Num(c, "skipped", "0")}, restarts {Num(c, "restarts", "0")}; last frame {Num(c, "since_frame_s", "0.0")} s ago"
                  + (c.TryGetProperty("tamper", out var t) && t.ValueKind == JsonValueKind.String ? $"; tamper {t.GetString()}" : "")
                : $"{state}; restarts {Num(c, "restarts", "0")}");
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

    /// <summary>The width of a phone's SSH terminal, which technicians use: every line wraps to it.</summary>
    public const int Width = 60;

    private static void Line(TextWriter output, string label, string value)
    {
        // A long label (a camera id) would push every value out of line: it gets a line of its own.
        if (label.Length > 14)
        {
            output.WriteLine($"  {label}");
            WriteWrapped(output, value, new string(' ', 17), new string(' ', 17));
            return;
        }
        WriteWrapped(output, value, $"  {label,-14} ", new string(' ', 17));
    }

    /// <summary>Greedy word wrap to <see cref="Width"/>; a word longer than a line (a path) is cut.</summary>
    private static void WriteWrapped(TextWriter output, string text, string first, string rest)
    {
        var prefix = first;
        var line = new System.Text.StringBuilder(prefix);
        var empty = true;
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw;
            while (true)
            {
                var need = (empty ? 0 : 1) + word.Length;
                if (line.Length + need <= Width)
                {
                    if (!empty) line.Append(' ');
                    line.Append(word);
                    empty = false;
                    break;
                }
                if (!empty)
                {
                    output.WriteLine(line.ToString());
                    line.Clear().Append(rest);
                    empty = true;
                    continue;
                }
                var room = Width - line.Length;
                line.Append(word, 0, room);
                output.WriteLine(line.ToString());
                line.Clear().Append(rest);
                word = word[room..];
            }
        }
        output.WriteLine(line.ToString());
    }

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
