using EdgeAgent.Events;
using EdgeAgent.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Outbox;

public sealed class OutboxFaultTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Test]
    public void Enter_NoSpace_StartsOnceAsDiskFull_LaterErrorsOnlyChangeTheMessage()
    {
        var fault = new OutboxFault("/state/outbox.db", _time);
        Assert.That(fault.Enter("store object event", new IOException("No space left on device")), Is.True, "the first failure starts it");
        Assert.That(fault.Enter("flush to disk", new InvalidOperationException("page must be writable")), Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(fault.Active, Is.True);
            Assert.That(fault.Message, Is.EqualTo("outbox /state/outbox.db: cannot flush to disk: page must be writable"));
            Assert.That(fault.Event("start").Reason, Is.EqualTo(DeviceEvent.DiskFull), "the reason is the one that started it");
        });
        _time.Advance(TimeSpan.FromSeconds(12));
        Assert.That(fault.End(), Is.EqualTo(TimeSpan.FromSeconds(12)));
        Assert.That((fault.Active, fault.Message), Is.EqualTo((false, (string?)null)));
        fault.Enter("store", new UnauthorizedAccessException("read-only file system"));
        Assert.That(fault.Event("start") is { Reason: DeviceEvent.OutboxFailing, Priority: EventPriority.High, Camera: "" }, Is.True);
    }

    [Test]
    public void RepairDue_OnceASecondWhileFailing()
    {
        var fault = new OutboxFault("/state/outbox.db", _time);
        Assert.That(fault.RepairDue, Is.False, "nothing to repair");
        fault.Enter("store", new IOException("No space left on device"));
        fault.ScheduleRepair();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.That(fault.RepairDue, Is.False);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(fault.RepairDue, Is.True);
        fault.ScheduleRepair();
        fault.RepairNow();
        Assert.That(fault.RepairDue, Is.True, "a last try before closing");
    }

    [Test]
    public void CountDrop_EveryDropCounted_OneLogLineAMinute()
    {
        var fault = new OutboxFault("/state/outbox.db", _time);
        fault.Enter("store", new IOException("No space left on device"));
        var logs = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            logs.Add(fault.CountDrop().Log);
            _time.Advance(TimeSpan.FromSeconds(20));
        }
        Assert.That(logs, Is.EqualTo(new[] { true, false, false, true, false }));
        Assert.That((fault.Unwritable, fault.UnwritableSinceStart), Is.EqualTo((5L, 5L)));
        fault.End();
        fault.Enter("store", new IOException("No space left on device"));
        fault.CountDrop();
        Assert.That((fault.Unwritable, fault.UnwritableSinceStart), Is.EqualTo((6L, 1L)), "the total survives a recovery, the failure's own count does not");
    }
}
