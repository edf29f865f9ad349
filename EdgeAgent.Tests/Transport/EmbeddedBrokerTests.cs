using System.Collections.Concurrent;
using System.Text;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Outbox;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Transport;

public sealed class EmbeddedBrokerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("embedded");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    // Every hosted service is built, the model probation among them, and an agent needs its models.
    private static ModelsOptions Models => new() { Dir = TestPaths.ModelsDir, Manifest = TestPaths.Manifest };

    [Test]
    public async Task Publish_EmbeddedBroker_SubscriberReceivesEvents()
    {
        var port = MosquittoBroker.FreePort();
        await using var broker = new EmbeddedBroker(port, NullLogger<EmbeddedBroker>.Instance);
        await broker.StartAsync(CancellationToken.None);
        var received = new ConcurrentQueue<string>();
        using var sub = new MqttClientFactory().CreateMqttClient();
        sub.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue(Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
            return Task.CompletedTask;
        };
        await sub.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        await sub.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(TopicNames.FleetEvents("edgeagent/v1"), MqttQualityOfServiceLevel.AtLeastOnce).Build());

        var options = new AgentOptions { Device = new DeviceOptions { Site = "lab", Id = "dev-1", StateDir = _dir } };
        using var outbox = DurableOutbox.Open(options, TimeProvider.System, NullLogger.Instance);
        using var publisher = new MqttPublisher(MqttPublisherSettings.From(options with { Broker = new BrokerOptions { EmbeddedPort = port } }), outbox, TimeProvider.System, NullLogger<MqttPublisher>.Instance);
        await publisher.StartAsync(CancellationToken.None);
        for (var i = 0; i < 5; i++) outbox.Accept(OutboxFixture.Event());

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (received.Count < 5 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await publisher.StopAsync(CancellationToken.None);
        Assert.That(received, Has.Count.EqualTo(5));
        foreach (var payload in received) EventSchema.AssertValid(payload);
        Assert.That(File.Exists(Path.Combine(_dir, OutboxKey.FileName)), Is.True, "the outbox key was created in the state folder");
    }

    [Test]
    public void Build_NoBrokerUrl_RegistersOutboxFirstEmbeddedBrokerAndPublisher()
    {
        var options = new AgentOptions
        {
            Device = new DeviceOptions { StateDir = _dir },
            Models = Models,
            Broker = new BrokerOptions { EmbeddedPort = MosquittoBroker.FreePort() },
        };
        using var host = AgentHost.Build(options, new AgentHostSettings { PrintEvents = true, EventOutput = TextWriter.Null });
        var sinks = host.Services.GetServices<IEventSink>().ToList();
        Assert.That(sinks.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(DurableOutbox) }), "store first: the outbox is the sink");
        Assert.That(host.Services.GetRequiredService<MqttPublisherSettings>().Observer, Is.TypeOf<PublishedEventPrinter>(), "--print-events prints on PUBACK");
        var hosted = host.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        Assert.That(hosted, Does.Contain(typeof(EmbeddedBroker)).And.Contain(typeof(MqttPublisher)));
        Assert.That(hosted.IndexOf(typeof(EmbeddedBroker)), Is.LessThan(hosted.IndexOf(typeof(MqttPublisher))), "the broker listens before the publisher dials");
    }

    [Test]
    public void Build_BrokerUrl_NoEmbeddedBroker()
    {
        var options = new AgentOptions { Device = new DeviceOptions { StateDir = _dir }, Models = Models, Broker = new BrokerOptions { Url = new Uri("mqtt://127.0.0.1:1") } };
        using var host = AgentHost.Build(options, new AgentHostSettings());
        Assert.That(host.Services.GetServices<IHostedService>().Select(s => s.GetType()), Does.Not.Contain(typeof(EmbeddedBroker)));
        Assert.That(host.Services.GetServices<IEventSink>().Single(), Is.TypeOf<DurableOutbox>());
    }
}
