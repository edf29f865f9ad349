using EdgeAgent.Audit;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>The command subscription follows the event publisher round the nodes of <c>broker.urls</c>.</summary>
[Category("Mosquitto")]
public sealed class CommandFailoverTests
{
    [Test]
    public async Task TwoNodes_StartNodeClosed_SubscribesOnTheSecond_AndAnswersACommandThere()
    {
        using var broker = await MosquittoBroker.StartAsync();
        var closed = new Uri($"mqtt://127.0.0.1:{MosquittoBroker.FreePort()}");
        // A device whose start node of two is the first, the closed one.
        var device = Enumerable.Range(0, 20).Select(i => $"d{i}").First(d => BrokerEndpoint.StartIndex($"edgeagent-s1-{d}", 2) == 0);
        var dir = TestPaths.TempDir("cmd-failover");
        try
        {
            var config = Path.Combine(dir, "edgeagent.yaml");
            await File.WriteAllTextAsync(config, $"device:\n  site: s1\n  id: {device}\n  state_dir: '{dir}'\nbroker:\n  urls: ['{closed}', '{broker.Url}']\ncameras: []\n");
            var options = ConfigLoader.LoadFile(config);
            using var audit = AuditLog.Open(AuditLog.PathIn(options.StateDir));
            var logger = new ListLogger<CommandService>();
            var settings = MqttPublisherSettings.From(options) with { InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(2) };
            using var service = new CommandService(settings, new CommandProcessor(options, audit, new RecordingLifecycle()), TimeProvider.System, logger);
            await service.StartAsync(CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.That(service.Subscribed, Is.True, string.Join("\n", logger.Entries.Select(e => e.Message)) + broker.Log);
            lock (logger.Entries) Assert.That(logger.Entries.Where(e => e.Id.Id == 3501).Select(e => e.Message), Has.Some.Contains($":{closed.Port}"), "it tried its start node first");

            // A command sent on the second node is answered there.
            using var centre = new MqttClientFactory().CreateMqttClient();
            var replies = new List<string>();
            centre.ApplicationMessageReceivedAsync += e =>
            {
                lock (replies) replies.Add(e.ApplicationMessage.ConvertPayloadToString());
                return Task.CompletedTask;
            };
            await centre.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MqttProtocolVersion.V500).WithCleanStart(true).Build());
            await centre.SubscribeAsync("centre/replies/#", MqttQualityOfServiceLevel.AtLeastOnce);
            var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
            await centre.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics.Command("config.get")).WithPayload("{\"seq\":1}")
                .WithResponseTopic("centre/replies/" + device).WithCorrelationData([1, 2, 3]).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
            deadline = DateTime.UtcNow.AddSeconds(15);
            while (DateTime.UtcNow < deadline)
            {
                lock (replies) if (replies.Count > 0) break;
                await Task.Delay(50);
            }
            await service.StopAsync(CancellationToken.None);
            lock (replies) Assert.That(replies, Has.Count.EqualTo(1), string.Join("\n", logger.Entries.Select(e => e.Message)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
