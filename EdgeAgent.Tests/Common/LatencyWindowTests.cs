using EdgeAgent.Common;

using EdgeAgent.Diagnostics;
using EdgeAgent.Models;

namespace EdgeAgent.Tests.Common;

public sealed class LatencyWindowTests
{
    [Test]
    public void TakeWindow_OneToHundred_MedianFiftyP95NinetyFive()
    {
        var w = new LatencyWindow("detector");
        // Recorded out of order: the window sorts.
        for (var i = 100; i >= 1; i--) w.RecordMilliseconds(i);

        var s = w.TakeWindow();

        Assert.That(s, Is.EqualTo(new LatencyStats("detector", 100, 50, 95, 100)));
    }

    [Test]
    public void TakeWindow_SecondCall_CoversOnlyNewSamples()
    {
        var w = new LatencyWindow("m");
        w.RecordMilliseconds(100);
        w.RecordMilliseconds(100);
        w.TakeWindow();
        w.Record(TimeSpan.FromMilliseconds(7));

        var s = w.TakeWindow();
        var empty = w.TakeWindow();

        Assert.That(s.Count, Is.EqualTo(1));
        Assert.That(s.MedianMs, Is.EqualTo(7));
        Assert.That(empty, Is.EqualTo(new LatencyStats("m", 0, null, null, null)));
    }

    [Test]
    public void TakeWindow_MoreSamplesThanCapacity_KeepsTheNewest()
    {
        var w = new LatencyWindow("m", capacity: 8);
        for (var i = 1; i <= 20; i++) w.RecordMilliseconds(i);

        var s = w.TakeWindow();

        Assert.That(s.Count, Is.EqualTo(8));
        Assert.That(s.MaxMs, Is.EqualTo(20));
        Assert.That(s.MedianMs, Is.EqualTo(16), "13..20: nearest-rank median is the 4th");
        Assert.That(w.Total, Is.EqualTo(20));
    }

    [Test]
    public async Task Record_FromSeveralThreads_LosesNoCount()
    {
        var w = new LatencyWindow("m", capacity: 1 << 16);
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++) w.RecordMilliseconds(t + 1);
        }));
        await Task.WhenAll(writers);

        var s = w.TakeWindow();

        Assert.That(w.Total, Is.EqualTo(40_000));
        Assert.That(s.Count, Is.EqualTo(40_000));
        Assert.That(s.MaxMs, Is.EqualTo(4));
    }

    [Test]
    public void InferenceMetrics_For_SameNameSameWindowAndSortedSnapshot()
    {
        var metrics = new InferenceMetrics();
        metrics.For("yolo").RecordMilliseconds(30);
        metrics.For("blazeface").RecordMilliseconds(2);

        var yolo = metrics.For("yolo");
        Assert.That(metrics.For("yolo"), Is.SameAs(yolo));
        Assert.That(metrics.TakeWindows().Select(s => (s.Name, s.Count)), Is.EqualTo(new[] { ("blazeface", 1), ("yolo", 1) }));
    }
}
