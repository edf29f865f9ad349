using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The dispatcher never drops: a refusing sink is retried while the bus holds the cameras back; one that never recovers stops the agent with exit code 1.</summary>
[NonParallelizable]
public sealed class EventDispatcherTests
{
    private static readonly EventDispatcherSettings Quick = new()
    {
        InitialBackoff = TimeSpan.FromMilliseconds(1),
        MaxBackoff = TimeSpan.FromMilliseconds(20),
        GiveUpAfter = TimeSpan.FromSeconds(30),
    };

    private int _exitCode;

    [SetUp]
    public void SaveExitCode()
    {
        _exitCode = Environment.ExitCode;
        Environment.ExitCode = 0;
    }

    [TearDown]
    public void RestoreExitCode() => Environment.ExitCode = _exitCode;

    private static AgentEvent[] Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CameraStatusEvent { Camera = "cam", CaptureTime = DateTimeOffset.UtcNow, Frame = i })];

    private static ApplicationLifetime Lifetime() => new(NullLogger<ApplicationLifetime>.Instance);

    [Test]
    public async Task Dispatch_SinkFailsThreeTimesThenTakes_EveryEventOnceInOrder()
    {
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(4));
        var sink = new FakeSink { FailFirst = 3 };
        var lifetime = Lifetime();
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(lifetime), NullLogger<EventDispatcher>.Instance, Quick);
        await dispatcher.StartAsync(CancellationToken.None);
        var sent = Events(50);
        foreach (var e in sent) await bus.Channel.Writer.WriteAsync(e);
        bus.Channel.Writer.Complete();

        await bus.Delivered.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(sink.Accepted.Select(e => e.Id), Is.EqualTo(sent.Select(e => e.Id)), "every event once, in order");
            Assert.That(sink.Calls, Is.EqualTo(53), "three refusals, then one hand-over per event");
            Assert.That(bus.SinkRetries, Is.EqualTo(3), "each retry counted for health");
            Assert.That(bus.Undelivered, Is.Zero);
            Assert.That(lifetime.ApplicationStopping.IsCancellationRequested, Is.False, "a failure that passed does not stop the agent");
            Assert.That(Environment.ExitCode, Is.Zero);
        });
    }

    [Test]
    public async Task Dispatch_SinkRefusesForAWhile_CamerasHeldBackNothingDropped()
    {
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(4));
        var sink = new FakeSink { Refusing = true };
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(Lifetime()), NullLogger<EventDispatcher>.Instance, Quick);
        await dispatcher.StartAsync(CancellationToken.None);
        var sent = Events(20);
        var writer = Task.Run(async () =>
        {
            foreach (var e in sent) await bus.Channel.Writer.WriteAsync(e);
            bus.Channel.Writer.Complete();
        });

        // The first event is in the dispatcher's hands and four wait in the bus: the camera's sixth write must wait.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((sink.Calls < 5 || bus.Channel.Reader.Count < 4) && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Multiple(() =>
        {
            Assert.That(bus.Channel.Reader.Count, Is.EqualTo(4), "the bus is full");
            Assert.That(writer.IsCompleted, Is.False, "the writer waits instead of losing events");
            Assert.That(sink.Accepted, Is.Empty);
        });
        sink.Refusing = false;
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        await bus.Delivered.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(sink.Accepted.Select(e => e.Id), Is.EqualTo(sent.Select(e => e.Id)));
        Assert.That(bus.SinkRetries, Is.EqualTo(sink.Calls - sent.Length));
    }

    [Test]
    public async Task Dispatch_SinkAlwaysFails_HostStopsWithExitCode1AndTheLossIsCounted()
    {
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(16));
        var sink = new FakeSink { Refusing = true };
        var lifetime = Lifetime();
        var logger = new ListLogger<EventDispatcher>();
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(lifetime), logger, Quick with { GiveUpAfter = TimeSpan.FromMilliseconds(300) });
        foreach (var e in Events(5)) await bus.Channel.Writer.WriteAsync(e);
        await dispatcher.StartAsync(CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(30), lifetime.ApplicationStopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // The cameras end as the host stops: their last events are read and counted, not left blocking on a full bus.
        foreach (var e in Events(3)) await bus.Channel.Writer.WriteAsync(e);
        bus.Channel.Writer.Complete();
        await dispatcher.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        var critical = logger.Entries.Where(e => e.Level == LogLevel.Critical).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lifetime.ApplicationStopping.IsCancellationRequested, Is.True, "the host is stopped");
            Assert.That(Environment.ExitCode, Is.EqualTo(1), "so systemd restarts the agent");
            Assert.That(critical, Has.Count.EqualTo(1), "one clear line");
            Assert.That(critical.Single().Message, Does.Contain(nameof(FakeSink)).And.Contain("fake sink refuses"), "naming the sink and its error");
            Assert.That(bus.Delivered.IsFaulted, Is.True);
            Assert.That(bus.Delivered.Exception!.InnerException, Is.TypeOf<IOException>());
            Assert.That(bus.Undelivered, Is.EqualTo(8), "every event that did not reach the sink is counted");
            Assert.That(sink.Accepted, Is.Empty);
        });
    }

    [Test]
    public async Task Stop_HostGivesUpWhileSinkRefuses_SaysEventsAreLostAndExitsWith1()
    {
        var bus = new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(16));
        var sink = new FakeSink { Refusing = true };
        var logger = new ListLogger<EventDispatcher>();
        using var dispatcher = new EventDispatcher(bus, [sink], new HostLifecycle(Lifetime()), logger, Quick);
        foreach (var e in Events(3)) await bus.Channel.Writer.WriteAsync(e);
        bus.Channel.Writer.Complete();
        await dispatcher.StartAsync(CancellationToken.None);
        while (sink.Calls < 2) await Task.Delay(10);

        // The host's shutdown timeout: it stops waiting although the dispatcher still holds events.
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200))) await dispatcher.StopAsync(timeout.Token);

        Assert.Multiple(() =>
        {
            Assert.That(Environment.ExitCode, Is.EqualTo(1), "a stop that loses events is not a clean exit");
            Assert.That(logger.Entries.Where(e => e.Level == LogLevel.Critical).Select(e => e.Message), Has.Some.Contains("lost"));
        });
        // Let it finish, so nothing runs on after the test.
        sink.Refusing = false;
        await dispatcher.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(sink.Accepted, Has.Count.EqualTo(3));
    }
}
