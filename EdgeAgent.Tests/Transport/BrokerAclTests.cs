using System.Collections.Concurrent;
using System.Text;
using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Transport;

/// <summary>
/// The shipped broker ACL (<c>deploy/mosquitto/edgeagent.acl</c>) in a real Mosquitto with mutual TLS: two sites use the
/// same device id, and each device may publish and read only its own site's and device's tree.
/// </summary>
public sealed class BrokerAclTests
{
    private MosquittoBroker _broker = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await MosquittoBroker.StartAsync(MosquittoMode.MutualTls);

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [Test]
    public void ShippedAcl_HasNoCrossSitePattern()
    {
        var acl = File.ReadAllText(MosquittoBroker.ShippedAcl);
        Assert.That(acl, Does.Contain("pattern write edgeagent/v1/%u/#"));
        Assert.That(acl, Does.Not.Contain("+/%u"), "the old pattern let a device write into another site's device of the same id");
    }

    [Test]
    public async Task Publish_SameDeviceIdOtherSite_RefusedOwnTreeDelivered()
    {
        using var centre = await MosquittoSubscriber.StartAsync(_broker);
        // One connection per publish: MQTTnet closes the connection after a refused PUBACK.
        var own = await PublishAsync("site1/dev-a", "edgeagent/v1/site1/dev-a/events/cam1/object", "a-own");
        var foreign = await PublishAsync("site1/dev-a", "edgeagent/v1/site2/dev-a/events/cam1/object", "a-into-site2");
        var otherDevice = await PublishAsync("site1/dev-a", "edgeagent/v1/site1/dev-b/state", "a-as-dev-b");
        var bOwn = await PublishAsync("site2/dev-a", "edgeagent/v1/site2/dev-a/events/cam1/object", "b-own");
        // Each publish waited for its PUBACK and the broker forwards in the order it received, so once the last one is
        // here a refused one that slipped through would be here too.
        Assert.That(await centre.WaitForAsync(m => m.Any(x => x.Payload == "b-own"), TimeSpan.FromSeconds(10)), Is.True, _broker.Log);
        Assert.Multiple(() =>
        {
            Assert.That(own, Is.EqualTo(MqttClientPublishReasonCode.Success));
            Assert.That(bOwn, Is.EqualTo(MqttClientPublishReasonCode.Success));
            Assert.That(foreign, Is.EqualTo(MqttClientPublishReasonCode.NotAuthorized), "site1/dev-a into site2/dev-a");
            Assert.That(otherDevice, Is.EqualTo(MqttClientPublishReasonCode.NotAuthorized), "site1/dev-a into site1/dev-b");
            Assert.That(centre.Messages.Select(m => m.Payload), Is.EquivalentTo(new[] { "a-own", "b-own" }));
        });
    }

    [Test]
    public async Task Subscribe_SameDeviceIdOtherSite_ReadsOnlyItsOwnCommands()
    {
        using var a = await ConnectAsync("site1/dev-a");
        var received = new ConcurrentQueue<string>();
        a.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue(e.ApplicationMessage.Topic + " " + Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
            return Task.CompletedTask;
        };
        foreach (var filter in new[] { "edgeagent/v1/site1/dev-a/cmd/+", "edgeagent/v1/site2/dev-a/cmd/+", "edgeagent/v1/#" })
        {
            await a.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        }
        Assert.That(await MosquittoSubscriber.Publish(_broker, "edgeagent/v1/site2/dev-a/cmd/config.get", "for-site2", MosquittoBroker.CentreIdentity), Is.Zero);
        Assert.That(await MosquittoSubscriber.Publish(_broker, "edgeagent/v1/site2/dev-a/events/cam1/object", "site2-event", "site2/dev-a"), Is.Zero);
        Assert.That(await MosquittoSubscriber.Publish(_broker, "edgeagent/v1/site1/dev-a/cmd/config.get", "for-site1", MosquittoBroker.CentreIdentity), Is.Zero);
        // Published last, each after the broker acknowledged the one before: when it arrives, anything of site2's that
        // would have been forwarded has arrived before it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!received.Any(r => r.Contains("for-site1", StringComparison.Ordinal)) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(received, Has.Some.EqualTo("edgeagent/v1/site1/dev-a/cmd/config.get for-site1"), _broker.Log);
        Assert.That(received, Has.None.Contain("site2"), "nothing of site2's dev-a reaches site1's dev-a");
    }

    private async Task<IMqttClient> ConnectAsync(string identity)
    {
        var (cert, key) = _broker.IssueClientCertificate(identity);
        var options = MqttClientOptionsFactory.Create(_broker.Url, new BrokerOptions
        {
            Url = _broker.Url,
            CaFile = _broker.CaFile,
            CertFile = cert,
            KeyFile = new SecretRef("file", key),
            SessionExpiry = TimeSpan.Zero,
        }, "acl-" + identity.Replace('/', '-') + "-" + Guid.NewGuid().ToString("n")[..6], will: null);
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(options);
        return client;
    }

    private async Task<MqttClientPublishReasonCode> PublishAsync(string identity, string topic, string payload)
    {
        using var client = await ConnectAsync(identity);
        var result = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        return result.ReasonCode;
    }
}
