using System.Diagnostics;
using System.Text;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Transport;

/// <summary>
/// Faults on the device's side of delivery, against real Mosquitto: a disk that fills up under the outbox, and a broker
/// that refuses one topic. The promise checked each time: no event lost without a gap in seq and a counter in health.
/// </summary>
[Category("Mosquitto")]
public sealed class DeliveryFaultTests
{
    private static readonly string[] Cameras = ["cam-a", "cam-b", "cam-c"];
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("delivery-fault");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task DiskFull_MidStream_HighDelivered_LossesAreGapsAndCounted_RecoversWithin10s_NothingSentTwice()
    {
        using var disk = SmallDisk.Mount(_dir, "2m");
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        using var consumer = await ReferenceConsumer.StartAsync(broker);
        var outboxPath = Path.Combine(disk.Path, "outbox.db");
        long lastSequence;
        long droppedUnwritable;
        List<(Guid Id, string Camera, long Sequence, EventPriority Priority)> accepted;
        await using (var agent = AgentHarness.Create(broker, disk.Path))
        {
            await agent.StartAsync();
            var random = new Random(11);
            void Produce(int n)
            {
                for (var i = 0; i < n; i++)
                {
                    var priority = i % 8 == 0 ? EventPriority.High : i % 8 < 4 ? EventPriority.Normal : EventPriority.Low;
                    agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow, priority));
                }
            }

