using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Imaging;

public class ImageCodecTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("edgeagent-img");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void DecodeFile_Jpeg_HasTheImagesSizeAndContent()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("dog.jpg"));

        Assert.That((image.Width, image.Height), Is.EqualTo((768, 576)));
        // A photo, not a blank buffer: many distinct values per channel.
        Assert.That(image.Pixels.ToArray().Distinct().Count(), Is.GreaterThan(200));
    }

    [Test]
    public void DecodeFile_TruncatedJpeg_ThrowsNamingTheFile()
    {
        var bytes = File.ReadAllBytes(TestPaths.Media("dog.jpg"));
        var path = Path.Combine(_dir, "cut.jpg");
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length / 3).ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("truncated"));
    }

    [Test]
    public void DecodeFile_NotAnImage_ThrowsNamingTheFile()
    {
        var path = Path.Combine(_dir, "text.png");
        File.WriteAllText(path, "this is not a picture");

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path));
    }

    [Test]
    public void EncodeJpeg_RoundTrip_CloseToTheSource()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("person.jpg"));

        var jpeg = ImageCodec.EncodeJpeg(image, 90);
        var back = ImageCodec.Decode(jpeg, "round trip");

        Assert.That(jpeg.AsSpan(0, 2).ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8 }));
        Assert.That((back.Width, back.Height), Is.EqualTo((image.Width, image.Height)));
        double sum = 0;
        for (var i = 0; i < image.Length; i++) sum += Math.Abs(image.Data[i] - back.Data[i]);
        Assert.That(sum / image.Length, Is.LessThan(4), "mean absolute difference after a quality-90 round trip");
    }
}
