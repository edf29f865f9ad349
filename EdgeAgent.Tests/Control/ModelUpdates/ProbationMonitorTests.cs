using System.Text.Json;
using EdgeAgent.Audit;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Outbox;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Control.ModelUpdates;

/// <summary>
/// A model switched by a real signed update, then judged on the pipeline's real counters as the agent runs after the
/// restart: kept when health holds, rolled back when frames slow down or fail, or when the agent keeps restarting.
/// </summary>
public sealed class ProbationMonitorTests
{
    private const string Id = ControlFixture.Model;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    private ControlFixture _f = null!;
    private AgentOptions _options = null!;
    private FakeTimeProvider _time = null!;
    private CameraHealthRegistry _cameras = null!;
    private PipelineCounters _counters = null!;
    private PipelineRateWindow _rates = null!;
    private AuditLog _audit = null!;
    private RecordingLifecycle _lifecycle = null!;

    [SetUp]
    public void SetUp()
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        _f = new ControlFixture("probation-dev");
        File.WriteAllText(_f.ConfigPath, _f.ConfigYaml(null, [("cam1", TestPaths.Media("vtest.avi"))],
            "updates:\n  probation: 10m\n  probation_warmup: 30s\n  min_fps_ratio: 0.7\n  max_fault_rate_increase: 0.05\n  max_probation_starts: 3\n"));
        _options = ConfigLoader.LoadFile(_f.ConfigPath);
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        _cameras = new CameraHealthRegistry();
        _counters = new PipelineCounters(["motion", "detection"]);
        _cameras.Register("cam1", _counters, null);
        _rates = new PipelineRateWindow(_cameras, _time);
        _audit = AuditLog.Open(AuditLog.PathIn(_options.StateDir));
        _lifecycle = new RecordingLifecycle();
    }

    [TearDown]
    public void TearDown()
    {
        _audit.Dispose();
        _f.Dispose();
    }

    /// <summary>The camera analyses <paramref name="fps"/> frames a second, <paramref name="faultShare"/> of them failing, for <paramref name="span"/>.</summary>
    private int Run(double fps, double faultShare, TimeSpan span, ProbationMonitor? monitor = null)
    {
        var decided = 0;
        double frames = 0, faults = 0;
        for (var t = TimeSpan.Zero; t < span; t += Step)
        {
            _time.Advance(Step);
            frames += fps * Step.TotalSeconds;
            faults += fps * faultShare * Step.TotalSeconds;
            while (frames >= 1)
            {
                _counters.OnFrame();
                frames--;
            }
            while (faults >= 1)
            {
                _counters.OnFault();
                faults--;
            }
            if (monitor is null) _rates.Sample();
            else decided += monitor.Evaluate();
        }
        return decided;
    }

    /// <summary>Runs at 5 frames/s for five minutes, then installs 3.3.7 with that baseline, as model.update does.</summary>
    private ModelUpdateOutcome Update()
    {
        Run(5, 0, TimeSpan.FromMinutes(5));
        using var key = SigningKeys.Load(_f.PublicKeyPath);
        using var ms = new MemoryStream(_f.ModelBundle("3.3.7"));
        using var bundle = SignedBundle.Open(ms, key, _f.Root);
        var updater = new ModelUpdater(ModelManifest.LoadFile(ControlFixture.ManifestPath), TestPaths.ModelsDir, _options.StateDir, time: _time)
        {
            Probation = _options.Updates.Probation,
        };
        var outcome = updater.Apply(bundle, _rates.Last(TimeSpan.FromMinutes(5)));
        Assert.That(outcome.Ok, Is.True, outcome.Message);
        return outcome;
    }

    /// <summary>The agent starting again after the update: a registry with the slot overlay, a monitor that begins.</summary>
    private ProbationMonitor Restart(ModelRegistry registry)
    {
        var monitor = new ProbationMonitor(_options, registry, _rates, _audit, _lifecycle, _time, NullLogger<ProbationMonitor>.Instance) { Interval = Step };
        monitor.Begin();
        return monitor;
    }

    private string LiveVersion() => new ModelUpdater(ModelManifest.LoadFile(ControlFixture.ManifestPath), TestPaths.ModelsDir, _options.StateDir).InstalledVersion(Id);

    [Test]
    public void Apply_Switched_RecordsProbationWithTheBaselineBeforeTheSwitch()
    {
        var outcome = Update();
        var record = ModelUpdateRecord.Read(_options.StateDir, Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(UpdateStatus.Probation));
            Assert.That(outcome.Message, Does.Contain("probation for 10 min"));
            Assert.That(record.Status, Is.EqualTo(UpdateStatus.Probation));
            Assert.That(record.Version, Is.EqualTo("3.3.7"));
            Assert.That(record.PreviousVersion, Is.EqualTo(ControlFixture.Shipped));
            Assert.That(record.BaselineFps, Is.EqualTo(5).Within(0.2));
            Assert.That(record.Starts, Is.Zero, "not started with it yet: it takes effect on restart");
        });
    }

    [Test]
    public void Evaluate_HealthHoldsThroughTheWindow_KeptAndNoRestart()
    {
        Update();
        using var registry = ModelRegistry.FromOptions(_options);
        var monitor = Restart(registry);
        Assert.That(monitor.OnProbation, Is.EqualTo(new[] { Id }));

        Assert.That(Run(4.8, 0.01, TimeSpan.FromMinutes(5), monitor), Is.Zero, "undecided half-way through the window");
        Assert.That(Run(4.8, 0.01, TimeSpan.FromMinutes(6), monitor), Is.EqualTo(1));
        var record = ModelUpdateRecord.Read(_options.StateDir, Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(record.Status, Is.EqualTo(UpdateStatus.Kept));
            Assert.That(LiveVersion(), Is.EqualTo("3.3.7"));
            Assert.That(_lifecycle.Restarts, Is.Empty);
            Assert.That(File.ReadAllText(_audit.FilePath), Does.Contain("\"action\":\"model.kept\""));
        });
    }

    [Test]
    public void Evaluate_FramesSlowDownAfterTheSwitch_RolledBackAndRestarted()
    {
        Update();
        using var registry = ModelRegistry.FromOptions(_options);
        var monitor = Restart(registry);

        // A slower model: the camera's queue drops frames and 2 of 5 a second get analysed.
        Assert.That(Run(2, 0, TimeSpan.FromMinutes(3), monitor), Is.EqualTo(1));
        var record = ModelUpdateRecord.Read(_options.StateDir, Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(LiveVersion(), Is.EqualTo(ControlFixture.Shipped), "the shipped model is live again");
            Assert.That(record.Status, Is.EqualTo(UpdateStatus.RolledBack));
            Assert.That(record.Reason, Does.Contain("frames analysed fell from 5/s to 2/s"));
            Assert.That(_lifecycle.Restarts, Has.Count.EqualTo(1));
            Assert.That(_lifecycle.Restarts[0], Does.Contain("rolled back"));
            Assert.That(File.ReadAllText(_audit.FilePath), Does.Contain("\"action\":\"model.rollback\",\"actor\":\"probation\""));
            Assert.That(monitor.OnProbation, Is.Empty);
        });
    }

    [Test]
    public void Evaluate_FramesFailAfterTheSwitch_RolledBack()
    {
        Update();
        using var registry = ModelRegistry.FromOptions(_options);
        var monitor = Restart(registry);
        Assert.That(Run(5, 0.2, TimeSpan.FromMinutes(3), monitor), Is.EqualTo(1));
        Assert.That(ModelUpdateRecord.Read(_options.StateDir, Id)!.Reason, Does.Contain("failed frames rose from 0.0% to 20.0%"));
        Assert.That(LiveVersion(), Is.EqualTo(ControlFixture.Shipped));
    }

    [Test]
    public void Evaluate_DuringWarmup_JudgesNothing()
    {
        Update();
        using var registry = ModelRegistry.FromOptions(_options);
        var monitor = Restart(registry);
        // Cameras still connecting: no frames at all for the warm-up is not a regression.
        Assert.That(Run(0, 0, TimeSpan.FromSeconds(30), monitor), Is.Zero);
        Assert.That(ModelUpdateRecord.Read(_options.StateDir, Id)!.Status, Is.EqualTo(UpdateStatus.Probation));
    }

    [Test]
    public void Begin_AgentKeepsRestartingWithTheNewModel_RolledBackAtTheFourthStart()
    {
        Update();
        for (var start = 1; start <= 3; start++)
        {
            using var registry = ModelRegistry.FromOptions(_options);
            Restart(registry);
            Assert.That(ModelUpdateRecord.Read(_options.StateDir, Id)!.Starts, Is.EqualTo(start));
            Assert.That(_lifecycle.Restarts, Is.Empty);
        }
        using (var registry = ModelRegistry.FromOptions(_options))
        {
            var monitor = Restart(registry);
            Assert.That(monitor.OnProbation, Is.Empty);
        }
        Assert.Multiple(() =>
        {
            Assert.That(LiveVersion(), Is.EqualTo(ControlFixture.Shipped));
            Assert.That(ModelUpdateRecord.Read(_options.StateDir, Id)!.Reason, Does.Contain("started 4 times"));
            Assert.That(_lifecycle.Restarts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task State_AfterRollback_CentreSeesTheOutcomeOnTheRetainedState()
    {
        Update();
        using (var registry = ModelRegistry.FromOptions(_options))
        {
            Run(2, 0, TimeSpan.FromMinutes(3), Restart(registry));
        }
        using var broker = await MosquittoBroker.StartAsync();
        var options = _options with { Broker = _options.Broker with { Url = broker.Url } };
        using var outbox = DurableOutbox.Open(options, TimeProvider.System, NullLogger.Instance);
        using var publisher = new MqttPublisher(MqttPublisherSettings.From(options), outbox, TimeProvider.System, NullLogger<MqttPublisher>.Instance,
            new ModelUpdateReport(options.StateDir));
        await publisher.StartAsync(CancellationToken.None);
        try
        {
            // Subscribe once the device is online: the centre reads the retained state as any late subscriber does.
            for (var i = 0; i < 150 && !publisher.Health.Connected; i++) await Task.Delay(100);
            using var centre = await MosquittoSubscriber.StartAsync(broker);
            Assert.That(await centre.WaitForAsync(m => m.Any(x => x.Topic.EndsWith("/state", StringComparison.Ordinal)), TimeSpan.FromSeconds(15)), Is.True, centre.Errors);
            var state = centre.Messages.First(x => x.Topic.EndsWith("/state", StringComparison.Ordinal));
            var model = state.Json.GetProperty("models").GetProperty(Id);
            Assert.Multiple(() =>
            {
                Assert.That(state.Retained, Is.True);
                Assert.That(model.GetProperty("update").GetString(), Is.EqualTo(UpdateStatus.RolledBack));
                Assert.That(model.GetProperty("live").GetString(), Is.EqualTo(ControlFixture.Shipped));
                Assert.That(model.GetProperty("version").GetString(), Is.EqualTo("3.3.7"));
                Assert.That(model.GetProperty("reason").GetString(), Does.Contain("frames analysed fell"));
            });
        }
        finally
        {
            await publisher.StopAsync(CancellationToken.None);
        }
    }
}
