using EdgeAgent.Configuration;
using EdgeAgent.Crowds;

namespace EdgeAgent.Tests.Crowds;

public class CrowdAlarmTests
{
    private static readonly CrowdOptions Options = new()
    {
        Threshold = 10,
        Lower = 8,
        MinDuration = TimeSpan.FromSeconds(5),
        ClearDuration = TimeSpan.FromSeconds(2),
        UpdateInterval = TimeSpan.FromSeconds(10),
    };

    private static List<(double Time, CrowdPhase Phase)> Feed(CrowdAlarm alarm, double from, double to, Func<double, float> occupancy, double step = 0.25)
    {
        // Quarter seconds are exact in binary: the times below compare without rounding slack.
        var phases = new List<(double, CrowdPhase)>();
        for (var i = 0; from + (i * step) < to; i++)
        {
            var t = from + (i * step);
            var p = alarm.Update(t, occupancy(t));
            if (p != CrowdPhase.None) phases.Add((Math.Round(t, 1), p));
        }
        return phases;
    }

    [Test]
    public void Update_OverForLessThanMinDuration_NoStart()
    {
        var alarm = new CrowdAlarm(Options);
        var phases = Feed(alarm, 0, 30, t => t % 8 < 4.5 ? 12 : 5); // 4.5 s over, then under, again and again
        Assert.That(phases, Is.Empty);
        Assert.That(alarm.Active, Is.False);
    }

    [Test]
    public void Update_OverForMinDuration_StartsOnceAtTheDuration()
    {
        var alarm = new CrowdAlarm(Options);
        var phases = Feed(alarm, 0, 20, t => t >= 3 ? 11 : 4);
        Assert.That(phases, Is.EqualTo(new[] { (8.0, CrowdPhase.Start) }));
        Assert.That(alarm.StartedAt, Is.EqualTo(3).Within(1e-9), "the alarm dates from when the zone first got full");
    }

    [Test]
    public void Update_HoveringAtTheThreshold_NoFlapping()
    {
        var alarm = new CrowdAlarm(Options);
        Feed(alarm, 0, 6, _ => 10);
        Assert.That(alarm.Active, Is.True);
        // 9 and 10 alternate every frame, and dips to 7 shorter than the clear duration: one alarm all along.
        var phases = Feed(alarm, 6, 60, t => (int)(t * 5) % 2 == 0 ? 10 : 9);
        phases.AddRange(Feed(alarm, 60, 120, t => t % 5 < 1.5 ? 7 : 9));
        Assert.That(phases.Where(p => p.Phase != CrowdPhase.Update), Is.Empty);
        Assert.That(alarm.Active, Is.True);
    }

    [Test]
    public void Update_BelowLowerForClearDuration_EndsOnce()
    {
        var alarm = new CrowdAlarm(Options);
        Feed(alarm, 0, 6, _ => 12);
        var phases = Feed(alarm, 6, 20, t => t < 10 ? 12 : 6);
        Assert.That(phases, Is.EqualTo(new[] { (12.0, CrowdPhase.End) }));
        Assert.That(alarm.Peak, Is.EqualTo(12f));
        Assert.That(Feed(alarm, 20, 40, _ => 6), Is.Empty, "no second end, no new start below the threshold");
    }

    [Test]
    public void Update_CountChangesEveryFrame_UpdatesAtMostEveryInterval()
    {
        var alarm = new CrowdAlarm(Options);
        Feed(alarm, 0, 5, _ => 12);
        var phases = Feed(alarm, 5, 45, t => 12 + ((int)(t * 5) % 3));
        var updates = phases.Where(p => p.Phase == CrowdPhase.Update).Select(p => p.Time).ToList();
        Assert.That(updates, Is.EqualTo(new[] { 15.0, 25.0, 35.0 }));
    }

    [Test]
    public void Update_CountUnchanged_NoUpdates()
    {
        var alarm = new CrowdAlarm(Options);
        Assert.That(Feed(alarm, 0, 100, _ => 11).Select(p => p.Phase), Is.EqualTo(new[] { CrowdPhase.Start }));
    }

    [Test]
    public void EndNow_OpenAlarm_EndsAndRearms()
    {
        var alarm = new CrowdAlarm(Options);
        Feed(alarm, 0, 6, _ => 12);
        Assert.That(alarm.EndNow(), Is.True);
        Assert.That(alarm.EndNow(), Is.False);
        Assert.That(Feed(alarm, 10, 16, _ => 12).Select(p => p.Phase), Is.EqualTo(new[] { CrowdPhase.Start }), "a new stream starts a new alarm after its own minimum duration");
    }
}
