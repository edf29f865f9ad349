using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.Tracking;
using EdgeAgent.Tracking.Zones;

namespace EdgeAgent.Tests.Tracking.Zones;

public class ZoneMonitorTests
{
    private const int W = 1000;
    private const int H = 1000;

    // A door area in the middle of the picture: x 0.4..0.6, y 0.4..0.6.
    private static readonly ZoneOptions Door = new()
    {
        Name = "door",
        Polygon = [(0.4, 0.4), (0.6, 0.4), (0.6, 0.6), (0.4, 0.6)],
        Loiter = TimeSpan.FromSeconds(10),
    };

    [Test]
    public void Update_WalksInAndOut_EnteredThenLeftAfterHysteresis()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 2);
        var person = Person(footX: 300, footY: 500);
        var entered = new List<int>();
        var left = new List<int>();
        float[] path = [300, 350, 450, 470, 490, 510, 700, 720, 740];
        for (var i = 0; i < path.Length; i++)
        {
            MoveFoot(person, path[i], 500);
            monitor.Update([person], i * 0.2, W, H);
            if (person.EnteredNow.Contains("door")) entered.Add(i);
            if (person.LeftNow.Contains("door")) left.Add(i);
        }
        Assert.That(entered, Is.EqualTo(new[] { 3 }), "inside from frame 2, committed on the second frame inside");
        Assert.That(left, Is.EqualTo(new[] { 7 }));
        Assert.That(person.Zones, Is.Empty);
    }

    [Test]
    public void Update_JitterOnTheEdge_NoEnteredOrLeft()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 2);
        var person = Person(footX: 395, footY: 500);
        var changes = 0;
        for (var i = 0; i < 40; i++)
        {
            MoveFoot(person, i % 2 == 0 ? 395 : 405, 500); // one frame in, one frame out
            monitor.Update([person], i * 0.2, W, H);
            changes += person.EnteredNow.Count + person.LeftNow.Count;
        }
        Assert.That(changes, Is.Zero);
    }

    [Test]
    public void Update_HeadInsideFeetOutside_NotInZone()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 1);
        var person = Person(footX: 500, footY: 700); // box 400..700 tall: centre at 550 (inside), feet at 700 (outside)
        Assert.That(person.Box.CenterY, Is.InRange(400, 600));
        monitor.Update([person], 0, W, H);
        Assert.That(person.Zones, Is.Empty);
    }

    [Test]
    public void Update_StaysLongerThanLoiter_LoiteringStartsOnce()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 2);
        var person = Person(footX: 500, footY: 500);
        var started = new List<double>();
        for (var i = 0; i <= 100; i++) // 20 s at 5 fps, matched only every other frame (the clock still runs)
        {
            person.Matched = i % 2 == 0;
            monitor.Update([person], i * 0.2, W, H);
            if (person.LoiterStartedNow.Count > 0) started.Add(i * 0.2);
            person.LoiterStartedNow.Clear();
        }
        Assert.That(started, Has.Count.EqualTo(1));
        Assert.That(started[0], Is.EqualTo(10).Within(0.01));
        Assert.That(person.Loitering, Is.EqualTo(new[] { "door" }));
    }

    [Test]
    public void Update_LeavesWhileLoitering_LoiteringEnds()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 1);
        var person = Person(footX: 500, footY: 500);
        for (var i = 0; i <= 60; i++) monitor.Update([person], i * 0.2, W, H);
        Assert.That(person.Loitering, Has.Count.EqualTo(1));
        MoveFoot(person, 900, 900);
        monitor.Update([person], 12.2, W, H);
        Assert.That(person.LeftNow, Is.EqualTo(new[] { "door" }));
        Assert.That(person.Loitering, Is.Empty);
    }

    [Test]
    public void Update_ZoneForCarsOnly_PersonNeverEnters()
    {
        var monitor = new ZoneMonitor([Door with { Labels = ["car"] }], hysteresisFrames: 1);
        var person = Person(footX: 500, footY: 500);
        for (var i = 0; i < 10; i++) monitor.Update([person], i * 0.2, W, H);
        Assert.That(person.Zones, Is.Empty);
    }

    [Test]
    public void Update_PredictedPositionOnly_DoesNotChangeZones()
    {
        var monitor = new ZoneMonitor([Door], hysteresisFrames: 1);
        var person = Person(footX: 300, footY: 500);
        monitor.Update([person], 0, W, H);
        person.Matched = false;
        MoveFoot(person, 500, 500);
        person.Matched = false;
        for (var i = 1; i < 5; i++) monitor.Update([person], i * 0.2, W, H);
        Assert.That(person.Zones, Is.Empty, "a lost track's predicted box is a guess, not an entry");
    }

    private static Track Person(float footX, float footY)
    {
        var t = new Track { Id = 1, Label = "person", State = TrackState.Confirmed, Matched = true };
        MoveFoot(t, footX, footY);
        return t;
    }

    private static void MoveFoot(Track t, float footX, float footY)
    {
        t.Box = new BoxF(footX - 20, footY - 300, 40, 300);
        t.Matched = true;
        t.EnteredNow.Clear();
        t.LeftNow.Clear();
    }
}
