using EdgeAgent.Common;

namespace EdgeAgent.Diagnostics;

/// <summary>One health sample of the device: machine, process, cameras, models, transport and enclosure.</summary>
public sealed record HealthReport
{
    /// <summary>When it was sampled.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Site name.</summary>
    public string Site { get; init; } = "";

    /// <summary>Device id.</summary>
    public string Device { get; init; } = "";

    /// <summary>Agent version.</summary>
    public string Version { get; init; } = "";

    /// <summary>Seconds the agent has been running.</summary>
    public double UptimeSeconds { get; init; }

    /// <summary>Seconds since the machine booted.</summary>
    public double? SystemUptimeSeconds { get; init; }

    /// <summary>Load averages (1, 5, 15 minutes).</summary>
    public (double One, double Five, double Fifteen)? Load { get; init; }

    /// <summary>CPU time this process has used since it started.</summary>
    public double ProcessCpuSeconds { get; init; }

    /// <summary>This process's share of all cores over the window, in percent.</summary>
    public double? ProcessCpuPercent { get; init; }

    /// <summary>Hottest thermal zone in °C; null where the machine has none.</summary>
    public double? CpuTemperatureC { get; init; }

    /// <summary>Resident memory in bytes.</summary>
    public long? ResidentBytes { get; init; }

    /// <summary>Managed heap in bytes.</summary>
    public long GcHeapBytes { get; init; }

    /// <summary>Free bytes on the state folder's disk.</summary>
    public long? DiskFreeBytes { get; init; }

    /// <summary>Size of the state folder's disk.</summary>
    public long? DiskTotalBytes { get; init; }

    /// <summary>Free share of the state folder's disk, in percent.</summary>
    public double? DiskFreePercent => DiskFreeBytes is { } f && DiskTotalBytes is { } t && t > 0 ? 100.0 * f / t : null;

    /// <summary>Per camera rates and counters.</summary>
    public IReadOnlyList<CameraHealth> Cameras { get; init; } = [];

    /// <summary>Per model inference times over the window.</summary>
    public IReadOnlyList<LatencyStats> Models { get; init; } = [];

    /// <summary>Outbox and broker, when a transport reports them.</summary>
    public TransportHealth? Transport { get; init; }

    /// <summary>Enclosure climate, when a sensor is fitted.</summary>
    public EnclosureReading? Enclosure { get; init; }

    /// <summary>Conditions active after this sample: <c>overheating</c>, <c>disk_nearly_full</c>, <c>camera_down:ID</c>.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];
}

/// <summary>One camera's rates over the window and counters since start.</summary>
/// <param name="Id">Camera id.</param>
/// <param name="FpsIn">Frames per second read from the stream.</param>
/// <param name="FpsOut">Frames per second analysed by the pipeline.</param>
/// <param name="DetectFps">Frames per second the detector ran on.</param>
/// <param name="Dropped">Frames dropped because analysis lagged (since start).</param>
/// <param name="Skipped">Frames skipped at capture because no buffer was free (since start).</param>
/// <param name="Restarts">Stream restarts (since start).</param>
/// <param name="Faults">Frames on which a stage failed (since start).</param>
/// <param name="SecondsSinceFrame">Seconds since the last frame arrived.</param>
public sealed record CameraHealth(string Id, double FpsIn, double FpsOut, double DetectFps, long Dropped, long Skipped, long Restarts, long Faults, double SecondsSinceFrame)
{
    /// <summary>Picture tamper: <c>learning</c>, <c>ok</c> or the open alarms (<c>covered</c>); "" when not watched.</summary>
    public string Tamper { get; init; } = "";

    /// <summary>Online or offline, why and since when, as the capture saw it; null for sources that do not say.</summary>
    public Capture.CaptureLink? Link { get; init; }
}

/// <summary>A reading of the enclosure's climate sensor; a quantity the sensor skipped is null.</summary>
public readonly record struct EnclosureReading(double? TemperatureC, double? HumidityPercent, double? PressureHpa);

/// <summary>A source of enclosure readings (the BME280 when fitted).</summary>
public interface IEnclosureReader
{
    /// <summary>Reads the sensor; false when there is none or the read failed.</summary>
    bool TryRead(out EnclosureReading reading);
}
