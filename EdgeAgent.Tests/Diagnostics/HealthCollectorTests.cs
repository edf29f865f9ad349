using System.Text.Json;
using EdgeAgent.Capture;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Diagnostics;

public sealed class HealthCollectorTests
{
    private FakeTimeProvider _time = null!;
    private string _dir = null!;
    private AgentOptions _options = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        _dir = TestPaths.TempDir("edgeagent-health");
        _options = new AgentOptions
        {
            Device = new DeviceOptions { Site = "kyiv", Id = "pole-7", StateDir = Path.Combine(_dir, "state") },
            Health = new HealthOptions { CameraDownAfter = TimeSpan.FromMinutes(5) },
        };
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Collect_CountersOverTenSeconds_ReportsCameraRatesAndModelLatencies()
    {
        var cameras = new CameraHealthRegistry();
        var pipeline = new PipelineCounters(0);
        var capture = new CountingCapture();
        long detects = 0;
        cameras.Register("gate", pipeline, capture, () => detects);
        var metrics = new InferenceMetrics();
        var collector = new HealthCollector(_options, _time, cameras, metrics);

        _time.Advance(TimeSpan.FromSeconds(10));
        capture.FramesRead = 50;
        for (var i = 0; i < 48; i++) pipeline.OnFrame();
        pipeline.OnDropped();
        pipeline.OnDropped();
        detects = 12;
        for (var i = 1; i <= 20; i++) metrics.For("centernet").RecordMilliseconds(i);
        var report = collector.Collect();

        var cam = report.Cameras.Single();
        Assert.Multiple(() =>
        {
            Assert.That(cam.Id, Is.EqualTo("gate"));
            Assert.That(cam.FpsIn, Is.EqualTo(5.0).Within(1e-9));
            Assert.That(cam.FpsOut, Is.EqualTo(4.8).Within(1e-9));
            Assert.That(cam.DetectFps, Is.EqualTo(1.2).Within(1e-9));
            Assert.That(cam.Dropped, Is.EqualTo(2));
            Assert.That(cam.SecondsSinceFrame, Is.Zero);
            Assert.That(report.Models.Single(), Is.EqualTo(new LatencyStats("centernet", 20, 10, 19, 20)));
            Assert.That(report.UptimeSeconds, Is.EqualTo(10));
            Assert.That(report.Device, Is.EqualTo("pole-7"));
        });

        // The next window counts only what happened in it.
        _time.Advance(TimeSpan.FromSeconds(5));
        capture.FramesRead = 55;
        var next = collector.Collect().Cameras.Single();
        Assert.That(next.FpsIn, Is.EqualTo(1.0).Within(1e-9));
        Assert.That(next.FpsOut, Is.Zero);
    }

    [Test]
    public void Collect_ThisMachine_ReadsProcAndDisk()
    {
        var collector = new HealthCollector(_options, _time, new CameraHealthRegistry(), new InferenceMetrics());
        var report = collector.Collect();

        Assert.Multiple(() =>
        {
            Assert.That(report.Load, Is.Not.Null, "/proc/loadavg");
            Assert.That(report.SystemUptimeSeconds, Is.GreaterThan(0), "/proc/uptime");
            Assert.That(report.ResidentBytes, Is.GreaterThan(10 * 1024 * 1024), "VmRSS of a .NET test host");
            Assert.That(report.GcHeapBytes, Is.GreaterThan(0));
            Assert.That(report.ProcessCpuSeconds, Is.GreaterThan(0));
            // The state folder does not exist yet: its parent's disk is measured.
            Assert.That(report.DiskTotalBytes, Is.GreaterThan(0));
            Assert.That(report.DiskFreePercent, Is.InRange(0, 100));
        });
    }

    [Test]
    public void Collect_ThermalZones_ReportsTheHottestAndRaisesOverheatingOnce()
    {
        var sys = Path.Combine(_dir, "sys");
        Zone(sys, 0, "45000");
        Zone(sys, 1, "85500");
        Zone(sys, 2, "-274000");
        var collector = new HealthCollector(_options, _time, new CameraHealthRegistry(), new InferenceMetrics(), probe: new SystemProbe(sysRoot: sys));
        var events = new List<AgentEvent>();

        var first = collector.Collect(events);
        collector.Collect(events);

        Assert.That(first.CpuTemperatureC, Is.EqualTo(85.5));
        Assert.That(first.Conditions, Is.EqualTo(new[] { "overheating" }));
        Assert.That(events.Cast<DeviceEvent>().Select(e => (e.Reason, e.Phase)), Is.EqualTo(new[] { ("overheating", "start") }));
    }

