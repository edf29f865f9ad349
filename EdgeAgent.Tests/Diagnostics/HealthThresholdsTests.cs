using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;

namespace EdgeAgent.Tests.Diagnostics;

public sealed class HealthThresholdsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly HealthOptions _options = new() { OverheatCelsius = 80, OverheatClearCelsius = 75, DiskFreeMinPercent = 10, DiskFreeClearPercent = 15, CameraDownAfter = TimeSpan.FromMinutes(5) };

    [Test]
    public void Evaluate_TemperatureAroundTheLimits_StartsAtEightyEndsOnlyAtSeventyFive()
    {
        var thresholds = new HealthThresholds(_options);
        var seen = new List<string>();
        foreach (var t in new[] { 70, 79.9, 80, 81, 79, 76, 80.5, 75.1, 75, 79, 80 })
        {
            var events = new List<AgentEvent>();
            thresholds.Evaluate(new HealthReport { Time = T0, CpuTemperatureC = t }, events);
            seen.AddRange(events.Cast<DeviceEvent>().Select(e => $"{t}:{e.Reason}:{e.Phase}"));
        }

        Assert.That(seen, Is.EqualTo(new[] { "80:overheating:start", "75:overheating:end", "80:overheating:start" }));
    }

    [Test]
    public void Evaluate_DiskFillsAndFrees_StartsBelowTenEndsAtFifteen()
    {
        var thresholds = new HealthThresholds(_options);
        var seen = new List<string>();
        foreach (var freePercent in new[] { 50, 10, 9, 8, 12, 14.9, 15, 11 })
        {
            var events = new List<AgentEvent>();
            var report = new HealthReport { Time = T0, DiskFreeBytes = (long)(freePercent * 1000), DiskTotalBytes = 100_000 };
            thresholds.Evaluate(report, events);
            seen.AddRange(events.Cast<DeviceEvent>().Select(e => $"{freePercent}:{e.Phase}:{e.Value}"));
        }

        Assert.That(seen, Is.EqualTo(new[] { "9:start:9", "15:end:15" }));
        Assert.That(thresholds.Active, Is.Empty);
    }

    [Test]
    public void Evaluate_CameraSilentForFiveMinutes_OneStartThenEndWhenFramesFlow()
    {
        var thresholds = new HealthThresholds(_options);
        var events = new List<AgentEvent>();
        thresholds.Evaluate(Camera(0, 299), events);
        thresholds.Evaluate(Camera(0, 300), events);
        thresholds.Evaluate(Camera(0, 330), events);
        Assert.That(thresholds.Active, Is.EqualTo(new[] { "camera_down:gate" }));
        thresholds.Evaluate(Camera(4.8, 0.1), events);

        var device = events.Cast<DeviceEvent>().ToList();
        Assert.That(device.Select(e => (e.Camera, e.Reason, e.Phase)), Is.EqualTo(new[] { ("gate", "camera_down", "start"), ("gate", "camera_down", "end") }));
        Assert.That(device[0].Value, Is.EqualTo(300));
        Assert.That(thresholds.Active, Is.Empty);
    }

    [Test]
    public void Evaluate_NoThermalZone_RaisesNothing()
    {
        var thresholds = new HealthThresholds(_options);
        var events = new List<AgentEvent>();
        thresholds.Evaluate(new HealthReport { Time = T0, CpuTemperatureC = null }, events);
        Assert.That(events, Is.Empty);
    }

    [Test]
    public void DeviceEvent_Payload_CarriesReasonValueAndThreshold()
    {
        var e = new DeviceEvent { Camera = "", CaptureTime = T0, Phase = "start", Reason = DeviceEvent.Overheating, Value = 81.26, Threshold = 80 };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-01", 7, T0);
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);

        Assert.That(json, Does.Contain("\"kind\":\"device\",\"event\":\"start\",\"reason\":\"overheating\",\"value\":81.3,\"threshold\":80"));
        Assert.That(json, Does.Not.Contain("\"cam\""), "a device-wide event names no camera");
    }

    private static HealthReport Camera(double fps, double sinceFrame) => new()
    {
        Time = T0,
        Cameras = [new CameraHealth("gate", fps, fps, 0, 0, 0, 0, 0, sinceFrame)],
    };
}
