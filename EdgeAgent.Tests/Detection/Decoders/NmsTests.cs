using EdgeAgent.Detection;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tests.Detection.Decoders;

using Detection = global::EdgeAgent.Detection.Detection;

public class NmsTests
{
    [Test]
    public void InPlace_OverlappingSameLabel_KeepsBestAndOtherLabels()
    {
        var list = new List<Detection>
        {
            new(0, "person", 0.6f, new BoxF(0, 0, 10, 20)),
            new(0, "person", 0.9f, new BoxF(1, 1, 10, 20)),
            new(1, "dog", 0.5f, new BoxF(1, 1, 10, 20)),
            new(0, "person", 0.4f, new BoxF(50, 50, 10, 20)),
        };

        Nms.InPlace(list, 0.5f, classAgnostic: false);

        Assert.That(list.Select(d => d.Score), Is.EqualTo(new[] { 0.9f, 0.5f, 0.4f }));
    }

    [Test]
    public void CandidateBuffer_Overflow_KeepsTheStrongest()
    {
        var buffer = new CandidateBuffer(8);
        buffer.Reset(0.1f);

        for (var i = 0; i < 100; i++) buffer.Add(new Candidate(0, 0.1f + i / 1000f, default));
        buffer.SortByScore();

        Assert.That(buffer.Items[0].Score, Is.EqualTo(0.1f + 99 / 1000f).Within(1e-6));
        Assert.That(buffer.Items.Length, Is.LessThanOrEqualTo(8));
        Assert.That(buffer.Items[^1].Score, Is.GreaterThan(0.18f));
    }
}