    [Test]
    public void Collect_NoThermalZone_TemperatureIsNullInReportAndPayload()
    {
        var collector = new HealthCollector(_options, _time, new CameraHealthRegistry(), new InferenceMetrics(), probe: new SystemProbe(sysRoot: Path.Combine(_dir, "no-sys")));
        var report = collector.Collect();

        using var doc = JsonDocument.Parse(HealthJson.ToBytes(report));
        Assert.That(report.CpuTemperatureC, Is.Null);
        Assert.That(doc.RootElement.GetProperty("cpu_temp_c").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Collect_CameraStopsDelivering_CameraDownAfterFiveMinutesOnceAndEndsWhenFramesReturn()
    {
        var cameras = new CameraHealthRegistry();
        var pipeline = new PipelineCounters(0);
        cameras.Register("gate", pipeline, null);
        var collector = new HealthCollector(_options, _time, cameras, new InferenceMetrics());
        var events = new List<AgentEvent>();
        pipeline.OnFrame();
        _time.Advance(TimeSpan.FromSeconds(30));
        collector.Collect(events);

        // Ten samples of silence, 30 s apart: down once the last frame is 5 minutes old.
        var downAt = -1;
        for (var i = 1; i <= 10; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(30));
            var before = events.Count;
            collector.Collect(events);
            if (events.Count > before && downAt < 0) downAt = i;
        }
        Assert.That(downAt, Is.EqualTo(10), "300 s after the last frame at the first sample");
        Assert.That(collector.AnyCameraDown, Is.True);

        pipeline.OnFrame();
        _time.Advance(TimeSpan.FromSeconds(30));
        collector.Collect(events);

        Assert.That(events.Cast<DeviceEvent>().Select(e => (e.Camera, e.Reason, e.Phase)),
            Is.EqualTo(new[] { ("gate", "camera_down", "start"), ("gate", "camera_down", "end") }));
        Assert.That(collector.AnyCameraDown, Is.False);
    }

    [Test]
    public void HealthJson_FullReport_CarriesEveryField()
    {
        var cameras = new CameraHealthRegistry();
        cameras.Register("gate", new PipelineCounters(0), new CountingCapture { FramesRead = 10 });
        var metrics = new InferenceMetrics();
        metrics.For("blazeface-front-128").RecordMilliseconds(1.5);
        var options = _options with { Devices = new DevicesOptions { Bme280 = new Bme280Options() } };
        using var parts = new DeviceParts(options.Devices, _time, NullLogger<DeviceParts>.Instance, i2cDevice: _ => new SimulatedBme280(31.2, 1008.4, 63));
        var collector = new HealthCollector(options, _time, cameras, metrics, new FixedTransport(), parts);
        _time.Advance(TimeSpan.FromSeconds(30));

        using var doc = JsonDocument.Parse(HealthJson.ToBytes(collector.Collect()));
        var r = doc.RootElement;

        Assert.That(r.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "v", "ts", "dev", "site", "ver", "agent", "uptime_s", "sys_uptime_s", "load", "cpu_s", "cpu_pct", "cpu_temp_c", "rss_mb",
            "gc_heap_mb", "disk_free_mb", "disk_free_pct", "cameras", "models", "outbox", "broker", "enclosure", "conditions",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(r.GetProperty("ts").GetInt64(), Is.EqualTo(_time.GetUtcNow().ToUnixTimeMilliseconds()));
            Assert.That(r.GetProperty("load").GetArrayLength(), Is.EqualTo(3));
            var cam = r.GetProperty("cameras")[0];
            Assert.That(cam.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "fps_in", "fps_out", "detect_fps", "dropped", "skipped", "restarts", "faults", "since_frame_s" }));
            Assert.That(cam.GetProperty("fps_in").GetDouble(), Is.EqualTo(0.33));
            var model = r.GetProperty("models")[0];
            Assert.That(model.GetProperty("name").GetString(), Is.EqualTo("blazeface-front-128"));
            Assert.That(model.GetProperty("p50_ms").GetDouble(), Is.EqualTo(1.5));
            Assert.That(model.GetProperty("p95_ms").GetDouble(), Is.EqualTo(1.5));
            Assert.That(r.GetProperty("outbox").GetProperty("depth").GetInt64(), Is.EqualTo(120));
            Assert.That(r.GetProperty("outbox").GetProperty("dropped").GetInt64(), Is.EqualTo(3));
            Assert.That(r.GetProperty("broker").GetProperty("state").GetString(), Is.EqualTo("connecting"));
            Assert.That(r.GetProperty("broker").GetProperty("connected").GetBoolean(), Is.False);
            Assert.That(r.GetProperty("broker").GetProperty("reconnects").GetInt64(), Is.EqualTo(4));
            Assert.That(r.GetProperty("enclosure").GetProperty("temp_c").GetDouble(), Is.EqualTo(31.2));
            Assert.That(r.GetProperty("enclosure").GetProperty("humidity_pct").GetDouble(), Is.EqualTo(63));
            Assert.That(r.GetProperty("enclosure").GetProperty("pressure_hpa").GetDouble(), Is.EqualTo(1008.4));
        });
    }

    [Test]
    public async Task Collect_RealCameraOnAClip_FramesInEqualAnalysedPlusDroppedPlusSkipped()
    {
        var (entry, cam) = await PlayClip(new DetectOptions { Width = 320, Height = 240, Fps = 5 }, AnalysisKinds.None);

        Assert.That(entry.Capture!.FramesRead, Is.GreaterThan(50), "vtest.avi is 79 s: about 400 frames at 5 fps");
        Assert.That(cam.FpsIn, Is.GreaterThan(0));
        Assert.That(cam.FpsOut, Is.GreaterThan(0));
        Assert.That(entry.Pipeline.Frames + entry.Pipeline.Dropped + entry.Capture.Skipped, Is.EqualTo(entry.Capture.FramesRead));
    }

    [Test]
    public async Task Collect_RealDetectorOnAClip_DetectFpsCountsTheDetectorsRuns()
    {
        // 1 fps keeps the run short: about 80 frames of people walking, so motion lets the detector run on most.
        var (entry, cam) = await PlayClip(new DetectOptions { Width = 384, Height = 288, Fps = 1 }, AnalysisKinds.Objects);

        Assert.That(entry.DetectRuns, Is.GreaterThan(entry.Pipeline.Frames / 2).And.LessThanOrEqualTo(entry.Pipeline.Frames));
        Assert.That(cam.DetectFps, Is.GreaterThan(0), "health's detect_fps was always 0: nothing called its counter");
    }

    /// <summary>Plays vtest.avi once through a real pipeline built by the agent's factory; returns its counters and one health sample.</summary>
    private async Task<(CameraCounters Entry, CameraHealth Camera)> PlayClip(DetectOptions detect, AnalysisKinds analytics)
    {
        var cameras = new CameraHealthRegistry();
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, new AgentOptions(), ModelFixture.Registry, cameras);
        var camera = new CameraOptions { Id = "clip", Url = TestPaths.Media("vtest.avi"), Realtime = false, Detect = detect, Analytics = analytics };
        var collector = new HealthCollector(_options, TimeProvider.System, cameras, new InferenceMetrics());
        var pipeline = factory.Create(camera);
        var events = Pipeline.FrameChannels.CreateEventChannel<AgentEvent>(64);
        var drain = Task.Run(async () =>
        {
            await foreach (var _ in events.Reader.ReadAllAsync()) { }
        });

        await pipeline.RunAsync(events.Writer, CancellationToken.None);
        events.Writer.Complete();
        await drain;
        var report = collector.Collect();
        return (cameras.Cameras.Single(), report.Cameras.Single());
    }

    private static void Zone(string sys, int n, string milliCelsius)
    {
        var dir = Path.Combine(sys, "class", "thermal", $"thermal_zone{n}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "temp"), milliCelsius + "\n");
    }

    /// <summary>Capture counters set by the test (the capture seam's numbers, not a stand-in for ffmpeg).</summary>
    private sealed class CountingCapture : ICaptureCounters
    {
        public long FramesRead { get; set; }

        public long Skipped { get; set; }

        public long Restarts { get; set; }
    }

    /// <summary>The transport's report as the transport will give it.</summary>
    private sealed class FixedTransport : ITransportHealth
    {
        public TransportHealth Read() => new(120, 3, false, "connecting", 4);
    }
}
