using System.Buffers;
using System.Text;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Diagnostics;

/// <summary>disk_nearly_full says how much is free of how much, measured on a real (small, filled) disk.</summary>
public sealed class DiskEventFiguresTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("disk-figures");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void DiskNearlyFullStart_CarriesFreeTotalAndPercent_AsDocumented()
    {
        using var disk = SmallDisk.Mount(_dir, "4m");
        disk.Fill();
        var options = new AgentOptions { Device = new DeviceOptions { StateDir = disk.Path } };
        var collector = new HealthCollector(options, TimeProvider.System, new CameraHealthRegistry(), new InferenceMetrics());
        var events = new List<AgentEvent>();

        var report = collector.Collect(events);

        var start = events.OfType<DeviceEvent>().Single(e => e.Reason == DeviceEvent.DiskNearlyFull);
        Assert.That(start.Phase, Is.EqualTo("start"));
        Assert.That(start.DiskTotalBytes, Is.EqualTo(report.DiskTotalBytes).And.InRange(3L << 20, 5L << 20));
        Assert.That(start.DiskFreeBytes, Is.EqualTo(report.DiskFreeBytes).And.LessThan(1L << 20));
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, start, "edge-01", 7, DateTimeOffset.UtcNow);
        var payload = Encoding.UTF8.GetString(buffer.WrittenSpan);
        MessageSchema.Events.AssertValid(payload);
        using var doc = JsonDocument.Parse(payload);
        Assert.That(doc.RootElement.GetProperty("disk_total_bytes").GetInt64(), Is.EqualTo(report.DiskTotalBytes));
        Assert.That(doc.RootElement.GetProperty("disk_free_pct").GetDouble(), Is.EqualTo(Math.Round(report.DiskFreePercent!.Value, 1)));
    }

    [Test]
    public void OtherConditions_CarryNoDiskFigures()
    {
        var thresholds = new HealthThresholds(new HealthOptions { OverheatCelsius = 80, OverheatClearCelsius = 75 });
        var events = new List<AgentEvent>();
        thresholds.Evaluate(new HealthReport { Time = DateTimeOffset.UtcNow, CpuTemperatureC = 85, DiskFreeBytes = 10, DiskTotalBytes = 1000 }, events);
        var hot = events.OfType<DeviceEvent>().Single(e => e.Reason == DeviceEvent.Overheating);
        Assert.That(hot.DiskFreeBytes, Is.Null);
    }
}
