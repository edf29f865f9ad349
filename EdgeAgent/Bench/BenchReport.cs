using System.Globalization;
using System.Text.Json;

namespace EdgeAgent.Bench;

/// <summary>Combines runs into medians and writes them as one JSON object or a table.</summary>
public static class BenchReport
{
    /// <summary>How the capacity figure is computed, printed with it.</summary>
    public const string CapacityFormula = "cameras = floor(cores / cpu_seconds_per_video_second), cpu = this process + ffmpeg, at the detect fps";

    /// <summary>The run-by-run median of every figure (stages matched by name).</summary>
    public static BenchResult Median(IReadOnlyList<BenchResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("no runs", nameof(runs));
        if (runs.Count == 1) return runs[0];
        double M(Func<BenchResult, double> f)
        {
            var values = new double[runs.Count];
            for (var i = 0; i < values.Length; i++) values[i] = f(runs[i]);
            Array.Sort(values);
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
        }
        var stages = new List<StageTiming>();
        foreach (var s in runs[0].Stages)
        {
            var name = s.Name;
            StageTiming? Find(BenchResult r) => r.Stages.FirstOrDefault(x => x.Name == name);
            stages.Add(new StageTiming(name, (int)M(r => Find(r)?.Count ?? 0), M(r => Find(r)?.MedianMs ?? 0), M(r => Find(r)?.P95Ms ?? 0))
            {
                AllocatedPerFrame = s.AllocatedPerFrame is null ? null : M(r => Find(r)?.AllocatedPerFrame ?? 0),
            });
        }
        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var k in runs[0].BytesPerEvent.Keys) kinds[k] = M(r => r.BytesPerEvent.TryGetValue(k, out var v) ? v : 0);
        return runs[0] with
        {
            Frames = (long)M(r => r.Frames),
            Dropped = (long)M(r => r.Dropped),
            VideoSeconds = M(r => r.VideoSeconds),
            WallSeconds = M(r => r.WallSeconds),
            FramesPerSecond = M(r => r.FramesPerSecond),
            ProcessCpuPerVideoSecond = M(r => r.ProcessCpuPerVideoSecond),
            DecoderCpuPerVideoSecond = M(r => r.DecoderCpuPerVideoSecond),
            CpuPerVideoSecond = M(r => r.CpuPerVideoSecond),
            PeakRssMb = M(r => r.PeakRssMb),
            AllocatedPerFrameTotal = M(r => r.AllocatedPerFrameTotal),
            AllocatedPerFrameStages = M(r => r.AllocatedPerFrameStages),
            AllocatedPerQuietFrame = M(r => r.AllocatedPerQuietFrame),
            AllocatedPerEventAccept = M(r => r.AllocatedPerEventAccept),
            Events = (long)M(r => r.Events),
            Acked = (long)M(r => r.Acked),
            LatencyP50Ms = M(r => r.LatencyP50Ms),
            LatencyP99Ms = M(r => r.LatencyP99Ms),
            Stages = stages,
            BytesPerEvent = kinds,
            ClipKbps = M(r => r.ClipKbps),
            MqttKbps = M(r => r.MqttKbps),
            BitrateRatio = M(r => r.BitrateRatio),
            CapacityExact = M(r => r.CapacityExact),
        };
    }

    /// <summary>Context printed with the figures: where, when, under what load.</summary>
    public sealed record Context(string Clip, double Fps, bool Realtime, string Kinds, string Broker, int Runs, double[] LoadBefore, double[] LoadAfter, string? Camera = null);

    /// <summary>One JSON object: the context and one entry per variant (medians over runs).</summary>
    public static string Json(Context context, IReadOnlyList<BenchResult> variants)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(variants);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteString("clip", context.Clip);
            if (context.Camera is { } camera) w.WriteString("camera", camera);
            w.WriteNumber("fps", context.Fps);
            w.WriteString("kinds", context.Kinds);
            w.WriteString("pacing", context.Realtime ? "realtime" : "as-fast-as-possible");
            w.WriteString("broker", context.Broker);
            w.WriteNumber("runs", context.Runs);
            w.WriteNumber("cores", Environment.ProcessorCount);
            w.WriteString("machine", $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription} {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}");
            Numbers(w, "load_before", context.LoadBefore);
            Numbers(w, "load_after", context.LoadAfter);
            w.WriteString("capacity_formula", CapacityFormula);
            w.WriteStartArray("variants");
            foreach (var v in variants) Write(w, v);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Numbers(Utf8JsonWriter w, string name, double[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter w, BenchResult r)
    {
        w.WriteStartObject();
        w.WriteString("name", r.Name);
        w.WriteNumber("frames", r.Frames);
        w.WriteNumber("dropped_frames", r.Dropped);
        w.WriteNumber("video_seconds", Round(r.VideoSeconds));
        w.WriteNumber("wall_seconds", Round(r.WallSeconds));
        w.WriteNumber("frames_per_second", Round(r.FramesPerSecond));
        w.WriteNumber("cpu_seconds_per_video_second", Round(r.CpuPerVideoSecond));
        w.WriteNumber("process_cpu_seconds_per_video_second", Round(r.ProcessCpuPerVideoSecond));
        w.WriteNumber("ffmpeg_cpu_seconds_per_video_second", Round(r.DecoderCpuPerVideoSecond));
        w.WriteNumber("peak_rss_mb", Round(r.PeakRssMb));
        w.WriteNumber("allocated_bytes_per_frame_total", Round(r.AllocatedPerFrameTotal));
        w.WriteNumber("allocated_bytes_per_frame_stages", Round(r.AllocatedPerFrameStages));
        w.WriteNumber("allocated_bytes_per_frame_outside_events", Round(r.AllocatedPerQuietFrame));
        w.WriteNumber("allocated_bytes_per_event_accept", Round(r.AllocatedPerEventAccept));
        w.WriteNumber("events", r.Events);
        w.WriteNumber("acked", r.Acked);
        w.WriteStartObject("latency_ms");
        w.WriteNumber("p50", Round(r.LatencyP50Ms));
        w.WriteNumber("p99", Round(r.LatencyP99Ms));
        w.WriteEndObject();
        w.WriteStartArray("stages");
        foreach (var s in r.Stages)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("count", s.Count);
            w.WriteNumber("median_ms", Round(s.MedianMs));
            w.WriteNumber("p95_ms", Round(s.P95Ms));
            if (s.AllocatedPerFrame is { } a) w.WriteNumber("allocated_bytes_per_frame", Round(a));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("bytes_per_event");
        foreach (var (k, v) in r.BytesPerEvent) w.WriteNumber(k, Round(v));
        w.WriteEndObject();
        w.WriteNumber("clip_kbps", Round(r.ClipKbps));
        w.WriteNumber("mqtt_kbps", Round(r.MqttKbps));
        w.WriteNumber("bitrate_ratio", Round(r.BitrateRatio));
        w.WriteStartObject("capacity");
        w.WriteNumber("cores", r.Cores);
        w.WriteNumber("cameras", r.Capacity);
        w.WriteNumber("cameras_exact", Round(r.CapacityExact));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A readable report: one column per variant.</summary>
    public static void Table(TextWriter output, Context context, IReadOnlyList<BenchResult> variants)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(variants);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"{(context.Camera is { } camera ? $"camera {camera}, " : "")}clip {context.Clip} at {context.Fps.ToString(c)} fps ({(context.Realtime ? "realtime" : "as fast as possible")}), kinds {context.Kinds}, broker {context.Broker}; medians over {context.Runs} run(s)");
        output.WriteLine($"{Environment.ProcessorCount} cores; load average before {string.Join(' ', context.LoadBefore.Select(v => v.ToString("0.00", c)))}, after {string.Join(' ', context.LoadAfter.Select(v => v.ToString("0.00", c)))}");
        // Variant names carry every setting that differs (gating, threads, interval, face rest): columns fit the longest.
        var width = Math.Max(22, variants.Max(v => v.Name.Length) + 2);
        output.Write($"{"",-42}");
        foreach (var v in variants) output.Write(v.Name.PadLeft(width));
        output.WriteLine();
        void Row(string label, Func<BenchResult, string> value)
        {
            output.Write($"{label,-42}");
            foreach (var v in variants) output.Write(value(v).PadLeft(width));
            output.WriteLine();
        }
        string F(double v, string format = "0.00") => v.ToString(format, c);
        Row("frames (steady state)", r => r.Frames.ToString(c));
        Row("frames dropped (realtime lag)", r => r.Dropped.ToString(c));
        // The detection interval and motion gating show here: model runs against frames analysed.
        Row("detector model runs", r => r.Stages.FirstOrDefault(s => s.Name == "detection.model") is { } m ? m.Count.ToString(c) : "-");
        Row("frames per second (wall)", r => F(r.FramesPerSecond, "0.0"));
        Row("CPU s per video s (process + ffmpeg)", r => $"{F(r.ProcessCpuPerVideoSecond, "0.000")}+{F(r.DecoderCpuPerVideoSecond, "0.000")}={F(r.CpuPerVideoSecond, "0.000")}");
        Row("peak RSS MB", r => F(r.PeakRssMb, "0"));
        Row("alloc B/frame: total process", r => F(r.AllocatedPerFrameTotal, "0"));
        Row("alloc B/frame: stages", r => F(r.AllocatedPerFrameStages, "0"));
        Row("alloc B/frame: stages, no event", r => F(r.AllocatedPerQuietFrame, "0"));
        Row("alloc B/event: encode + outbox accept", r => F(r.AllocatedPerEventAccept, "0"));
        Row("events (acked)", r => $"{r.Events.ToString(c)} ({r.Acked.ToString(c)})");
        Row("capture->PUBACK p50 / p99 ms", r => $"{F(r.LatencyP50Ms, "0.0")} / {F(r.LatencyP99Ms, "0.0")}");
        var names = variants.SelectMany(v => v.Stages.Select(s => s.Name)).Distinct().ToList();
        foreach (var name in names)
        {
            Row($"  {name} median / p95 ms", r => r.Stages.FirstOrDefault(s => s.Name == name) is { } s ? $"{F(s.MedianMs)} / {F(s.P95Ms)}" : "-");
            if (variants.Any(v => v.Stages.Any(s => s.Name == name && s.AllocatedPerFrame is not null)))
            {
                Row($"  {name} alloc B/frame", r => r.Stages.FirstOrDefault(s => s.Name == name)?.AllocatedPerFrame is { } a ? F(a, "0") : "-");
            }
        }
        var kinds = variants.SelectMany(v => v.BytesPerEvent.Keys).Distinct().ToList();
        foreach (var kind in kinds) Row($"  bytes per {kind} event", r => r.BytesPerEvent.TryGetValue(kind, out var b) ? F(b, "0") : "-");
        Row("clip kbit/s / MQTT kbit/s", r => $"{F(r.ClipKbps, "0")} / {F(r.MqttKbps, "0.00")}");
        Row("clip bitrate : MQTT bitrate", r => $"{F(r.BitrateRatio, "0")}:1");
        Row("cameras this device carries", r => $"{r.Capacity.ToString(c)} ({F(r.CapacityExact)})");
        output.WriteLine(CapacityFormula);
    }

    private static double Round(double v) => double.IsFinite(v) ? Math.Round(v, 3) : 0;
}
