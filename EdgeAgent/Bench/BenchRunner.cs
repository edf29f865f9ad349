using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Outbox;
using EdgeAgent.Pipeline;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Bench;

/// <summary>
/// Measures a clip run through the real agent that a <see cref="BenchRig"/> sets up (camera pipeline, durable outbox in
/// a fresh state folder, MQTT publisher to <paramref name="broker"/>): warm-up, per-stage times and allocations, CPU,
/// memory, event sizes and broker latency. The clip is analysed as fast as possible and losslessly, so CPU seconds per
/// second of video at the detect rate is what is comparable across devices.
/// </summary>
public sealed class BenchRunner(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, Uri broker)
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs one variant once.</summary>
    public async Task<BenchResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stateDir = Directory.CreateTempSubdirectory("edgeagent-bench-").FullName;
        try
        {
            return await RunInAsync(settings, stateDir, cancellationToken);
        }
        finally
        {
            Directory.Delete(stateDir, recursive: true);
        }
    }

    private async Task<BenchResult> RunInAsync(BenchSettings settings, string stateDir, CancellationToken cancellationToken)
    {
        var clipSeconds = await ClipSecondsAsync(settings.Clip, cancellationToken);
        var observer = new AckObserver();
        using var rig = await BenchRig.StartAsync(options, models, loggers, broker, settings, stateDir, observer, cancellationToken);
        var (outbox, publisher, pipeline, detector) = (rig.Outbox, rig.Publisher, rig.Pipeline, rig.Detector);

        var measuredFrames = settings.Seconds is { } s ? (long)Math.Ceiling(s * settings.Fps) : long.MaxValue;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        var childCpu0 = ProcessUsage.ChildrenCpuSeconds();
        // Peak RSS is per run: the previous variant's sessions are gone, their high-water mark should be too.
        ProcessUsage.ResetPeakRss();
        var run = Task.Run(async () =>
        {
            try
            {
                await pipeline.RunAsync(events.Writer, stop.Token);
            }
            finally
            {
                events.Writer.TryComplete();
            }
        }, CancellationToken.None);
        var monitor = MonitorAsync(pipeline, settings.WarmupFrames, measuredFrames, stop, run);
        // Bytes per event are counted with the device's own id, as the agent would send them.
        var eventPath = new EventPath(outbox, options.Device.Id, observer);
        await foreach (var e in events.Reader.ReadAllAsync(CancellationToken.None))
        {
            // Events raised while stopping (tracks ended by the flush) wait for capture to shut down: not steady state.
            eventPath.Accept(e, monitor.Warm && !stop.IsCancellationRequested);
        }
        await run;
        var end = Snapshot.Take(pipeline.Counters);
        var warm = monitor.WarmSnapshot ?? throw new InvalidOperationException($"{settings.Clip}: fewer than {settings.WarmupFrames} frames at {settings.Fps} fps; nothing measured");

        // Every event must be at the broker before the run is judged: latency counts the slowest too.
        var waitStart = Stopwatch.GetTimestamp();
        while (outbox.Depth > 0 && Stopwatch.GetElapsedTime(waitStart) < AckTimeout) await Task.Delay(10, cancellationToken);
        await publisher.StopAsync(CancellationToken.None);
        // ffmpeg has exited and been reaped by now, so its CPU time is in the children's total.
        var childCpu = ProcessUsage.ChildrenCpuSeconds() - childCpu0;

        var frames = end.Frames - warm.Frames;
        // Paced like a camera, frames analysis could not keep up with are dropped: they are video time all the same.
        var dropped = end.Dropped - warm.Dropped;
        var videoSeconds = (frames + dropped) / settings.Fps;
        var allFramesVideoSeconds = (end.Frames + end.Dropped) / settings.Fps;
        var wall = (end.Timestamp - warm.Timestamp) / (double)Stopwatch.Frequency;
        var ownCpu = (end.CpuSeconds - warm.CpuSeconds) / videoSeconds;
        var decoderCpu = allFramesVideoSeconds > 0 ? childCpu / allFramesVideoSeconds : 0;
        var cpu = ownCpu + decoderCpu;
        var cores = Environment.ProcessorCount;

        var stages = new List<StageTiming>();
        if (pipeline.Source is FfmpegFrameSource ffmpeg) Add(stages, ffmpeg.ReadTimes.TakeWindow());
        for (var i = 0; i < pipeline.Counters.StageCount; i++)
        {
            Add(stages, pipeline.Counters.StageWindow(i).TakeWindow());
            if (stages.Count > 0 && stages[^1].Name == pipeline.Counters.StageWindow(i).Name)
            {
                stages[^1] = stages[^1] with { AllocatedPerFrame = (end.StageAllocated[i] - warm.StageAllocated[i]) / (double)frames };
            }
        }
        if (detector is not null)
        {
            Add(stages, detector.PreprocessTimes.TakeWindow(), "detection.preprocess");
            Add(stages, detector.InferenceTimes.TakeWindow(), "detection.model");
            Add(stages, detector.PostprocessTimes.TakeWindow(), "detection.postprocess");
        }
        foreach (var r in rig.Runners)
        {
            if (detector is not null && ReferenceEquals(r, detector.Model.Runner)) continue;
            Add(stages, r.RunTimes.TakeWindow(), "model." + r.Model.Id);
        }
        stages.Add(eventPath.Encode.Stats("event_encode"));
        stages.Add(eventPath.Store.Stats("outbox_write"));
        stages.Add(observer.Publish.Stats("publish"));

        var clipKbps = clipSeconds > 0 ? new FileInfo(settings.Clip).Length * 8 / clipSeconds / 1000 : 0;
        var mqttKbps = eventPath.PayloadBytes * 8 / allFramesVideoSeconds / 1000;
        var latency = observer.Latency;
        return new BenchResult
        {
            Name = settings.Name,
            Frames = frames,
            Dropped = dropped,
            VideoSeconds = videoSeconds,
            WallSeconds = wall,
            FramesPerSecond = frames / wall,
            ProcessCpuPerVideoSecond = ownCpu,
            DecoderCpuPerVideoSecond = decoderCpu,
            CpuPerVideoSecond = cpu,
            PeakRssMb = ProcessUsage.PeakRssBytes() / 1048576.0,
            AllocatedPerFrameTotal = (end.TotalAllocated - warm.TotalAllocated) / (double)frames,
            AllocatedPerFrameStages = (end.AllStagesAllocated - warm.AllStagesAllocated) / (double)frames,
            AllocatedPerQuietFrame = end.QuietFrames > warm.QuietFrames ? (end.QuietAllocated - warm.QuietAllocated) / (double)(end.QuietFrames - warm.QuietFrames) : 0,
            AllocatedPerEventAccept = eventPath.MeasuredCount > 0 ? eventPath.AcceptAllocated / (double)eventPath.MeasuredCount : 0,
            Events = eventPath.Count,
            Acked = observer.Count,
            LatencyP50Ms = latency.Percentile(0.50),
            LatencyP99Ms = latency.Percentile(0.99),
            Stages = stages,
            BytesPerEvent = eventPath.BytesPerKind(),
            ClipKbps = clipKbps,
            MqttKbps = mqttKbps,
            BitrateRatio = mqttKbps > 0 ? clipKbps / mqttKbps : 0,
            Cores = cores,
            CapacityExact = cpu > 0 ? cores / cpu : 0,
        };
    }

    /// <summary>The clip's duration from ffprobe's container header, or 0 when it has none.</summary>
    public static async Task<double> ClipSecondsAsync(string clip, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", clip]) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new IOException("ffprobe did not start");
        var text = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
    }

    private static void Add(List<StageTiming> stages, LatencyStats stats, string? name = null)
    {
        if (stats.Count == 0) return;
        stages.Add(new StageTiming(name ?? stats.Name, stats.Count, stats.MedianMs ?? 0, stats.P95Ms ?? 0));
    }

    /// <summary>
    /// Takes the warm-up snapshot once enough frames passed (resetting the timing windows) and stops once
    /// <paramref name="measured"/> frames passed after it (the snapshot may come a frame or two late on a busy machine).
    /// </summary>
    private static Monitor MonitorAsync(CameraPipeline pipeline, int warmup, long measured, CancellationTokenSource stop, Task run)
    {
        var monitor = new Monitor();
        monitor.Task = Task.Run(async () =>
        {
            while (!run.IsCompleted)
            {
                var frames = pipeline.Counters.Frames;
                if (monitor.WarmSnapshot is null && frames >= warmup)
                {
                    if (pipeline.Source is FfmpegFrameSource ffmpeg) ffmpeg.ReadTimes.TakeWindow();
                    for (var i = 0; i < pipeline.Counters.StageCount; i++) pipeline.Counters.StageWindow(i).TakeWindow();
                    monitor.WarmSnapshot = Snapshot.Take(pipeline.Counters);
                }
                if (monitor.WarmSnapshot is { } warm && frames - warm.Frames >= measured)
                {
                    await stop.CancelAsync();
                    return;
                }
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);
        return monitor;
    }

    private sealed class Monitor
    {
        private volatile Snapshot? _warm;

        public Snapshot? WarmSnapshot { get => _warm; set => _warm = value; }

        public bool Warm => _warm is not null;

        public Task Task { get; set; } = Task.CompletedTask;
    }

    private sealed record Snapshot(long Frames, long Dropped, long Timestamp, double CpuSeconds, long TotalAllocated, long AllStagesAllocated, long QuietFrames, long QuietAllocated, long[] StageAllocated)
    {
        public static Snapshot Take(PipelineCounters c)
        {
            var perStage = new long[c.StageCount];
            for (var i = 0; i < perStage.Length; i++) perStage[i] = c.StageAllocatedBytes(i);
            return new(c.Frames, c.Dropped, Stopwatch.GetTimestamp(), ProcessUsage.OwnCpuSeconds(), GC.GetTotalAllocatedBytes(precise: true),
                c.AllocatedBytes, c.QuietFrames, c.QuietAllocatedBytes, perStage);
        }
    }

    /// <summary>The agent's event path, timed: encode (measured apart), then the outbox accept (encode + durable write).</summary>
    private sealed class EventPath(DurableOutbox outbox, string device, AckObserver observer)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Dictionary<string, (long Count, long Bytes)> _kinds = new(StringComparer.Ordinal);

        public Samples Encode { get; } = new();

        public Samples Store { get; } = new();

        public long Count { get; private set; }

        public long PayloadBytes { get; private set; }

        public long AcceptAllocated { get; private set; }

        public long MeasuredCount { get; private set; }

        public void Accept(AgentEvent e, bool measure)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            _buffer.ResetWrittenCount();
            var t0 = Stopwatch.GetTimestamp();
            EventJson.WriteBody(_buffer, e, device, 0);
            var t1 = Stopwatch.GetTimestamp();
            var sequence = outbox.Accept(e);
            var t2 = Stopwatch.GetTimestamp();
            // The outbox encodes again inside Accept; its write time is what is left after one encode.
            if (measure)
            {
                Encode.Add(Ms(t1 - t0));
                Store.Add(Math.Max(0, Ms((t2 - t1) - (t1 - t0))));
                AcceptAllocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
                MeasuredCount++;
            }
            observer.Expect(sequence, e.CaptureTimestamp, t2, measure);
            Count++;
            PayloadBytes += _buffer.WrittenCount;
            _kinds[e.Kind] = _kinds.TryGetValue(e.Kind, out var k) ? (k.Count + 1, k.Bytes + _buffer.WrittenCount) : (1, _buffer.WrittenCount);
        }

        public Dictionary<string, double> BytesPerKind()
        {
            var map = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (kind, (count, bytes)) in _kinds) map[kind] = bytes / (double)count;
            return map;
        }
    }

    /// <summary>Matches each PUBACK to the capture time of its event: end-to-end latency and time from accept to PUBACK.</summary>
    private sealed class AckObserver : IPublishObserver
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<long, (long Capture, long Accepted, bool Measure)> _pending = [];
        private readonly HashSet<long> _early = [];

        public Samples Latency { get; } = new();

        public Samples Publish { get; } = new();

        public long Count { get; private set; }

        public void Expect(long sequence, long captureTimestamp, long acceptedTimestamp, bool measure)
        {
            lock (_gate)
            {
                // Its PUBACK came first: counted as delivered, not measured (its latency would be a guess).
                if (_early.Remove(sequence)) Count++;
                else _pending[sequence] = (captureTimestamp, acceptedTimestamp, measure);
            }
        }

        public void OnAcked(OutboxRecord record, long ackTimestamp)
        {
            lock (_gate)
            {
                // A PUBACK can beat Expect (the publisher wakes as soon as the record is on disk).
                if (!_pending.Remove(record.Sequence, out var p))
                {
                    _early.Add(record.Sequence);
                    return;
                }
                Count++;
                if (!p.Measure) return;
                if (p.Capture > 0) Latency.Add(Ms(ackTimestamp - p.Capture));
                Publish.Add(Ms(ackTimestamp - p.Accepted));
            }
        }
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>Durations collected in full (the bench keeps every sample: runs are short).</summary>
public sealed class Samples
{
    private readonly List<double> _values = new(1024);
    private readonly Lock _gate = new();

    /// <summary>Adds one duration in milliseconds.</summary>
    public void Add(double ms)
    {
        lock (_gate) _values.Add(ms);
    }

    /// <summary>Nearest-rank percentile (0..1), or 0 when empty.</summary>
    public double Percentile(double p)
    {
        lock (_gate)
        {
            if (_values.Count == 0) return 0;
            var sorted = _values.ToArray();
            Array.Sort(sorted);
            return LatencyWindow.Percentile(sorted, p);
        }
    }

    /// <summary>Median and p95 under <paramref name="name"/>.</summary>
    public StageTiming Stats(string name)
    {
        int count;
        lock (_gate) count = _values.Count;
        return new StageTiming(name, count, Percentile(0.5), Percentile(0.95));
    }
}
