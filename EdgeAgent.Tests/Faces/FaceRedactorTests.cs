using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Control.Commands;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Faces;

public sealed class FaceRedactorTests
{
    private static readonly Lazy<FaceRedactor> Shared = new(() =>
        new FaceRedactor(ModelFixture.Registry.Get("blazeface-back-256")));

    [Test]
    public void Redact_Messi5_FaceDetailGoneNoFaceFoundAfterRestUntouched()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        var original = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        var redaction = Shared.Value.Redact(image);
        var faces = redaction.Faces;
        TestContext.Out.WriteLine(string.Join("\n", faces.Select(f => $"{f.Score:F2} {f.Box}")));
        // Messi's face, and the lower-scored blurry faces of the crowd behind him that the tiles bring out.
        Assert.That(faces, Has.Count.GreaterThanOrEqualTo(1));
        var messi = faces[0];
        Assert.That(messi.Score, Is.GreaterThan(0.8f));
        var box = PixelRect.Around(messi.Box, image.Width, image.Height);
        var before = CameraSnapshotTests.GradientEnergy(original, box);
        var after = CameraSnapshotTests.GradientEnergy(image, box);
        TestContext.Out.WriteLine($"face {messi.Box}: gradient energy {before:F2} -> {after:F2}; {redaction.Regions.Count} regions, {redaction.FlatFilled} filled flat");
        var touched = new bool[image.Width * image.Height];
        foreach (var g in redaction.Regions)
        {
            for (var y = g.Y; y < g.Bottom; y++) touched.AsSpan(y * image.Width + g.X, g.W).Fill(true);
        }
        var changedOutside = 0;
        for (var i = 0; i < touched.Length; i++)
        {
            if (!touched[i] && !image.Pixels.Slice(i * 3, 3).SequenceEqual(original.Pixels.Slice(i * 3, 3))) changedOutside++;
        }
        Assert.Multiple(() =>
        {
            Assert.That(after, Is.LessThan(before * 0.2), "the face's detail collapses");
            Assert.That(Shared.Value.Find(image).Where(f => f.Box.IoU(messi.Box) > 0.1f), Is.Empty, "nothing face-like is left where the face was");
            Assert.That(Shared.Value.Find(image, confidentOnly: true), Is.Empty, "BlazeFace at its shipped threshold finds no face anywhere");
            Assert.That(changedOutside, Is.Zero, "pixels outside the grown face boxes are untouched");
        });
    }

    [Test]
    public void Redact_MegamindFrames_NoFaceFoundAfter()
    {
        var frames = RawFrames.Decode(TestPaths.Media("Megamind.avi"), FaceDetectorTests.MegamindWidth, FaceDetectorTests.MegamindHeight, 6, 0);
        var redacted = 0;
        foreach (var data in frames)
        {
            var image = new RgbImage(data, FaceDetectorTests.MegamindWidth, FaceDetectorTests.MegamindHeight);
            redacted += Shared.Value.Redact(image).Faces.Count;
            Assert.That(Shared.Value.Find(image, confidentOnly: true), Is.Empty);
        }
        Assert.That(redacted, Is.GreaterThanOrEqualTo(frames.Length / 2), "the clip shows a face in most frames");
    }

    [Test]
    public void Redact_HorsesWithoutPeople_ImageUntouched()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("horses.jpg"));
        var copy = image.Pixels.ToArray();
        Assert.That(Shared.Value.Redact(image).Regions, Is.Empty);
        Assert.That(image.Pixels.ToArray(), Is.EqualTo(copy));
    }

    [TestCase(640, 360, 3)]
    [TestCase(1920, 1080, 3)]
    [TestCase(360, 640, 3)]
    [TestCase(500, 420, 0)]
    public void Tiles_FrameShape_SquaresCoveringTheLongSide(int width, int height, int expected)
    {
        var tiles = FaceRedactor.Tiles(width, height);
        Assert.That(tiles, Has.Count.EqualTo(expected));
        for (var i = 0; i < tiles.Count; i++)
        {
            Assert.That(tiles[i].IsInside(width, height), Is.True, tiles[i].ToString());
            Assert.That(tiles[i].W, Is.EqualTo(tiles[i].H));
        }
        if (expected > 0)
        {
            Assert.That(width >= height ? tiles[^1].Right : tiles[^1].Bottom, Is.EqualTo(Math.Max(width, height)), "the last tile reaches the far edge");
        }
    }
}
