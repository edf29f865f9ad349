using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Transport;

/// <summary>
/// Failover between the nodes of a broker (<c>broker.urls</c>) against real Mosquitto: a node that is down at start, and
/// the node in use stopped mid-stream. The outbox promise must hold across a move: every accepted event reaches the
/// centre (deduplicated on id), in order per camera, with seq unbroken.
/// </summary>
[Category("Mosquitto")]
public sealed class BrokerFailoverTests
{
    private static readonly string[] Cameras = ["cam-a", "cam-b", "cam-c"];
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("failover");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task TwoNodes_FirstClosedAtStart_EveryEventThroughTheSecond_HealthAndStatusNameIt()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        // Nothing listens there: the port was free a moment ago and nobody is told to take it.
        var closed = new Uri($"mqtt://127.0.0.1:{MosquittoBroker.FreePort()}");
        // dev-2's start node of two is the first (a fixed hash of its client id), so it meets the closed port first.
        Assert.That(BrokerEndpoint.StartIndex("edgeagent-lab-dev-2", 2), Is.Zero);
        List<(Guid Id, string Camera, long Sequence, EventPriority Priority)> accepted;
        long lastSequence;
        await using (var agent = AgentHarness.Create(broker, _dir, device: "dev-2", nodes: [closed, broker.Url]))
        {
            var random = new Random(24);
            for (var i = 0; i < 200; i++) agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow));
            var watch = Stopwatch.StartNew();
            await agent.StartAsync();
            Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 200, TimeSpan.FromSeconds(30)), Is.True, $"{agent.Publisher.Health}\n{sub.Errors}{broker.Log}");
            var elapsed = watch.Elapsed;
            Assert.That(await sub.WaitForAsync(_ => agent.Outbox.Depth == 0, TimeSpan.FromSeconds(10)), Is.True, $"{agent.Publisher.Health}");
            var health = agent.Publisher.Health;
            var second = $"127.0.0.1:{broker.Port}";
            Assert.Multiple(() =>
            {
                Assert.That(health.Connected, Is.True);
                Assert.That(health.Node, Is.EqualTo(second), "health names the node in use");
                Assert.That(health.Moves, Is.EqualTo(1), "one move: from the start node to the second");
                Assert.That(health.Published, Is.EqualTo(200));
            });

            // The technician's view: the health report as the agent writes it, through the schema and `edgeagent status`.
            var config = Path.Combine(_dir, "edgeagent.yaml");
            await File.WriteAllTextAsync(config, $"device:\n  site: lab\n  id: dev-2\n  state_dir: {_dir}\n");
            var options = ConfigLoader.LoadFile(config);
            var collector = new HealthCollector(options, TimeProvider.System, new CameraHealthRegistry(), new InferenceMetrics(), new MqttTransportHealth(agent.Publisher));
            var report = collector.Collect();
            var json = HealthJson.ToBytes(report);
            MessageSchema.Health.AssertValid(Encoding.UTF8.GetString(json));
            var brokerJson = JsonNode.Parse(json)!["broker"]!;
            Assert.That(((string?)brokerJson["node"], (long?)brokerJson["moves"]), Is.EqualTo((second, 1L)));
            await new HealthFileWriter(_dir).PublishAsync(report, json, CancellationToken.None);
            var (code, output, error) = await CliRun.InvokeAsync("status", "--config", config);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
            Assert.That(output, Does.Contain($"  broker node    {second}, 1 move(s) between nodes"), output);
            TestContext.Out.WriteLine($"first node closed at start: 200 events delivered through the second in {elapsed.TotalSeconds:F2} s from start");
            accepted = agent.Accepted.ToList();
            lastSequence = agent.Outbox.LastSequence;
        }

        var events = sub.Messages.Where(m => m.Topic.Contains("/dev-2/events/", StringComparison.Ordinal)).ToList();
        Assert.That(AgentHarness.AssertExactlyOnceInOrder(accepted, events), Is.Zero, "nothing sent twice: the closed node never took anything");
        Assert.That(Sequences(events), Is.EqualTo(Enumerable.Range(1, (int)lastSequence).Select(n => (long)n)), "seq unbroken");
    }

    [Test]
    public async Task TwoBrokers_NodeInUseStopped_MovesWithinSeconds_EveryEventDelivered_SeqUnbroken()
    {
        using var first = await MosquittoBroker.StartAsync();
        using var second = await MosquittoBroker.StartAsync();
        using var subFirst = await MosquittoSubscriber.StartAsync(first);
        using var subSecond = await MosquittoSubscriber.StartAsync(second);
        // dev-1 starts on node 1 of [second, first]: it begins on `first`, and its move wraps round to `second`.
        Assert.That(BrokerEndpoint.StartIndex("edgeagent-lab-dev-1", 2), Is.EqualTo(1));
        List<(Guid Id, string Camera, long Sequence, EventPriority Priority)> accepted;
        long lastSequence;
        TimeSpan moved;
        await using (var agent = AgentHarness.Create(first, _dir, nodes: [second.Url, first.Url]))
        {
            await agent.StartAsync();
            using var stop = new CancellationTokenSource();
            var producing = agent.ProduceAsync(200, Cameras, stop.Token);
            Assert.That(await subFirst.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 200, TimeSpan.FromSeconds(20)), Is.True, $"{agent.Publisher.Health}\n{first.Log}");
            Assert.That(agent.Publisher.Health.Node, Is.EqualTo($"127.0.0.1:{first.Port}"));

            var watch = Stopwatch.StartNew();
            await first.StopAsync();
            var target = $"127.0.0.1:{second.Port}";
            while (watch.Elapsed < TimeSpan.FromSeconds(15) && !(agent.Publisher.Health is { Connected: true } h && h.Node == target))
            {
                await Task.Delay(10);
            }
            moved = watch.Elapsed;
            Assert.That(moved, Is.LessThan(TimeSpan.FromSeconds(5)), $"moved to the other node within a few seconds: {agent.Publisher.Health}");
            // Events keep flowing on the new node; then the stream ends and the outbox must empty there.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await stop.CancelAsync();
            await producing;
            Assert.That(await subSecond.WaitForAsync(_ => agent.Outbox.Depth == 0, TimeSpan.FromSeconds(20)), Is.True, $"{agent.Publisher.Health}\n{second.Log}");
            var health = agent.Publisher.Health;
            Assert.That((health.Moves, health.Reconnects, health.Node), Is.EqualTo((1L, 1L, target)), "one outage, one move");
            accepted = agent.Accepted.ToList();
            lastSequence = agent.Outbox.LastSequence;
        }

        // The centre subscribes on both nodes and deduplicates on id; the first broker's share comes first.
        var received = subFirst.Messages.Concat(subSecond.Messages).Where(m => m.Topic.Contains("/dev-1/events/", StringComparison.Ordinal)).ToList();
        var duplicates = AgentHarness.AssertExactlyOnceInOrder(accepted, received);
        Assert.That(Sequences(received).Distinct(), Is.EqualTo(Enumerable.Range(1, (int)lastSequence).Select(n => (long)n)), "seq unbroken across the move");
        var onSecond = subSecond.Messages.Count(m => m.Topic.Contains("/dev-1/events/", StringComparison.Ordinal));
        Assert.That(onSecond, Is.GreaterThan(100), "the stream went on through the second node");
        TestContext.Out.WriteLine($"node stopped mid-stream: moved in {moved.TotalMilliseconds:F0} ms; {accepted.Count} events accepted, all delivered: "
            + $"{received.Count - onSecond} via the first node, {onSecond} via the second, {duplicates} duplicate(s) (unacknowledged when the node stopped, sent again)");
    }

    private static List<long> Sequences(IEnumerable<ReceivedMessage> events) => [.. events.Select(m => m.Json.GetProperty("seq").GetInt64()).Order()];
}
