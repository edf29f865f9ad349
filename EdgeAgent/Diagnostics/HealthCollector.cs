using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Models;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// Samples the device's health: machine figures from <see cref="SystemProbe"/>, camera rates from the counters in
/// <see cref="CameraHealthRegistry"/>, model latencies from <see cref="InferenceMetrics"/>, transport and enclosure
/// when present. Rates are over the time since the previous sample; thresholds raise device events.
/// </summary>
public sealed class HealthCollector
{
    private readonly AgentOptions _options;
    private readonly TimeProvider _time;
    private readonly CameraHealthRegistry _cameras;
    private readonly InferenceMetrics _models;
    private readonly ITransportHealth? _transport;
    private readonly IEnclosureReader? _enclosure;
    private readonly SystemProbe _probe;
    private readonly HealthThresholds _thresholds;
    private readonly Dictionary<string, CameraMark> _marks = new(StringComparer.Ordinal);
    private readonly long _start;
    private long _lastSample;
    private double _lastCpuSeconds;

    /// <summary>Creates a collector; <paramref name="transport"/> and <paramref name="enclosure"/> are optional.</summary>
    public HealthCollector(AgentOptions options, TimeProvider time, CameraHealthRegistry cameras, InferenceMetrics models,
        ITransportHealth? transport = null, IEnclosureReader? enclosure = null, SystemProbe? probe = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _cameras = cameras;
        _models = models;
        _transport = transport;
        _enclosure = enclosure;
        _probe = probe ?? new SystemProbe();
        _thresholds = new HealthThresholds(options.Health);
        _start = time.GetTimestamp();
        _lastSample = _start;
        _lastCpuSeconds = Environment.CpuUsage.TotalTime.TotalSeconds;
    }

    /// <summary>The conditions active after the latest sample.</summary>
    public IReadOnlyList<string> ActiveConditions => _thresholds.Active;

    /// <summary>True while at least one camera is down.</summary>
    public bool AnyCameraDown => ActiveConditions.Any(c => c.StartsWith(DeviceEvent.CameraDown, StringComparison.Ordinal));

    /// <summary>Takes one sample; device events for conditions that started or ended go to <paramref name="events"/>.</summary>
    public HealthReport Collect(ICollection<AgentEvent>? events = null)
    {
        var now = _time.GetTimestamp();
        var previous = _lastSample;
        var window = _time.GetElapsedTime(previous, now).TotalSeconds;
        _lastSample = now;
        var cpuSeconds = Environment.CpuUsage.TotalTime.TotalSeconds;
        // Under a second of CPU accounting (a one-off sample) is noise, not a figure.
        double? cpuPercent = window >= 1 ? Math.Max(0, (cpuSeconds - _lastCpuSeconds) / window / Environment.ProcessorCount * 100) : null;
        _lastCpuSeconds = cpuSeconds;
        var disk = SystemProbe.ReadDisk(_options.ResolvePath(_options.Device.StateDir));
        EnclosureReading? enclosure = _enclosure is not null && _enclosure.TryRead(out var reading) ? reading : null;

        var report = new HealthReport
        {
            Time = _time.GetUtcNow(),
            Site = _options.Device.Site,
            Device = _options.Device.Id,
            Version = Common.AgentVersion.Value,
            UptimeSeconds = _time.GetElapsedTime(_start, now).TotalSeconds,
            SystemUptimeSeconds = _probe.ReadSystemUptime(),
            Load = _probe.ReadLoadAverage(),
            ProcessCpuSeconds = cpuSeconds,
            ProcessCpuPercent = cpuPercent,
            CpuTemperatureC = _probe.ReadCpuTemperature(),
            ResidentBytes = _probe.ReadResidentBytes(),
            GcHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            DiskFreeBytes = disk?.Free,
            DiskTotalBytes = disk?.Total,
            Cameras = SampleCameras(now, previous, window),
            Models = _models.TakeWindows(),
            Transport = _transport?.Read(),
            Enclosure = enclosure,
        };
        var found = new List<AgentEvent>();
        _thresholds.Evaluate(report, found);
        if (events is not null)
        {
            foreach (var e in found) events.Add(e);
        }
        return report with { Conditions = _thresholds.Active };
    }

    private List<CameraHealth> SampleCameras(long now, long previous, double window)
    {
        var cameras = _cameras.Cameras;
        var result = new List<CameraHealth>(cameras.Count);
        foreach (var c in cameras)
        {
            var framesIn = c.Capture?.FramesRead ?? c.Pipeline.Frames;
            var framesOut = c.Pipeline.Frames;
            var detects = c.DetectRuns;
            if (!_marks.TryGetValue(c.CameraId, out var mark))
            {
                // First sight of this camera: its counters started at zero when it was registered, in this window.
                mark = new CameraMark(0, 0, 0, previous);
            }
            var lastFrame = framesIn > mark.FramesIn || framesOut > mark.FramesOut ? now : mark.LastFrame;
            result.Add(new CameraHealth(
                c.CameraId,
                Rate(framesIn - mark.FramesIn, window),
                Rate(framesOut - mark.FramesOut, window),
                Rate(detects - mark.Detects, window),
                c.Pipeline.Dropped,
                c.Capture?.Skipped ?? 0,
                c.Capture?.Restarts ?? 0,
                c.Pipeline.Faults,
                _time.GetElapsedTime(lastFrame, now).TotalSeconds) { Tamper = c.Tamper, Link = c.Capture?.Link });
            _marks[c.CameraId] = new CameraMark(framesIn, framesOut, detects, lastFrame);
        }
        foreach (var id in _marks.Keys.ToList())
        {
            if (!cameras.Any(c => c.CameraId == id))
            {
                _marks.Remove(id);
                _thresholds.Forget(id);
            }
        }
        return result;
    }

    private static double Rate(long delta, double seconds) => seconds > 0 ? delta / seconds : 0;

    private readonly record struct CameraMark(long FramesIn, long FramesOut, long Detects, long LastFrame);
}
