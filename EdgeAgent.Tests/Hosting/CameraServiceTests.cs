using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Hosting;

/// <summary>
/// The camera service's end: an agent none of whose cameras could run must not exit 0 (systemd would not restart it), and
/// a run over recordings stops once the sinks signal that what it raised was delivered.
/// </summary>
[NonParallelizable]
public sealed class CameraServiceTests
{
    // A camera with object analytics needs the detector; naming a model the manifest lacks makes it fail at start.
    [TestCase("no-such-model", "no-such-model", ExitCodes.Failure)]
    [TestCase("no-such-model", null, ExitCodes.Ok)]
    public async Task Execute_CamerasFail_ExitCode1OnlyWhenEveryOneFailed(string detector, string? secondDetector, int expected)
    {
        var dir = TestPaths.TempDir();
        // The second camera either fails the same way or plays its file once, without analysis, as fast as it decodes.
        var second = secondDetector is null ? $"    url: '{TestPaths.Media("vtest.avi")}'\n    realtime: false\n    analytics: []\n    motion: {{enabled: false}}\n" : $"    url: '{TestPaths.Media("messi5.jpg")}'\n";
        var options = ConfigLoader.Parse($"""
            device: {"{"}state_dir: '{dir}'{"}"}
            models: {"{"}dir: '{TestPaths.ModelsDir}', manifest: '{ControlFixture.ManifestPath}', detector: {detector}{"}"}
            cameras:
              - id: a
                url: '{TestPaths.Media("messi5.jpg")}'
              - id: b

            """ + second, "t.yaml");
        var previous = Environment.ExitCode;
        Environment.ExitCode = 0;
        try
        {
            using var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, options, ModelFixture.Registry);
            var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(64));
            var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
            var sink = new FakeSink();
            sink.SignalDrained();
            using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(lifetime), NullLogger<EventDispatcher>.Instance);
            using var service = new CameraService(options, factory, bus, lifetime, NullLogger<CameraService>.Instance, [sink]);
            await dispatcher.StartAsync(CancellationToken.None);
            await service.StartAsync(CancellationToken.None);
            await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(Environment.ExitCode, Is.EqualTo(expected));
        }
        finally
        {
            Environment.ExitCode = previous;
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public async Task Execute_FiniteSourcesEnd_FinishesOnlyWhenTheSinkSignalsDrained()
    {
        var options = ConfigLoader.Parse($"""
            cameras:
              - id: a
                url: '{TestPaths.Media("vtest.avi")}'
              - id: b
                url: '{TestPaths.Media("vtest.avi")}'

            """, "t.yaml");
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(8));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var sink = new FakeSink();
        var factory = new FakePipelineFactory(20, () => [new FakeStage("s") { RaiseEvents = true }]);
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(lifetime), NullLogger<EventDispatcher>.Instance);
        using var service = new CameraService(options, factory, bus, lifetime, NullLogger<CameraService>.Instance, [sink]);
        await dispatcher.StartAsync(CancellationToken.None);
        await service.StartAsync(CancellationToken.None);

        await sink.DrainRequested.WaitAsync(TimeSpan.FromSeconds(30));
        // Asked, not yet answered: the service must wait for the answer, however long the broker takes.
        await Task.Delay(300);
        Assert.Multiple(() =>
        {
            Assert.That(bus.Delivered.IsCompletedSuccessfully, Is.True, "the dispatcher handed over the last event before the drain was awaited");
            Assert.That(sink.Accepted, Has.Count.EqualTo(2 * (1 + 20)), "each camera's online status and one event per frame");
            Assert.That(service.ExecuteTask!.IsCompleted, Is.False, "still waiting for the sink");
            Assert.That(lifetime.ApplicationStopping.IsCancellationRequested, Is.False);
        });

        sink.SignalDrained();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(lifetime.ApplicationStopping.IsCancellationRequested, Is.True, "the run is over once delivered");
    }

    [Test]
    public async Task Execute_SinkNeverDrains_StopsAfterTheDrainTimeout()
    {
        var options = ConfigLoader.Parse($"""
            cameras:
              - id: a
                url: '{TestPaths.Media("vtest.avi")}'

            """, "t.yaml");
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(8));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var sink = new FakeSink();
        var logger = new ListLogger<CameraService>();
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(lifetime), NullLogger<EventDispatcher>.Instance);
        using var service = new CameraService(options, new FakePipelineFactory(5), bus, lifetime, logger, [sink]) { DrainTimeout = TimeSpan.FromMilliseconds(500) };
        await dispatcher.StartAsync(CancellationToken.None);
        await service.StartAsync(CancellationToken.None);

        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(lifetime.ApplicationStopping.IsCancellationRequested, Is.True, "an unreachable broker does not keep a finished run alive");
        Assert.That(logger.Entries.Select(e => e.Message), Has.Some.Contains("not all delivered"), "and it says so");
    }
}
