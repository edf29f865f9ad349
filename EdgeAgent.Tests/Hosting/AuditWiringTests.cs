using EdgeAgent.Audit;

using EdgeAgent.Hosting;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The real host sends audit records, the CLI's and its own, to the centre on <c>.../audit</c>.</summary>
[NonParallelizable]
public sealed class AuditWiringTests
{
    [Test]
    public async Task AgentHost_CliRecordAndCommandRecord_BothArriveOnAuditTopic()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        using var f = new ControlFixture("host-audit", broker.Url);
        var (options, topics) = f.WriteCameralessConfig(broker.Url);
        // Written before the agent starts, as 'edgeagent watchlist add-plate' on the device would.
        using (var cli = AuditLog.Open(AuditLog.PathIn(options.StateDir)))
        {
            cli.Append("watchlist.add", "cli:tech", [new("kind", "plate"), new("entry", "p1")]);
        }
        using var host = AgentHost.Build(options, new AgentHostSettings());
        await host.StartAsync();
        try
        {
            Assert.That(await sub.WaitForAsync(m => m.Any(x => x.Topic == topics.Audit), TimeSpan.FromSeconds(20)), Is.True, broker.Log);
            await using var centre = await CentreClient.ConnectAsync(broker.Port, topics.CommandReply("nosuch.command"));
            var reply = await centre.RequestAsync(topics.Command("nosuch.command"), """{"seq": 1}""");
            Assert.That(reply.GetProperty("ok").GetBoolean(), Is.False);
            Assert.That(await sub.WaitForAsync(m => m.Count(x => x.Topic == topics.Audit) >= 2, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
            var actions = sub.Messages.Where(m => m.Topic == topics.Audit).Select(m => m.Json.GetProperty("record").GetProperty("action").GetString()).ToList();
            Assert.That(actions, Is.EqualTo(new[] { "watchlist.add", "command.unknown" }));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