            Produce(80);
            Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 80, TimeSpan.FromSeconds(20)), Is.True, sub.Errors + broker.Log);
            // The technician's view comes from the report the agent keeps in the state folder: on the disk that fills.
            var config = Path.Combine(_dir, "edgeagent.yaml");
            File.WriteAllText(config, $"device:\n  site: lab\n  id: dev-1\n  state_dir: {disk.Path}\n");
            var options = ConfigLoader.LoadFile(config);
            var collector = new HealthCollector(options, TimeProvider.System, new CameraHealthRegistry(), new InferenceMetrics(), new MqttTransportHealth(agent.Publisher));
            async Task WriteReport()
            {
                var report = collector.Collect();
                await new HealthFileWriter(disk.Path).PublishAsync(report, HealthJson.ToBytes(report), CancellationToken.None);
            }
            await WriteReport();
            Assert.That(DeviceChecks.Delivery(options, TimeProvider.System).Ok, Is.True);

            disk.Fill();
            Produce(240);
            await WriteReport();
            using (var output = new StringWriter())
            {
                Assert.That(await CliRoot.InvokeAsync(["status", "--config", config], output, output), Is.EqualTo(ExitCodes.Ok));
                Assert.That(output.ToString(), Does.Contain("FAILING").And.Contain("No space left").And.Contain("dropped as unwritable"), output.ToString());
            }
            var check = DeviceChecks.Delivery(options, TimeProvider.System);
            Assert.That((check.Ok, check.Detail), Is.EqualTo((false, check.Detail)));
            Assert.That(check.Detail, Does.Contain("cannot write").And.Contain("No space left"));
            Assert.That(check.Fix, Does.Contain("free space"));
            var health = agent.Publisher.Health;
            Assert.That(health.OutboxFault, Does.Contain("No space left"), "health says the outbox is failing and why");
            Assert.That(health.DroppedUnwritable, Is.GreaterThan(150));
            Assert.That(health.Dropped, Is.EqualTo(health.DroppedUnwritable));
            // While failing, the held high priority events still reach the centre, and so does the alarm.
            Assert.That(await sub.WaitForAsync(m => m.Any(x => x.Topic == agent.Topics.Event("", "device") && x.Payload.Contains("\"disk_full\"", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(10)), Is.True, "device disk_full start, sent while the disk is full");

            disk.Free();
            var watch = Stopwatch.StartNew();
            while (agent.Publisher.Health.OutboxFault is not null && watch.Elapsed < TimeSpan.FromSeconds(15))
            {
                // The agent's maintenance loop does this once a second; the harness has no host to run it.
                agent.Outbox.Maintain();
                await Task.Delay(100);
            }
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "writes again within 10 s of space returning, without a restart");
            Produce(40);
            Assert.That(await sub.WaitForAsync(_ => agent.Outbox.Depth == 0, TimeSpan.FromSeconds(20)), Is.True, $"health {agent.Publisher.Health}");
            Assert.That(agent.Publisher.Health.Reconnects, Is.Zero, "a full disk is no reason to leave the broker");
            lastSequence = agent.Outbox.LastSequence;
            droppedUnwritable = agent.Outbox.DroppedUnwritable;
            accepted = agent.Accepted.ToList();
        }

        // The graceful stop publishes the offline state after the last acknowledged event: once it is here, so are they.
        Assert.That(await sub.WaitForAsync(m => m.Any(x => x.Topic.EndsWith("/state", StringComparison.Ordinal) && x.Payload.Contains("\"offline\"", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10)), Is.True);
        var received = sub.Messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)).ToList();
        var sequences = received.Select(m => m.Json.GetProperty("seq").GetInt64()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sequences, Is.Unique, "nothing acknowledged was sent twice");
            Assert.That(sequences.Count + droppedUnwritable, Is.EqualTo(lastSequence), "every number arrived once or is counted as dropped: the gaps are the losses");
            var ids = AgentHarness.Ids(received);
            Assert.That(accepted.Where(a => a.Priority == EventPriority.High && !ids.Contains(a.Id)), Is.Empty, "high priority events are never lost");
            var device = received.Where(m => m.Topic.EndsWith("/device", StringComparison.Ordinal)).Select(m => m.Json).ToList();
            Assert.That(device.Select(d => (d.GetProperty("reason").GetString(), d.GetProperty("event").GetString())),
                Is.EqualTo(new[] { ("disk_full", "start"), ("disk_full", "end") }));
        });

        // The centre's reference consumer sees the same: every message valid, and the gaps in seq are exactly the
        // numbers never sent, as many as health counted as dropped_unwritable.
        var report = await consumer.StopAsync();
        var neverSent = Enumerable.Range(1, (int)lastSequence).Select(n => (long)n).Except(sequences).ToList();
        Assert.Multiple(() =>
        {
            Assert.That((report.Code, report.Invalid), Is.EqualTo((0, 0)), report.Output);
            Assert.That(report.Devices.TryGetValue("dev-1", out var d), Is.True, report.Output);
            Assert.That(d!.Events, Is.EqualTo(sequences.Count), "every event once after dedup on id");
            Assert.That(d.Missing, Is.EqualTo(neverSent), "a gap exactly where an event was dropped");
            Assert.That(d.Missing, Has.Count.EqualTo(droppedUnwritable), "and one per event health counted");
        });

        // Acknowledged while the disk was full, deleted once it came back: a restart redelivers nothing.
        using var reopened = OutboxFixture.Open(outboxPath);
        Assert.That(reopened.Depth, Is.Zero);
    }

    /// <param name="dropsConnectionOnRefusal">
    /// Mosquitto 2.0.11 with an unlimited queue drops the connection after each refusal; with a bounded one it keeps it.
    /// </param>
    [TestCase(false)]
    [TestCase(true)]
    public async Task BrokerRefusesOneTopic_EachSetAsideOnce_AtMostOneReconnectEach_HealthAndTheRestFlow(bool dropsConnectionOnRefusal)
    {
        // Anonymous clients may use the tree, except one camera's events: the broker answers PUBACK 0x87.
        using var broker = await MosquittoBroker.StartAsync(acl:
            "topic readwrite edgeagent/v1/#\ntopic deny edgeagent/v1/lab/dev-1/events/cam-b/#\n", maxQueuedMessages: dropsConnectionOnRefusal ? 0 : 1000);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        var random = new Random(5);
        for (var i = 0; i < 60; i++) agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow));
        await agent.StartAsync();
        using var stop = new CancellationTokenSource();
        var healthSent = 0;
        var health = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await agent.Publisher.TryPublishHealthAsync(Encoding.UTF8.GetBytes("{\"ok\":true}"), CancellationToken.None)) Interlocked.Increment(ref healthSent);
                await Task.Delay(200);
            }
        });

        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m.Where(agent.IsOwnEvent)).Count >= 40, TimeSpan.FromSeconds(30)), Is.True, sub.Errors + broker.Log);
        Assert.That(await sub.WaitForAsync(_ => agent.Outbox.Depth == 0, TimeSpan.FromSeconds(10)), Is.True, $"health {agent.Publisher.Health}");
        // Later events on the good topics still flow.
        for (var i = 0; i < 9; i++) agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow));
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m.Where(agent.IsOwnEvent)).Count >= 46, TimeSpan.FromSeconds(20)), Is.True);
        Assert.That(await sub.WaitForAsync(m => m.Count(x => x.Topic == agent.Topics.Health) >= 5, TimeSpan.FromSeconds(10)), Is.True, "health keeps flowing");
        stop.Cancel();
        await health;

        var h = agent.Publisher.Health;
        Assert.Multiple(() =>
        {
            Assert.That(h.DeadLettered, Is.EqualTo(23), "20 + 3 events of cam-b set aside");
            if (dropsConnectionOnRefusal)
            {
                // The broker resets the connection after each refusal; one publish in flight after a reset keeps the
                // refusal from being lost with it, so no event is refused twice.
                Assert.That(h.Reconnects, Is.InRange(1, 23), "at most one reconnect per refused event");
                Assert.That(sub.Messages.Count(m => m.Topic == agent.Topics.State && m.Payload.Contains("\"online\"", StringComparison.Ordinal)), Is.LessThanOrEqualTo(1 + h.Reconnects));
            }
            else
            {
                Assert.That(h.Reconnects, Is.Zero, "a refused event is no reason to reconnect");
                Assert.That(sub.Messages.Count(m => m.Topic == agent.Topics.State), Is.EqualTo(1), "the retained state is announced once, not per refusal");
            }
            Assert.That(sub.Messages.Where(agent.IsOwnEvent).Select(m => m.Topic), Has.None.Contains("/cam-b/"));
            // Publishes in flight when a connection drops go again (at least once); the centre deduplicates on id.
            var ids = AgentHarness.Ids(sub.Messages.Where(agent.IsOwnEvent));
            Assert.That(ids, Has.Count.EqualTo(46));
            if (!dropsConnectionOnRefusal) Assert.That(sub.Messages.Count(agent.IsOwnEvent), Is.EqualTo(46), "no connection lost, nothing sent twice");
            // After a reconnect the last error is the connection's news, not the refusal's.
            if (!dropsConnectionOnRefusal) Assert.That(h.LastError, Does.Contain("NotAuthorized").And.Contain("cam-b"));
        });
        var dead = agent.Outbox.ReadDeadLetters();
        Assert.That(dead, Has.Count.EqualTo(23));
        Assert.That(dead.Select(d => d.Topic).Distinct(), Is.EqualTo(new[] { agent.Topics.Event("cam-b", "object") }));
        Assert.That(dead[0].Reason, Does.Contain("NotAuthorized").And.Contain("0x87"));
    }
}
