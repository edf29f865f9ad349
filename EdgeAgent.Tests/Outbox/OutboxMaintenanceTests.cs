using EdgeAgent.Events;
using EdgeAgent.Outbox;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Outbox;

public sealed class OutboxMaintenanceTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("outbox-maintenance");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task NoTraffic_SpaceReturns_TheHeartbeatRepairsAndStoresWhatWasHeld()
    {
        using var disk = SmallDisk.Mount(_dir, "1m");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var outbox = OutboxFixture.Open(Path.Combine(disk.Path, "outbox.db"), time: time);
        using var maintenance = new OutboxMaintenance(outbox, time);
        await maintenance.StartAsync(CancellationToken.None);
        disk.Fill();
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        Assert.That(outbox.Fault, Is.Not.Null);
        Assert.That(outbox.Held, Is.EqualTo(2), "the match and the outbox's own disk_full alarm");

        // Space returns while no camera sends and no publisher reads: only the heartbeat can notice.
        disk.Free();
        for (var i = 0; i < 20 && outbox.Fault is not null; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }
        Assert.That(outbox.Fault, Is.Null);
        Assert.That(outbox.Held, Is.Zero);
        Assert.That(outbox.Depth, Is.EqualTo(3), "the match, disk_full start and end, now on disk");
        await maintenance.StopAsync(CancellationToken.None);
    }
}
