using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Imaging;

/// <summary>Hostile still images: every one fails with a message naming the file, none reaches the pixel decoder with a lying size.</summary>
public sealed class ImageBombTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("edgeagent-bomb");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    [Test]
    public void DecodeFile_SmallGeneratedPng_Decodes()
    {
        // The generator's PNGs are sound: the bomb tests below fail on the size, not on a broken file.
        var path = HostileImages.Png(At("ok.png"), 64, 48, rows: 48);

        var image = ImageCodec.DecodeFile(path);

        Assert.That((image.Width, image.Height), Is.EqualTo((64, 48)));
    }

    [Test]
    public void DecodeFile_PngHeaderClaiming60000Squared_RefusedWithItsSize()
    {
        var path = HostileImages.Png(At("bomb.png"), 60000, 60000, rows: 16);
        Assert.That(new FileInfo(path).Length, Is.LessThan(64 * 1024), "the bomb is a small file");

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("60000x60000").And.Contain("limits.max_image_pixels"));
    }

    [Test]
    public void DecodeFile_JpegFrameHeaderClaiming65500Squared_RefusedWithItsSize()
    {
        var path = HostileImages.JpegClaiming(TestPaths.Media("dog.jpg"), At("bomb.jpg"), 65500, 65500);

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("65500x65500"));
    }

    [Test]
    public void DecodeFile_PngWiderThanAnySide_Refused()
    {
        // 70000 x 10 is only 0.7 MP, but no side may exceed 65535.
        var path = HostileImages.Png(At("wide.png"), 70000, 10, rows: 1);

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("70000x10"));
    }

    [Test]
    public void DecodeFile_RealPngOver40Megapixels_RefusedWithoutAllocatingItsPixels()
    {
        // A complete, valid 6400x6400 (41 MP) black PNG: honest, just too large.
        var path = HostileImages.Png(At("big.png"), 6400, 6400, rows: 6400);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("6400x6400").And.Contain("41 MP"));
        Assert.That(allocated, Is.LessThan(16L << 20), "the 164 MB pixel buffer was never allocated");
    }

    [Test]
    public void DecodeFile_OverConfiguredLimit_RefusedThoughUnderTheDefault()
    {
        var dog = TestPaths.Media("dog.jpg");
        var limits = new ImageLimits { MaxPixels = 100_000 };

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(dog, limits));

        Assert.That(ex!.Message, Does.StartWith(dog).And.Contain("768x576").And.Contain("0.1 MP"));
        Assert.That(ImageCodec.DecodeFile(dog).Width, Is.EqualTo(768));
    }

    [Test]
    public void DecodeFile_PngWithTooFewRows_ReportedTruncated()
    {
        var path = HostileImages.Png(At("short.png"), 2000, 2000, rows: 10);

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("truncated"));
    }

    [Test]
    public void DecodeFile_ZeroBytes_ReportedEmpty()
    {
        var path = HostileImages.Empty(At("empty.jpg"));

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("empty"));
    }

    [Test]
    public void DecodeFile_TextNamedJpg_ReportedNotAnImage()
    {
        var path = HostileImages.Text(At("note.jpg"));

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));

        Assert.That(ex!.Message, Does.StartWith(path).And.Contain("not a readable image"));
    }

    [Test]
    public void Decode_BytesOfABomb_RefusedWithTheGivenName()
    {
        // The in-memory path (bundles, commands) checks as the file path does.
        var bytes = File.ReadAllBytes(HostileImages.Png(At("bomb.png"), 60000, 60000, rows: 1));

        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.Decode(bytes, "upload.png"));

        Assert.That(ex!.Message, Does.StartWith("upload.png: ").And.Contain("60000x60000"));
    }
}
