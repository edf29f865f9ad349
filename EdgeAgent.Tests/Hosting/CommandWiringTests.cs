using System.Buffers;
using System.Text;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The command service inside the real host: answers over the broker and agent.restart stops the host with the restart exit code.</summary>
[NonParallelizable]
public sealed class CommandWiringTests
{
    [Test]
    public async Task AgentHost_AgentRestartCommand_RepliesThenStopsWithRestartExitCode()
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("host-dev", broker.Url);
        await File.WriteAllTextAsync(f.ConfigPath, f.ConfigYaml(broker.Url, []));
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
        var exitCode = Environment.ExitCode;
        using var host = AgentHost.Build(options, new AgentHostSettings());
        try
        {
            await host.StartAsync();
            var service = host.Services.GetServices<IHostedService>().OfType<CommandService>().Single();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.That(service.Subscribed, Is.True);

            using var centre = new MqttClientFactory().CreateMqttClient();
            var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            centre.ApplicationMessageReceivedAsync += e =>
            {
                reply.TrySetResult(Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()));
                return Task.CompletedTask;
            };
            await centre.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MqttProtocolVersion.V500).Build());
            await centre.SubscribeAsync(topics.CommandReply("agent.restart"), MqttQualityOfServiceLevel.AtLeastOnce);
            await centre.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics.Command("agent.restart")).WithPayload("""{"seq": 1}""")
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

            var text = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("ok").GetBoolean(), Is.True, text);
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
            var service = host.Services.GetServices<IHostedService>().OfType<CommandService>().Single();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.That(service.Subscribed, Is.True);

            using var centre = new MqttClientFactory().CreateMqttClient();
            var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            centre.ApplicationMessageReceivedAsync += e =>
            {
                reply.TrySetResult(Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()));
                return Task.CompletedTask;
            };
            await centre.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MqttProtocolVersion.V500).Build());
            await centre.SubscribeAsync(topics.CommandReply("camera.snapshot"), MqttQualityOfServiceLevel.AtLeastOnce);
            await centre.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics.Command("camera.snapshot")).WithPayload("""{"seq": 1, "camera": "street"}""")
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

            var text = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var root = JsonDocument.Parse(text).RootElement;
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
}
