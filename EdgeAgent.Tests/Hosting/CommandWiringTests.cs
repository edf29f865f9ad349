using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The command service inside the real host: answers over the broker and agent.restart stops the host with the restart exit code.</summary>
[NonParallelizable]
public sealed class CommandWiringTests
{
    [Test]
    public async Task AgentHost_AgentRestartCommand_RepliesThenStopsWithRestartExitCode()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("host-dev", broker.Url);
        var (options, topics) = f.WriteCameralessConfig(broker.Url);
        var exitCode = Environment.ExitCode;
        using var host = AgentHost.Build(options, new AgentHostSettings());
        try
        {
            await host.StartAsync();
            await using var centre = await CentreWhenSubscribedAsync(host, broker, topics.CommandReply("agent.restart"));
            var reply = await centre.RequestAsync(topics.Command("agent.restart"), """{"seq": 1}""");
            Assert.That(reply.GetProperty("ok").GetBoolean(), Is.True, reply.ToString());
            await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.That(Environment.ExitCode, Is.EqualTo(IAgentLifecycle.RestartExitCode));
        }
        finally
        {
            // The test process must not inherit the agent's restart code.
            Environment.ExitCode = exitCode;
        }
    }

    [Test]
    public async Task AgentHost_CameraSnapshot_FrameOfTheRunningCameraWithFacesBlurred()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("host-snap", broker.Url);
        await File.WriteAllTextAsync(f.ConfigPath, $"""
            device:
              site: s1
              id: {f.Device}
              state_dir: '{f.StateDir}'
            models:
              dir: '{TestPaths.ModelsDir}'
              manifest: '{ControlFixture.ManifestPath}'
            broker:
              url: '{broker.Url.ToString().TrimEnd('/')}'
            cameras:
              - id: street
                url: '{TestPaths.Media("messi5.jpg")}'
                input_args: ['-loop', '1']
                analytics: []
                motion: {"{"}enabled: false{"}"}
            """);
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
        using var host = AgentHost.Build(options, new AgentHostSettings());
        await host.StartAsync();
        try
        {
            await using var centre = await CentreWhenSubscribedAsync(host, broker, topics.CommandReply("camera.snapshot"));
            var root = await centre.RequestAsync(topics.Command("camera.snapshot"), """{"seq": 1, "camera": "street"}""");
            Assert.That(root.GetProperty("ok").GetBoolean(), Is.True, root.GetProperty("message").GetString());
            var result = root.GetProperty("result");
            Assert.Multiple(() =>
            {
                Assert.That(result.GetProperty("width").GetInt32(), Is.EqualTo(640));
                Assert.That(result.GetProperty("blurred").GetBoolean(), Is.True);
                Assert.That(result.GetProperty("faces_blurred").GetInt32(), Is.GreaterThanOrEqualTo(1));
            });
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>The centre's client once the agent's command service listens (a command sent earlier would be lost).</summary>
    private static async Task<CentreClient> CentreWhenSubscribedAsync(IHost host, MosquittoBroker broker, string replyTopic)
    {
        var service = host.Services.GetServices<IHostedService>().OfType<CommandService>().Single();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(service.Subscribed, Is.True, "the command service subscribed within 15 s");
        return await CentreClient.ConnectAsync(broker.Port, replyTopic);
    }
}
