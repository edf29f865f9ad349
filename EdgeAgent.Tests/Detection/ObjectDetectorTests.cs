using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Detection;

using Detection = global::EdgeAgent.Detection.Detection;

public class ObjectDetectorTests
{
    private static List<Detection> Detect(string media, float minScore = 0.25f) =>
        ModelFixture.CenterNet.Detect(ImageCodec.DecodeFile(TestPaths.Media(media))).Where(d => d.Score >= minScore).ToList();

    private static string Describe(IEnumerable<Detection> found) => string.Join("; ", found.Select(d => $"{d.Label} {d.Score:0.00} {d.Box}"));

    [Test]
    public void Detect_DogJpg_FindsDogBicycleAndVehicleWhereYoloDoes()
    {
        var found = Detect("dog.jpg");

        // Reference boxes: YOLOv3's output on this image in OpenCV's dnn tests (../shared/datasets/objects/darknet_samples/expected.tsv).
        var dog = found.Where(d => d.Label == "dog").MaxBy(d => d.Box.IoU(new BoxF(123, 225, 198, 319)));
        var bicycle = found.Where(d => d.Label == "bicycle").MaxBy(d => d.Box.IoU(new BoxF(116, 128, 454, 302)));
        Assert.Multiple(() =>
        {
            Assert.That(dog.Box.IoU(new BoxF(123, 225, 198, 319)), Is.GreaterThanOrEqualTo(0.5f), Describe(found));
            Assert.That(bicycle.Box.IoU(new BoxF(116, 128, 454, 302)), Is.GreaterThanOrEqualTo(0.5f), Describe(found));
            Assert.That(found.Any(d => d.Label is "car" or "truck" && d.Box.IoU(new BoxF(472, 87, 220, 80)) >= 0.5f), Is.True, Describe(found));
        });
    }

    [Test]
    public void Detect_PersonJpg_FindsPersonHorseAndDog()
    {
        var found = Detect("person.jpg");

        Assert.That(found.Select(d => d.Label), Is.SupersetOf(new[] { "person", "horse", "dog" }), Describe(found));
        Assert.That(found.Count(d => d.Label == "person"), Is.EqualTo(1), Describe(found));
    }

    [Test]
    public void Detect_HorsesJpg_HorsesAndNoPerson()
    {
        var found = Detect("horses.jpg");

        Assert.That(found.Count(d => d.Label == "horse"), Is.GreaterThanOrEqualTo(3), Describe(found));
        Assert.That(found.Where(d => d.Label == "person"), Is.Empty, Describe(found));
    }

    [Test]
    public void Detect_Region_BoxesInFramePixelsInsideTheRegion()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("dog.jpg"));
        var region = new PixelRect(60, 150, 400, 400); // around the dog
        var found = new List<Detection>();

        ModelFixture.CenterNet.Detect(image, region, found);

        var dog = found.Where(d => d.Label == "dog").MaxBy(d => d.Score);
        Assert.That(dog.Box.IoU(new BoxF(123, 225, 198, 319)), Is.GreaterThanOrEqualTo(0.5f), Describe(found));
        Assert.That(found.All(d => d.Box.X >= region.X && d.Box.Right <= region.Right && d.Box.Y >= region.Y && d.Box.Bottom <= region.Bottom), Is.True);
    }
}
