using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.Tracking;
using EdgeAgent.Tracking.Zones;

namespace EdgeAgent.Tests.Tracking.Zones;

public class LineCounterTests
{
    private const int W = 1000;
    private const int H = 1000;

    // A horizontal line drawn left to right across the middle: "ab" is moving down the picture.
    private static readonly LineOptions Gate = new() { Name = "gate", A = (0.2, 0.5), B = (0.8, 0.5) };

    private readonly List<LineCrossing> _crossings = [];

    [Test]
    public void Update_WalksDownAcross_CountsOneAToB()
    {
        var counter = new LineCounter([Gate], hysteresisFrames: 2);
        var person = Person(1);
        var found = Walk(counter, person, (500, 400), (500, 450), (500, 490), (500, 520), (500, 560), (500, 600));

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Direction, Is.EqualTo(LineDirection.AToB));
        Assert.That(found[0].Count, Is.EqualTo(1));
        Assert.That(counter.Counts.Get("gate", "person", LineDirection.AToB), Is.EqualTo(1));
        Assert.That(counter.Counts.Get("gate", "person", LineDirection.BToA), Is.Zero);
    }

    [Test]
    public void Update_TwoWalkUpAcross_CountsTwoBToA()
    {
        var counter = new LineCounter([Gate], hysteresisFrames: 2);
        Walk(counter, Person(1), (300, 600), (300, 540), (300, 480), (300, 420));
        var found = Walk(counter, Person(2), (700, 600), (700, 540), (700, 480), (700, 420));

        Assert.That(found.Single().Direction, Is.EqualTo(LineDirection.BToA));
        Assert.That(found.Single().Count, Is.EqualTo(2));
        Assert.That(counter.Counts.Total("gate", LineDirection.BToA), Is.EqualTo(2));
        Assert.That(counter.Counts.Total("gate", LineDirection.AToB), Is.Zero);
    }

    [Test]
    public void Update_JitterAroundTheLineThenAcross_CountsOnce()
    {
        var counter = new LineCounter([Gate], hysteresisFrames: 2);
        var found = Walk(counter, Person(1),
            (500, 440), (500, 495), (500, 505), (500, 495), (500, 505), (500, 497), (500, 503), (500, 496),
            (500, 510), (500, 520), (500, 505), (500, 498), (500, 530), (500, 560));

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(counter.Counts.Get("gate", "person", LineDirection.AToB), Is.EqualTo(1));
        Assert.That(counter.Counts.Get("gate", "person", LineDirection.BToA), Is.Zero);
    }

    [Test]
    public void Update_PassesBeyondTheEndOfTheLine_NoCount()
    {
        var counter = new LineCounter([Gate], hysteresisFrames: 2);
        var found = Walk(counter, Person(1), (900, 400), (900, 450), (900, 550), (900, 600), (900, 650));
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Update_CrossesWhileTentative_CountsOnceConfirmed()
    {
        var counter = new LineCounter([Gate], hysteresisFrames: 2);
        var person = Person(1);
        person.WasConfirmed = false;
        Assert.That(Walk(counter, person, (500, 450), (500, 480), (500, 520), (500, 550)), Is.Empty);
        person.WasConfirmed = true;
        var found = Walk(counter, person, (500, 570), (500, 590));
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Direction, Is.EqualTo(LineDirection.AToB));
    }

    [Test]
    public void Update_LineForCarsOnly_PersonNotCounted()
    {
        var counter = new LineCounter([Gate with { Labels = ["car"] }], hysteresisFrames: 1);
        Assert.That(Walk(counter, Person(1), (500, 400), (500, 600), (500, 700)), Is.Empty);
    }

    private List<LineCrossing> Walk(LineCounter counter, Track track, params (float X, float Y)[] feet)
    {
        var all = new List<LineCrossing>();
        foreach (var (x, y) in feet)
        {
            track.Box = new BoxF(x - 20, y - 100, 40, 100);
            track.Matched = true;
            counter.Update([track], W, H, _crossings);
            all.AddRange(_crossings);
        }
        return all;
    }

    private static Track Person(long id) => new() { Id = id, Label = "person", State = TrackState.Confirmed, WasConfirmed = true };
}
