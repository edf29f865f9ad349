using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Detection;

public class PersonHeatmapTests
{
    [Test]
    public void Detect_PersonJpg_HeatmapPeaksInsideThePersonBox()
    {
        var detector = new ObjectDetector(ModelFixture.Registry.Get("centernet-coco"));
        Assert.That(detector.HasPersonHeatmap, Is.True);
        var image = ImageCodec.DecodeFile(TestPaths.Media("person.jpg"));
        var found = new List<global::EdgeAgent.Detection.Detection>();
        var map = new PersonHeatmap();
        detector.Detect(image, PixelRect.Of(image.Width, image.Height), found, map);

        Assert.That(map.Valid, Is.True);
        var person = found.Where(d => d.Label == "person").MaxBy(d => d.Score);
        Assert.That(person.Label, Is.EqualTo("person"));
        var values = map.Values;
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best]) best = i;
        }
        var (x, y) = (map.FrameX(best % map.Width), map.FrameY(best / map.Width));
        Assert.That(values[best], Is.EqualTo(person.Score).Within(0.01), "the person's score is its heatmap peak");
        Assert.That(x, Is.InRange(person.Box.X, person.Box.Right));
        Assert.That(y, Is.InRange(person.Box.Y, person.Box.Bottom));

        // Mass far from the person (the left fifth of the picture holds no one) is small next to the person's own.
        float inside = 0, far = 0;
        for (var cy = 0; cy < map.Height; cy++)
        {
            for (var cx = 0; cx < map.Width; cx++)
            {
                var v = values[(cy * map.Width) + cx];
                if (v < 0.05f) continue;
                var fx = map.FrameX(cx);
                var fy = map.FrameY(cy);
                if (fx >= person.Box.X && fx <= person.Box.Right && fy >= person.Box.Y && fy <= person.Box.Bottom) inside += v;
                else if (fx < image.Width * 0.2f) far += v;
            }
        }
        Assert.That(inside, Is.GreaterThan(1));
        Assert.That(far, Is.LessThan(inside / 10));
    }
}
