using EdgeAgent.Audit;

using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>The command service under hostile conditions: a refused reply, a secret it cannot read; each is logged, none ends it silently.</summary>
public sealed class CommandServiceFailSafeTests
{
    [Test]
    public async Task Reply_ResponseTopicDeniedByAcl_LoggedWithTopicAndReason()
    {
        // Every client (patterns apply to all, named or anonymous) may use the device tree and read centre/, but nobody
        // may write below centre/.
        using var broker = await MosquittoBroker.StartAsync(acl: "pattern readwrite edgeagent/#\npattern read centre/#\n");
        // The fixture's config takes a secret from the environment, as CommandDevice sets it.
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        using var f = new ControlFixture("reply-denied", broker.Url);
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        using var audit = AuditLog.Open(AuditLog.PathIn(options.StateDir));
        var logger = new ListLogger<CommandService>();
        using var service = new CommandService(MqttPublisherSettings.From(options), new CommandProcessor(options, audit, new RecordingLifecycle()), TimeProvider.System, logger);
        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(service.Subscribed, Is.True, string.Join("\n", logger.Entries.Select(e => e.Message)) + broker.Log);

        using var centre = new MqttClientFactory().CreateMqttClient();
        await centre.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MqttProtocolVersion.V500).WithCleanStart(true).Build());
        var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
        await centre.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topics.Command("config.get")).WithPayload("{\"seq\":1}")
            .WithResponseTopic("centre/denied/replies").WithCorrelationData([1, 2, 3]).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

        deadline = DateTime.UtcNow.AddSeconds(15);
        while (Entries(logger, 3503).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await service.StopAsync(CancellationToken.None);
        var refused = Entries(logger, 3503);
        Assert.That(refused, Has.Count.EqualTo(1), string.Join("\n", logger.Entries.Select(e => e.Message)));
        Assert.That(refused[0].Message, Does.Contain("config.get").And.Contain("centre/denied/replies").And.Contain("0x87"));
        Assert.That(refused[0].Level, Is.EqualTo(LogLevel.Error));
    }

    [Test]
    public async Task Start_PasswordFileMissing_LoggedAndRetriedNotSilentlyDead()
    {
        var dir = TestPaths.TempDir("cmd-secret");
        try
        {
            var config = Path.Combine(dir, "edgeagent.yaml");
            await File.WriteAllTextAsync(config, $"device:\n  site: s1\n  id: d1\n  state_dir: '{dir}'\nbroker:\n  url: mqtt://127.0.0.1:1\n  username: s1/d1\n  password: file:{dir}/missing.pw\ncameras: []\n");
            var options = ConfigLoader.LoadFile(config);
            using var audit = AuditLog.Open(AuditLog.PathIn(options.StateDir));
            var logger = new ListLogger<CommandService>();
            using var service = new CommandService(MqttPublisherSettings.From(options), new CommandProcessor(options, audit, new RecordingLifecycle()), TimeProvider.System, logger);
            await service.StartAsync(CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Entries(logger, 3501).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
            await service.StopAsync(CancellationToken.None);
            Assert.That(Entries(logger, 3501), Has.Some.Matches<(LogLevel Level, EventId Id, string Message)>(e => e.Message.Contains("missing.pw", StringComparison.Ordinal)),
                string.Join("\n", logger.Entries.Select(e => e.Message)));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static List<(LogLevel Level, EventId Id, string Message)> Entries(ListLogger<CommandService> logger, int id)
    {
        lock (logger.Entries) return logger.Entries.Where(e => e.Id.Id == id).ToList();
    }
}
