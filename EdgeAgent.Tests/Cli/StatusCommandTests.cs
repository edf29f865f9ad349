using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Cli;

public sealed class StatusCommandTests
{
    private string _dir = null!;
    private string _config = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir("edgeagent-status");
        _config = Path.Combine(_dir, "edgeagent.yaml");
        File.WriteAllText(_config, "device:\n  site: kyiv\n  id: pole-7\n  state_dir: state\nhealth:\n  interval: 10s\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Status_AgentNotRunning_PrintsThisMachineAndSaysThereIsNoReport()
    {
        var (code, output) = await Run("status");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("This machine now").And.Contain("kyiv/pole-7").And.Contain("memory").And.Contain("disk"));
        Assert.That(output, Does.Contain("Running agent: no report"));
        // Wrapped to the phone's 60 columns, which cuts a long temporary path.
        Assert.That(output.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), Does.Contain(Path.Combine(_dir, "state", "health.json")));
        AssertFits(output);
    }

    [Test]
    public async Task Status_AgentWroteAReport_ShowsItsCamerasModelsAndConditions()
    {
        await WriteAgentReport();

        var (code, output) = await Run("status");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("Running agent, last report"));
        Assert.That(output, Does.Contain("camera gate").And.Contain("in 5.0 fps, analysed 5.0 fps"));
        Assert.That(output, Does.Contain("model centernet").And.Contain("median 12.0 ms"));
        Assert.That(output, Does.Contain("conditions     camera_down:yard"));
    }

    [Test]
    public async Task Status_Json_OneObjectWithLocalAndAgent()
    {
        await WriteAgentReport();

        var (code, output) = await Run("status", "--json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("local").GetProperty("dev").GetString(), Is.EqualTo("pole-7"));
        Assert.That(doc.RootElement.GetProperty("agent").GetProperty("cameras").GetArrayLength(), Is.EqualTo(2));
        Assert.That(doc.RootElement.GetProperty("agent_age_s").GetDouble(), Is.InRange(10, 60));
    }

    [Test]
    public async Task Status_ModelRolledBackOnProbation_ShownInTextAndJson()
    {
        var options = ConfigLoader.LoadFile(_config);
        new ModelUpdateRecord
        {
            ModelId = "centernet-coco",
            Version = "3.3.7",
            PreviousVersion = "3.3.6",
            Status = UpdateStatus.RolledBack,
            Reason = "probation: frames analysed fell from 5/s to 2/s",
            At = new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero),
        }.Write(options.StateDir);

        var (code, output) = await Run("status");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Flat(output), Does.Contain("Model updates").And.Contain("centernet-coco").And.Contain("3.3.7 rolled back (previous 3.3.6) at 2026-11-29 20:00 UTC: probation: frames analysed fell"));

        (code, output) = await Run("status", "--json");
        using var doc = JsonDocument.Parse(output);
        var update = doc.RootElement.GetProperty("model_updates").GetProperty("centernet-coco");
        Assert.That(update.GetProperty("update").GetString(), Is.EqualTo("rolled_back"));
        Assert.That(update.GetProperty("live").GetString(), Is.EqualTo("3.3.6"));
    }

    [Test]
    public async Task Status_InvalidConfig_ExitsWithConfigCode()
    {
        File.WriteAllText(_config, "health:\n  overheat_celsius: 70\n  overheat_clear_celsius: 72\n");

        var (code, output) = await Run("status");

        Assert.That(code, Is.EqualTo(ExitCodes.Config));
        Assert.That(output, Does.Contain("health.overheat_clear_celsius: must be below overheat_celsius"));
    }

    [Test]
    public async Task Status_CameraRefused_OfflineWithReasonAndSinceWhenAsAProblem()
    {
        // A real ffmpeg pointed at a port nothing listens on, sampled by the agent's own collector.
        var source = await EdgeAgent.Tests.Capture.CaptureLinkTests.RunUntilOfflineAsync($"rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/stream");
        var options = ConfigLoader.LoadFile(_config);
        var cameras = new CameraHealthRegistry();
        cameras.Register("gate", new PipelineCounters(0), source);
        var report = new HealthCollector(options, TimeProvider.System, cameras, new InferenceMetrics()).Collect();
        await WriteReport(options, report);

        var (code, output) = await Run("status");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("camera gate    OFFLINE since").And.Contain("UTC ("));
        Assert.That(output, Does.Contain("connection refused"));
        Assert.That(output, Does.Contain("Problems\n  ! camera gate OFFLINE since"));
        Assert.That(output, Does.Not.Contain("in 0.0 fps"), "an offline camera shows why, not zero rates");
        AssertFits(output);

        (_, output) = await Run("status", "--json");
        using var doc = JsonDocument.Parse(output);
        var camera = doc.RootElement.GetProperty("agent").GetProperty("cameras")[0];
        Assert.That(camera.GetProperty("online").GetBoolean(), Is.False);
        Assert.That(camera.GetProperty("offline_reason").GetString(), Does.StartWith("connection refused"));
        Assert.That(doc.RootElement.GetProperty("problems")[0].GetString(), Does.StartWith("camera gate OFFLINE"));
        MessageSchema.Health.AssertValid(doc.RootElement.GetProperty("agent").GetRawText());
    }

    [Test]
    public async Task Status_ReportOlderThanTwoIntervals_StaleNotRunning()
    {
        var options = ConfigLoader.LoadFile(_config);
        var report = BaseReport(DateTimeOffset.UtcNow.AddSeconds(-193)) with
        {
            Transport = new EdgeAgent.Diagnostics.TransportHealth(0, 0, true, "connected", 0),
        };
        await WriteReport(options, report);

        var (code, output) = await Run("status");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Match("stale: last report 19[3-9] s ago \u2014 is the\\s+agent running\\?"));
        Assert.That(output, Does.Not.Contain("Running agent"));
        Assert.That(output, Does.Contain("connected at last report"), "a stopped agent's broker state is history");
        AssertFits(output);
        (_, output) = await Run("status", "--json");
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("stale").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Status_FreshReport_NotStaleAndNoProblems()
    {
        var options = ConfigLoader.LoadFile(_config);
        await WriteReport(options, BaseReport(DateTimeOffset.UtcNow.AddSeconds(-15)));

        var (_, output) = await Run("status");

        Assert.That(output, Does.Contain("Running agent, last report 1").And.Contain("Problems: none"));
    }

    [Test]
    public async Task Status_OutboxFailingDiskFullBrokerDisconnected_EachAProblem()
    {
        var options = ConfigLoader.LoadFile(_config);
        var report = BaseReport(DateTimeOffset.UtcNow.AddSeconds(-5)) with
        {
            DiskFreeBytes = 300L << 20,
            DiskTotalBytes = 32L << 30,
            Transport = new EdgeAgent.Diagnostics.TransportHealth(40, 0, false, "disconnected", 3)
            {
                OutboxFault = "/var/lib/edgeagent/outbox.db: No space left on device",
                DeadLetters = 2,
            },
            Conditions = ["disk_nearly_full"],
        };
        await WriteReport(options, report);

        var (_, output) = await Run("status");

        var problems = output[output.IndexOf("Problems", StringComparison.Ordinal)..];
        Assert.That(problems, Does.Contain("! outbox failing: /var/lib/edgeagent/outbox.db: No"));
        Assert.That(problems, Does.Contain("! disk nearly full: 300 MB free (0.9 %)"));
        Assert.That(problems, Does.Contain("! broker disconnected"));
        Assert.That(Flat(problems), Does.Contain("! broker refused 2 event(s), kept as dead letters"));
        Assert.That(output, Does.Not.Contain("\u001b["), "piped output is plain");
        AssertFits(output);
        (_, output) = await Run("status", "--json");
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("problems").GetArrayLength(), Is.EqualTo(4));
    }

    private static HealthReport BaseReport(DateTimeOffset time) => new()
    {
        Time = time, Site = "kyiv", Device = "pole-7", Version = "1.0.0", DiskFreeBytes = 10L << 30, DiskTotalBytes = 32L << 30,
    };

    private static async Task WriteReport(AgentOptions options, HealthReport report) =>
        await new HealthFileWriter(options.ResolvePath(options.Device.StateDir)).PublishAsync(report, HealthJson.ToBytes(report), CancellationToken.None);

    /// <summary>The output with its wrapping undone, for phrases that may span lines.</summary>
    private static string Flat(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");

    /// <summary>A technician's phone shows 60 columns: no line may be longer.</summary>
    private static void AssertFits(string output)
    {
        var tooLong = output.Split('\n').Where(l => l.TrimEnd('\r').Length > StatusCommand.Width).ToList();
        Assert.That(tooLong, Is.Empty);
    }

    /// <summary>Runs the agent's own health service path: collector -> JSON -> state file, as the running agent does.</summary>
    private async Task WriteAgentReport()
    {
        var options = ConfigLoader.LoadFile(_config);
        // Sampled ten seconds ago, as the agent would have.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(-20));
        var cameras = new CameraHealthRegistry();
        var gate = new PipelineCounters(0);
        cameras.Register("gate", gate, null);
        cameras.Register("yard", new PipelineCounters(0), null);
        var metrics = new InferenceMetrics();
        var collector = new HealthCollector(options with { Health = options.Health with { CameraDownAfter = TimeSpan.FromSeconds(10) } }, time, cameras, metrics);
        time.Advance(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 50; i++) gate.OnFrame();
        metrics.For("centernet").RecordMilliseconds(12);
        var report = collector.Collect();
        await new HealthFileWriter(options.ResolvePath(options.Device.StateDir)).PublishAsync(report, HealthJson.ToBytes(report), CancellationToken.None);
    }

    private async Task<(int Code, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliRoot.InvokeAsync([.. args, "--config", _config], output, output);
        return (code, output.ToString());
    }
}
