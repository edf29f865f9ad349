namespace EdgeAgent.Bench;

/// <summary>Median and p95 of one stage's per-frame (or per-event) time, in milliseconds.</summary>
public sealed record StageTiming(string Name, int Count, double MedianMs, double P95Ms)
{
    /// <summary>Managed bytes the stage allocated per frame in steady state (pipeline stages only; null elsewhere).</summary>
    public double? AllocatedPerFrame { get; init; }
}

/// <summary>What one benchmark run (or the median of several) measured; every rate is over the steady-state frames.</summary>
public sealed record BenchResult
{
    /// <summary>Variant name.</summary>
    public required string Name { get; init; }

    /// <summary>Frames analysed after warm-up.</summary>
    public long Frames { get; init; }

    /// <summary>Frames dropped because analysis lagged (realtime pacing only; a file read as fast as possible drops none).</summary>
    public long Dropped { get; init; }

    /// <summary>Seconds of video those frames cover ((analysed + dropped) / detect fps).</summary>
    public double VideoSeconds { get; init; }

    /// <summary>Wall seconds they took.</summary>
    public double WallSeconds { get; init; }

    /// <summary>Frames per wall second through the pipeline (as fast as possible).</summary>
    public double FramesPerSecond { get; init; }

    /// <summary>This process's CPU seconds per second of video (pipeline, event path, in-process broker if embedded).</summary>
    public double ProcessCpuPerVideoSecond { get; init; }

    /// <summary>ffmpeg's CPU seconds per second of video (decode and scale, a child process).</summary>
    public double DecoderCpuPerVideoSecond { get; init; }

    /// <summary>Both: what one camera costs the device per second of video at the detect rate.</summary>
    public double CpuPerVideoSecond { get; init; }

    /// <summary>Peak resident set size (VmHWM) in MB at the end of the run: models, pools, outbox.</summary>
    public double PeakRssMb { get; init; }

    /// <summary>Managed bytes allocated in the whole process per steady-state frame (capture, stages, events, outbox, MQTT).</summary>
    public double AllocatedPerFrameTotal { get; init; }

    /// <summary>Managed bytes the stages allocated per frame on the analysis thread (event records included).</summary>
    public double AllocatedPerFrameStages { get; init; }

    /// <summary>Managed bytes the stages allocated per frame that raised no event: the per-frame cost outside events.</summary>
    public double AllocatedPerQuietFrame { get; init; }

    /// <summary>Managed bytes the event path allocated per event on the accepting thread (encode + durable outbox write).</summary>
    public double AllocatedPerEventAccept { get; init; }

    /// <summary>Events published.</summary>
    public long Events { get; init; }

    /// <summary>Events acknowledged by the broker within the run.</summary>
    public long Acked { get; init; }

    /// <summary>Capture-to-PUBACK latency, median (ms).</summary>
    public double LatencyP50Ms { get; init; }

    /// <summary>Capture-to-PUBACK latency, 99th percentile (ms).</summary>
    public double LatencyP99Ms { get; init; }

    /// <summary>Per stage median and p95 (decode wait, each pipeline stage, detector parts, each model, event path).</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Mean MQTT payload body bytes per event, by kind.</summary>
    public IReadOnlyDictionary<string, double> BytesPerEvent { get; init; } = new Dictionary<string, double>();

    /// <summary>The clip's bitrate: file bytes × 8 / clip duration, kbit/s.</summary>
    public double ClipKbps { get; init; }

    /// <summary>Event payload bitrate: payload bytes × 8 / video seconds processed, kbit/s.</summary>
    public double MqttKbps { get; init; }

    /// <summary>Clip bitrate / MQTT bitrate: how many times less leaves the device than the video it watched.</summary>
    public double BitrateRatio { get; init; }

    /// <summary>Processors available to the process.</summary>
    public int Cores { get; init; }

    /// <summary>Cameras at this detect rate the device could carry: cores / <see cref="CpuPerVideoSecond"/>, before flooring.</summary>
    public double CapacityExact { get; init; }

    /// <summary>Whole cameras: floor(<see cref="CapacityExact"/>).</summary>
    public int Capacity => (int)Math.Floor(CapacityExact);
}
