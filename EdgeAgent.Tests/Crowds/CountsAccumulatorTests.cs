using EdgeAgent.Crowds;
using EdgeAgent.Events;

namespace EdgeAgent.Tests.Crowds;

public class CountsAccumulatorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static EventOrigin At(double seconds, long frame) => new("cam", T0.AddSeconds(seconds), frame, 0, 1000, 1000);

    private static CountsAccumulator Make(TimeSpan interval) =>
        new(interval, ["hall"], [true], [false], ["door", "road"], [true, false], [true, true]);

    [Test]
    public void BeginFrame_TwoAndAHalfIntervals_OneMessagePerIntervalAndAPartialOnFlush()
    {
        var counts = Make(TimeSpan.FromSeconds(10));
        var messages = new List<CountsEvent>();
        for (var i = 0; i < 125; i++)
        {
            var t = i * 0.2;
            if (counts.BeginFrame(t, At(t, i)) is { } e) messages.Add(e);
            counts.AddZone(0, i < 50 ? 2 : 4, 0);
        }
        if (counts.Flush(At(24.8, 124)) is { } last) messages.Add(last);

        Assert.That(messages, Has.Count.EqualTo(3));
        Assert.That(messages.Select(m => m.Duration), Is.EqualTo(new[] { 10, 10, 4.8 }).Within(1e-6));
        Assert.That(messages.Select(m => m.Start), Is.EqualTo(new[] { T0, T0.AddSeconds(10), T0.AddSeconds(20) }));
        Assert.That(messages.Select(m => m.CaptureTime), Is.EqualTo(new[] { T0.AddSeconds(10), T0.AddSeconds(20), T0.AddSeconds(24.8) }), "ts is the end of each interval");
        Assert.That(messages[0].Zones[0].People, Is.EqualTo(new OccupancySummary(2, 2, 2)));
        Assert.That(messages[1].Zones[0].People, Is.EqualTo(new OccupancySummary(4, 4, 4)));
        Assert.That(messages[0].Zones[0].Vehicles, Is.Null, "the zone counts people only");
        Assert.That(counts.Flush(At(25, 125)), Is.Null, "nothing open after a flush");
    }

    [Test]
    public void BeginFrame_StreamFasterThanClock_EndNotAfterClosingFrameAndNoOverlap()
    {
        // A file read as fast as the pipeline goes: 0.2 s of stream per frame, 0.05 s of capture clock.
        var counts = Make(TimeSpan.FromSeconds(10));
        var messages = new List<CountsEvent>();
        var origins = new List<EventOrigin>();
        for (var i = 0; i < 110; i++)
        {
            var t = i * 0.2;
            var origin = new EventOrigin("cam", T0.AddSeconds(i * 0.05), i, 0, 1000, 1000);
            if (counts.BeginFrame(t, origin) is { } e)
            {
                messages.Add(e);
                origins.Add(origin);
            }
        }
        Assert.That(messages, Has.Count.EqualTo(2));
        for (var i = 0; i < messages.Count; i++) Assert.That(messages[i].CaptureTime, Is.LessThanOrEqualTo(origins[i].CaptureTime), "ts is never after the frame that closed the interval");
        Assert.That(messages[1].Start, Is.GreaterThanOrEqualTo(messages[0].CaptureTime), "the second interval begins where the first ended");
    }

    [Test]
    public void AddZone_ChangingOccupancy_MinMaxMean()
    {
        var counts = Make(TimeSpan.FromSeconds(60));
        counts.BeginFrame(0, At(0, 0));
        float[] people = [1, 3, 5, 3];
        for (var i = 0; i < people.Length; i++)
        {
            counts.BeginFrame(i, At(i, i));
            counts.AddZone(0, people[i], 0);
        }
        var e = counts.Flush(At(3, 3))!;
        Assert.That(e.Zones[0].People, Is.EqualTo(new OccupancySummary(1, 5, 3)));
    }

    [Test]
    public void AddCrossing_BothDirections_CountedPerLineGroupAndDirection()
    {
        var counts = Make(TimeSpan.FromSeconds(60));
        counts.BeginFrame(0, At(0, 0));
        counts.AddCrossing(0, vehicle: false, aToB: true);
        counts.AddCrossing(0, vehicle: false, aToB: true);
        counts.AddCrossing(0, vehicle: false, aToB: false);
        counts.AddCrossing(1, vehicle: true, aToB: false);
        var first = counts.BeginFrame(61, At(61, 1))!;
        counts.AddCrossing(0, vehicle: true, aToB: true);
        var second = counts.Flush(At(62, 2))!;

        Assert.That(first.Lines[0], Is.EqualTo(new LineTally("door", new FlowCounts(2, 1), new FlowCounts(0, 0))));
        Assert.That(first.Lines[1], Is.EqualTo(new LineTally("road", null, new FlowCounts(0, 1))));
        Assert.That(second.Lines[0].People, Is.EqualTo(new FlowCounts(0, 0)), "each interval starts from zero");
        Assert.That(second.Lines[0].Vehicles, Is.EqualTo(new FlowCounts(1, 0)));
    }

    [Test]
    public void BeginFrame_StreamSkipsTwoIntervals_OneMessageThenAlignsToTheNewFrame()
    {
        var counts = Make(TimeSpan.FromSeconds(10));
        counts.BeginFrame(0, At(0, 0));
        var e = counts.BeginFrame(35, At(35, 1));
        Assert.That(e, Is.Not.Null);
        Assert.That(counts.BeginFrame(44, At(44, 2)), Is.Null, "the next interval runs 35..45, not 10..20");
        Assert.That(counts.BeginFrame(45, At(45, 3))!.Start, Is.EqualTo(T0.AddSeconds(35)));
    }
}
