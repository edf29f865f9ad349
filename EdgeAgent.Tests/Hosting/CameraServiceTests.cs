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

/// <summary>The camera service's end: an agent none of whose cameras could run must not exit 0 (systemd would not restart it).</summary>
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
            using var service = new CameraService(options, factory, new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(64)),
                new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<CameraService>.Instance);
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
}
