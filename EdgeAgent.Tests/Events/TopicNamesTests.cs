using EdgeAgent.Events;

using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Events;

public sealed class TopicNamesTests
{
    private readonly TopicNames _topics = new("edgeagent/v1", "riverside", "edge-07");

    [Test]
    public void Topics_UnderPrefixSiteDevice()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_topics.Event("gate", "object"), Is.EqualTo("edgeagent/v1/riverside/edge-07/events/gate/object"));
            Assert.That(_topics.Event("", "device"), Is.EqualTo("edgeagent/v1/riverside/edge-07/events/_/device"));
            Assert.That(_topics.State, Is.EqualTo("edgeagent/v1/riverside/edge-07/state"));
            Assert.That(_topics.Health, Is.EqualTo("edgeagent/v1/riverside/edge-07/health"));
            Assert.That(_topics.Audit, Is.EqualTo("edgeagent/v1/riverside/edge-07/audit"));
            Assert.That(_topics.Command("reboot"), Is.EqualTo("edgeagent/v1/riverside/edge-07/cmd/reboot"));
            Assert.That(_topics.CommandReply("reboot"), Is.EqualTo("edgeagent/v1/riverside/edge-07/cmd/reboot/reply"));
            Assert.That(TopicNames.FleetEvents("edgeagent/v1", kind: "object"), Is.EqualTo("edgeagent/v1/+/+/events/+/object"));
        });
    }

    [Test]
    public void TryParseEvent_EventTopic_ReadsLevels()
    {
        Assert.That(TopicNames.TryParseEvent("edgeagent/v1", _topics.Event("gate", "object"), out var site, out var dev, out var cam, out var kind), Is.True);
        Assert.That((site, dev, cam, kind), Is.EqualTo(("riverside", "edge-07", "gate", "object")));
        Assert.That(TopicNames.TryParseEvent("edgeagent/v1", _topics.State, out _, out _, out _, out _), Is.False);
        Assert.That(TopicNames.TryParseEvent("other/v1", _topics.Event("gate", "object"), out _, out _, out _, out _), Is.False);
    }
}
