using EdgeAgent.Configuration;
using EdgeAgent.Events;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// Turns health samples into <c>device</c> start/end events. Each condition starts at one threshold and ends only at
/// a second one on the safe side (hysteresis), so a value hovering at the limit does not flood the centre.
/// </summary>
public sealed class HealthThresholds(HealthOptions options)
{
    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private volatile string[] _snapshot = [];

    /// <summary>
    /// Active conditions: <c>overheating</c>, <c>disk_nearly_full</c>, <c>camera_down:ID</c>, sorted. A snapshot taken
    /// after each evaluation, so other threads (the status LED) may read it while the next sample is evaluated.
    /// </summary>
    public IReadOnlyList<string> Active => _snapshot;

    /// <summary>Compares a sample with the thresholds and appends an event for every condition that started or ended.</summary>
    public void Evaluate(HealthReport report, ICollection<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(events);
        if (report.CpuTemperatureC is { } temp)
        {
            Step(DeviceEvent.Overheating, "", temp >= options.OverheatCelsius, temp <= options.OverheatClearCelsius,
                temp, options.OverheatCelsius, options.OverheatClearCelsius, report.Time, events);
        }
        if (report.DiskFreePercent is { } free)
        {
            Step(DeviceEvent.DiskNearlyFull, "", free < options.DiskFreeMinPercent, free >= options.DiskFreeClearPercent,
                free, options.DiskFreeMinPercent, options.DiskFreeClearPercent, report.Time, events, report.DiskFreeBytes, report.DiskTotalBytes);
        }
        var after = options.CameraDownAfter.TotalSeconds;
        foreach (var c in report.Cameras)
        {
            // Down after N minutes without a frame; up again as soon as frames flow (arrived within this window).
            Step(DeviceEvent.CameraDown, c.Id, c.SecondsSinceFrame >= after, c.FpsIn > 0 || c.FpsOut > 0,
                c.SecondsSinceFrame, after, 0, report.Time, events);
        }
        var snapshot = _active.ToArray();
        Array.Sort(snapshot, StringComparer.Ordinal);
        _snapshot = snapshot;
    }

    /// <summary>Ends the camera_down condition of a camera that no longer exists, without an event.</summary>
    public void Forget(string cameraId)
    {
        if (!_active.Remove(Key(DeviceEvent.CameraDown, cameraId))) return;
        var snapshot = _active.ToArray();
        Array.Sort(snapshot, StringComparer.Ordinal);
        _snapshot = snapshot;
    }

    private void Step(string reason, string camera, bool start, bool clear, double value, double startAt, double clearAt, DateTimeOffset time, ICollection<AgentEvent> events,
        long? diskFree = null, long? diskTotal = null)
    {
        var key = Key(reason, camera);
        var active = _active.Contains(key);
        if (!active && start)
        {
            _active.Add(key);
            events.Add(new DeviceEvent { Camera = camera, CaptureTime = time, Phase = "start", Reason = reason, Value = value, Threshold = startAt, DiskFreeBytes = diskFree, DiskTotalBytes = diskTotal });
        }
        else if (active && clear)
        {
            _active.Remove(key);
            events.Add(new DeviceEvent { Camera = camera, CaptureTime = time, Phase = "end", Reason = reason, Value = value, Threshold = clearAt, DiskFreeBytes = diskFree, DiskTotalBytes = diskTotal });
        }
    }

    private static string Key(string reason, string camera) => camera.Length == 0 ? reason : $"{reason}:{camera}";
}
