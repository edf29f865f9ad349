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
        Assert.That(output, Does.Contain("Running agent: no report").And.Contain(Path.Combine(_dir, "state", "health.json")));
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
        Assert.That(output, Does.Contain("Model updates").And.Contain("centernet-coco").And.Contain("3.3.7 rolled back (previous 3.3.6) at 2026-11-29 20:00 UTC: probation: frames analysed fell"));

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
