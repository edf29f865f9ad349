using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The real outbox's side of a finished run (its drained signal) and the dispatcher's retries as health reports them.</summary>
public sealed class DeliverySignalTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public async Task WaitDrained_RecordsWaiting_CompletesWhenThePublisherFindsNoneLeft()
    {
        using var outbox = OutboxFixture.Open(Path.Combine(_dir, "outbox.db"));
        Assert.That(outbox.WaitDrainedAsync(CancellationToken.None).IsCompletedSuccessfully, Is.True, "an empty outbox is drained");
        outbox.Accept(OutboxFixture.Event());
        outbox.Accept(OutboxFixture.Event());
        var drained = outbox.WaitDrainedAsync(CancellationToken.None);

        var batch = outbox.PeekBatch(1);
        outbox.Remove(batch);
        Assert.That(outbox.PeekBatch(10), Has.Count.EqualTo(1));
        Assert.That(drained.IsCompleted, Is.False, "one record still waits for its acknowledgement");

        outbox.Remove(outbox.PeekBatch(10));
        Assert.That(outbox.PeekBatch(10), Is.Empty);
        await drained.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(outbox.Depth, Is.Zero);
    }

    [Test]
    public async Task Health_SinkRetried_OutboxSectionCountsTheRetries()
    {
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(4));
        var sink = new FakeSink { FailFirst = 2 };
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance)),
            NullLogger<EventDispatcher>.Instance, new EventDispatcherSettings { InitialBackoff = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(5) });
        await dispatcher.StartAsync(CancellationToken.None);
        await bus.Channel.Writer.WriteAsync(new CameraStatusEvent { Camera = "cam", CaptureTime = DateTimeOffset.UtcNow });
        bus.Channel.Writer.Complete();
        await bus.Delivered.WaitAsync(TimeSpan.FromSeconds(30));

        using var outbox = OutboxFixture.Open(Path.Combine(_dir, "outbox.db"));
        var settings = new MqttPublisherSettings { Url = new Uri("mqtt://127.0.0.1:1"), Broker = new BrokerOptions(), Topics = OutboxFixture.Topics, StateDir = _dir };
        using var publisher = new MqttPublisher(settings, outbox, TimeProvider.System, NullLogger<MqttPublisher>.Instance);
        var report = new HealthReport { Time = DateTimeOffset.UtcNow, Device = "dev-1", Site = "lab", Transport = new MqttTransportHealth(publisher, bus).Read() };
        var json = HealthJson.ToBytes(report);

        MessageSchema.Health.AssertValid(System.Text.Encoding.UTF8.GetString(json));
        using var doc = JsonDocument.Parse(json);
        Assert.That(doc.RootElement.GetProperty("outbox").GetProperty("sink_retries").GetInt64(), Is.EqualTo(2));
    }
}
