using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Transport;

[Category("Mosquitto")]
public sealed class MqttPublisherTests
{
    private static readonly string[] Cameras = ["cam-a", "cam-b", "cam-c"];
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("publisher");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Publish_PlainBroker_SubscriberGetsSchemaValidEventsAndRetainedState()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        var random = new Random(1);
        for (var i = 0; i < 30; i++) agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow));
        agent.Accept(new CameraStatusEvent { Camera = "cam-a", CaptureTime = DateTimeOffset.UtcNow, Phase = "online", Size = (1280, 720) });
        await agent.StartAsync();

        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 31, TimeSpan.FromSeconds(20)), Is.True, sub.Errors + broker.Log);
        var events = sub.Messages.Where(agent.IsOwnEvent).ToList();
        foreach (var m in events)
        {
            EventSchema.AssertValid(m.Payload);
            var json = m.Json;
            Assert.That(m.Topic, Is.EqualTo(agent.Topics.Event(json.GetProperty("cam").GetString()!, json.GetProperty("kind").GetString()!)));
            Assert.That(json.GetProperty("dev").GetString(), Is.EqualTo("dev-1"));
        }
        AgentHarness.AssertExactlyOnceInOrder(agent.Accepted, events);
        Assert.That(await sub.WaitForAsync(m => m.Any(x => x.Topic == agent.Topics.State), TimeSpan.FromSeconds(5)), Is.True);
        Assert.That(AgentHarness.ParseState(sub.Messages.Last(x => x.Topic == agent.Topics.State)), Is.EqualTo(("online", 1L)));
        Assert.That(agent.Outbox.Depth, Is.Zero);
        Assert.That(agent.Publisher.Health.Published, Is.EqualTo(31));

        await agent.StopAsync();
        Assert.That(await sub.WaitForAsync(m => AgentHarness.ParseState(m.Last(x => x.Topic == agent.Topics.State)).State == "offline", TimeSpan.FromSeconds(5)), Is.True);
    }

    [Test]
    public async Task Publish_Tls_PinnedCa_Delivers()
    {
        using var broker = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        await agent.StartAsync();
        var random = new Random(2);
        for (var i = 0; i < 10; i++) agent.Accept(SyntheticObjectEvent.Create(random, "cam-a", DateTimeOffset.UtcNow));
        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 10, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
        AgentHarness.AssertExactlyOnceInOrder(agent.Accepted, sub.Messages);
        Assert.That(agent.Publisher.Health.Connected, Is.True);
    }

    [Test]
    public async Task Connect_Tls_BrokerCertNotFromPinnedCa_Refuses()
    {
        using var broker = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir, caFile: broker.OtherCaFile);
        await agent.StartAsync();
        agent.Accept(OutboxFixture.Event());
        Assert.That(await Eventually(() => agent.Publisher.Health.Reconnects > 0), Is.True, "the handshake failed and the publisher backs off");
        Assert.That(agent.Publisher.Health.Connected, Is.False);
        Assert.That(agent.Outbox.Depth, Is.EqualTo(1), "the event stays until a trusted broker takes it");
        Assert.That(sub.Messages, Is.Empty);
    }

    [Test]
    public async Task Publish_MutualTls_OwnPrefix_Delivers()
    {
        using var broker = await MosquittoBroker.StartAsync(MosquittoMode.MutualTls);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir, device: "dev-1", clientCertificate: broker.IssueClientCertificate("lab/dev-1"));
        await agent.StartAsync();
        var random = new Random(3);
        for (var i = 0; i < 10; i++) agent.Accept(SyntheticObjectEvent.Create(random, "cam-a", DateTimeOffset.UtcNow));
        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 10, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
        AgentHarness.AssertExactlyOnceInOrder(agent.Accepted, sub.Messages);
        foreach (var m in sub.Messages.Where(agent.IsOwnEvent)) EventSchema.AssertValid(m.Payload);
    }

    [Test]
    public async Task Publish_OneOfAWindowCannotBeCarried_SetAsideOthersDelivered_NoReconnect()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir, device: "dev-1");
        // A record MQTT cannot carry ('#' in its topic) ahead of seven good ones, all in one window.
        agent.Accept(OutboxFixture.Event(camera: "cam#1"));
        for (var i = 0; i < 7; i++) agent.Accept(OutboxFixture.Event());
        await agent.StartAsync();
        // Every publish of the window is awaited (the publisher once stopped awaiting after the first failure and spun
        // at full CPU); the record no broker would take is set aside, not retried for ever.
        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 7, TimeSpan.FromSeconds(10)), Is.True);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (agent.Outbox.Depth > 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Multiple(() =>
        {
            Assert.That(agent.Outbox.Depth, Is.Zero);
            Assert.That(agent.Publisher.Health.DeadLettered, Is.EqualTo(1));
            Assert.That(agent.Publisher.Health.Reconnects, Is.Zero);
            Assert.That(agent.Publisher.Health.LastError, Does.Contain("#"));
            Assert.That(agent.Outbox.ReadDeadLetters().Single().Topic, Does.Contain("cam#1"));
        });
    }

    [Test]
    public async Task Publish_MutualTls_OtherDevicesPrefix_StateDenied_EventsKeptInOutbox_BackoffGrows()
    {
        using var broker = await MosquittoBroker.StartAsync(MosquittoMode.MutualTls);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        // The back-off runs on a fake clock: each attempt really dials the broker and is refused, only the waits between
        // attempts are the test's to pass, so each delay is checked exactly instead of counting attempts over 4 s of sleep.
        var time = new BackoffClock(new FakeTimeProvider(DateTimeOffset.UtcNow));
        // dev-1's certificate, dev-2's topics: the ACL refuses even the retained state, so the device cannot announce
        // itself: a wrong identity, not one bad event. Events wait for the fix instead of being set aside.
        await using var agent = AgentHarness.Create(broker, _dir, device: "dev-2", clientCertificate: broker.IssueClientCertificate("lab/dev-1"), time: time);
        await agent.StartAsync();
        agent.Accept(OutboxFixture.Event());
        const int attempts = 7;
        for (var attempt = 1; attempt < attempts; attempt++)
        {
            Assert.That(await Eventually(() => time.Delays.Count >= attempt), Is.True, $"attempt {attempt} failed and the publisher waits");
            var delay = time.Delays[attempt - 1];
            // 0.2 s doubling to the 3 s cap, each a random point in [cap/2, cap].
            var cap = TimeSpan.FromMilliseconds(Math.Min(3000, 200 * Math.Pow(2, attempt - 1)));
            Assert.That(delay, Is.InRange(cap / 2, cap), $"delay {attempt}");
            time.Fake.Advance(delay - TimeSpan.FromMilliseconds(1));
            Assert.That(time.Fired, Is.EqualTo(attempt - 1), $"no attempt {attempt + 1} before its delay passed");
            time.Fake.Advance(TimeSpan.FromMilliseconds(1));
            Assert.That(time.Fired, Is.EqualTo(attempt), $"attempt {attempt + 1} once it passed");
        }
        Assert.That(await Eventually(() => time.Delays.Count >= attempts), Is.True, "the last attempt was refused too");
        Assert.That(sub.Messages, Is.Empty);
        Assert.That(agent.Publisher.Health.LastError, Does.Contain("NotAuthorized"));
        Assert.That((agent.Outbox.Depth, agent.Publisher.Health.DeadLettered), Is.EqualTo((1L, 0L)));
        Assert.That(agent.Publisher.Health.Reconnects, Is.EqualTo(1), $"{attempts} attempts are one outage");
        // The same refusal seen from Debian's client: a publish under another device's prefix never reaches the centre.
        // A permitted publish after it (mosquitto_pub waits for each PUBACK) marks when the refused one would have arrived.
        await MosquittoSubscriber.Publish(broker, "edgeagent/v1/lab/dev-2/events/cam-a/object", "{}", "lab/dev-1");
        await MosquittoSubscriber.Publish(broker, "edgeagent/v1/lab/dev-1/events/cam-a/object", "marker", "lab/dev-1");
        Assert.That(await sub.WaitForAsync(m => m.Any(x => x.Payload == "marker"), TimeSpan.FromSeconds(10)), Is.True, broker.Log);
        Assert.That(sub.Messages.Select(m => m.Topic), Has.None.Contain("/dev-2/"));
    }

    [Test]
    public async Task Connect_MutualTls_NoOrForeignCertificate_CannotConnect()
    {
        using var broker = await MosquittoBroker.StartAsync(MosquittoMode.MutualTls);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using (var none = AgentHarness.Create(broker, Path.Combine(_dir, "none")))
        {
            await none.StartAsync();
            none.Accept(OutboxFixture.Event());
            Assert.That(await Eventually(() => none.Publisher.Health.Reconnects > 0), Is.True, "the broker refused the handshake");
            Assert.That(none.Publisher.Health.Connected, Is.False);
        }
        await using (var foreign = AgentHarness.Create(broker, Path.Combine(_dir, "foreign"), clientCertificate: broker.IssueClientCertificate("lab/dev-1", otherCa: true)))
        {
            await foreign.StartAsync();
            foreign.Accept(OutboxFixture.Event());
            Assert.That(await Eventually(() => foreign.Publisher.Health.Reconnects > 0), Is.True, "the broker refused the handshake");
            Assert.That(foreign.Publisher.Health.Connected, Is.False);
            Assert.That(foreign.Outbox.Depth, Is.EqualTo(1));
        }
        Assert.That(sub.Messages, Is.Empty);
    }

    [Test]
    public async Task Publish_BrokerStopped30s_EveryEventOnceInOrder()
    {
        using var broker = await MosquittoBroker.StartAsync(persistent: true);
        using var sub = await MosquittoSubscriber.StartAsync(broker, persistentId: "centre-restart");
        // The centre's reference consumer watches the same stream with its own kept session.
        using var consumer = await ReferenceConsumer.StartAsync(broker, clientId: "centre-tail");
        await using var agent = AgentHarness.Create(broker, _dir);
        await agent.StartAsync();
        using var produce = new CancellationTokenSource();
        var producer = agent.ProduceAsync(20, Cameras, produce.Token);

        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 40, TimeSpan.FromSeconds(20)), Is.True, "events flow before the outage");
        await broker.StopAsync();
        // A real wait: the broker must really be gone for a while, through many refused attempts at the capped back-off.
        await Task.Delay(TimeSpan.FromSeconds(30));
        var backlog = agent.Outbox.Depth;
        await broker.RestartAsync();
        await KeepProducingAfterReconnect(agent);
        await produce.CancelAsync();
        await producer;

        var accepted = agent.Accepted;
        Assert.That(backlog, Is.GreaterThan(300), "events kept coming during the outage");
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m).IsSupersetOf(accepted.Select(a => a.Id)), TimeSpan.FromSeconds(60)), Is.True,
            $"outbox depth {agent.Outbox.Depth}, health {agent.Publisher.Health}\n{sub.Errors}\n{broker.Log}");
        var duplicates = AgentHarness.AssertExactlyOnceInOrder(accepted, sub.Messages);
        TestContext.Out.WriteLine($"{accepted.Count} accepted, backlog at restart {backlog}, {duplicates} duplicate(s), {agent.Publisher.Health}");
        // 30 s of attempts every few seconds is still one outage.
        Assert.That(agent.Publisher.Health.Reconnects, Is.EqualTo(1), "reconnects counts outages, not attempts");

        // Queued deliveries to the consumer's session follow the subscriber's; give them a moment, then read its report.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var report = await consumer.StopAsync();
        TestContext.Out.WriteLine(report.Output[Math.Max(0, report.Output.Length - 400)..]);
        Assert.Multiple(() =>
        {
            Assert.That((report.Code, report.Invalid), Is.EqualTo((0, 0)), "every message valid against docs/*.schema.json");
            Assert.That(report.Devices.TryGetValue("dev-1", out var d), Is.True, report.Output);
            Assert.That(d!.Events, Is.EqualTo(accepted.Count), "every accepted event, once after dedup on id");
            Assert.That(d.Missing, Is.Empty, "no gap in seq: an outage loses nothing");
        });
    }

    [Test]
    public async Task Publish_BrokerPausedSigstop_EveryEventOnceInOrder()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        await agent.StartAsync();
        using var produce = new CancellationTokenSource();
        var producer = agent.ProduceAsync(20, Cameras, produce.Token);

        Assert.That(await sub.WaitForAsync(m => m.Count(agent.IsOwnEvent) >= 40, TimeSpan.FromSeconds(20)), Is.True, "events flow before the pause");
        broker.Pause();
        // A real wait: a paused broker holds the TCP connection open and answers nothing, past the 5 s keep-alive.
        await Task.Delay(TimeSpan.FromSeconds(15));
        var stalled = agent.Outbox.Depth;
        broker.Resume();
        await KeepProducingAfterReconnect(agent);
        await produce.CancelAsync();
        await producer;

        var accepted = agent.Accepted;
        Assert.That(stalled, Is.GreaterThan(200), "PUBACKs stalled while paused, so records stayed");
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m).IsSupersetOf(accepted.Select(a => a.Id)), TimeSpan.FromSeconds(60)), Is.True,
            $"outbox depth {agent.Outbox.Depth}, health {agent.Publisher.Health}\n{sub.Errors}\n{broker.Log}");
        var duplicates = AgentHarness.AssertExactlyOnceInOrder(accepted, sub.Messages);
        TestContext.Out.WriteLine($"{accepted.Count} accepted, {stalled} waiting while paused, {duplicates} duplicate(s), {agent.Publisher.Health}");
    }

    [Test]
    public async Task Publish_OutboxFullDuringOutage_DropsOnlyLowAndHealthSaysSo()
    {
        using var broker = await MosquittoBroker.StartAsync(persistent: true);
        using var sub = await MosquittoSubscriber.StartAsync(broker, persistentId: "centre-full");
        await broker.StopAsync();
        await using var agent = AgentHarness.Create(broker, _dir, limits: new OutboxOptions { MaxEvents = 100 });
        await agent.StartAsync();
        var random = new Random(4);
        for (var i = 0; i < 160; i++)
        {
            var priority = (i % 4) switch { 0 => EventPriority.High, 1 => EventPriority.Normal, _ => EventPriority.Low };
            agent.Accept(SyntheticObjectEvent.Create(random, Cameras[i % 3], DateTimeOffset.UtcNow, priority));
        }
        var health = agent.Publisher.Health;
        Assert.That(health.OutboxDepth, Is.EqualTo(100));
        Assert.That(health.DroppedLow, Is.EqualTo(60));
        Assert.That((health.DroppedNormal, health.Dropped), Is.EqualTo((0L, 60L)));

        await broker.RestartAsync();
        var kept = agent.Accepted.Where(a => a.Priority != EventPriority.Low).ToList();
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m).IsSupersetOf(kept.Select(a => a.Id)), TimeSpan.FromSeconds(30)), Is.True,
            $"health {agent.Publisher.Health}");
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m).Count >= 100, TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(AgentHarness.Ids(sub.Messages), Has.Count.EqualTo(100), "the 20 newest low priority events survive");
    }

    /// <summary>
    /// Lets the producer go on until the publisher is connected again and has taken new events on top of the backlog,
    /// so the drain is checked with traffic arriving, not on a quiet outbox.
    /// </summary>
    private static async Task KeepProducingAfterReconnect(AgentHarness agent)
    {
        Assert.That(await Eventually(() => agent.Publisher.Health.Connected, TimeSpan.FromSeconds(20)), Is.True, $"reconnected: {agent.Publisher.Health}");
        var accepted = agent.Accepted.Count;
        Assert.That(await Eventually(() => agent.Accepted.Count >= accepted + 40, TimeSpan.FromSeconds(20)), Is.True, "the producer went on");
    }


    /// <summary>Waits for <paramref name="condition"/>, looking every 20 ms, at most <paramref name="timeout"/> (10 s unless told).</summary>
    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline) return false;
            await Task.Delay(20);
        }
        return true;
    }

    /// <summary>
    /// A fake clock that tells the test when the publisher starts a back-off delay (the only timer it makes) and when
    /// one has run out: advancing before the delay began would be lost on a timer made afterwards.
    /// </summary>
    private sealed class BackoffClock(FakeTimeProvider fake) : TimeProvider
    {
        private readonly List<TimeSpan> _delays = [];
        private int _fired;

        public FakeTimeProvider Fake => fake;

        public List<TimeSpan> Delays
        {
            get
            {
                lock (_delays) return _delays.ToList();
            }
        }

        public int Fired => Volatile.Read(ref _fired);

        public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

        public override long GetTimestamp() => fake.GetTimestamp();

        public override long TimestampFrequency => fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            // Recorded once the timer exists: a test that saw the delay may advance, and the advance reaches the timer.
            var timer = fake.CreateTimer(s =>
            {
                Interlocked.Increment(ref _fired);
                callback(s);
            }, state, dueTime, period);
            lock (_delays) _delays.Add(dueTime);
            return timer;
        }
    }
}
