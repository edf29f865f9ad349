using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Faces;

public sealed class FaceDetectorTests
{
    internal const int MegamindWidth = 720;
    internal const int MegamindHeight = 528;

    internal static RgbImage MegamindFrame(int index) =>
        new(RawFrames.Decode(TestPaths.Media("Megamind.avi"), MegamindWidth, MegamindHeight, 1, index)[0], MegamindWidth, MegamindHeight);

    [Test]
    public void Detect_Messi5_OneFaceWithEyesAboveNoseAboveMouth()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        var faces = FaceModels.Detector.Detect(image);
        Assert.That(faces, Has.Count.EqualTo(1), string.Join("; ", faces));
        var f = faces[0];
        Assert.That(f.Score, Is.GreaterThan(0.7f));
        // messi5.jpg (548x342): the face is in the upper middle, about 40-70 pixels wide.
        Assert.That(f.Box.CenterX, Is.InRange(180f, 320f), f.ToString());
        Assert.That(f.Box.CenterY, Is.InRange(40f, 160f), f.ToString());
        Assert.That(f.Box.W, Is.InRange(25f, 90f), f.ToString());
        var l = f.Landmarks;
        Assert.That(l.RightEye.X, Is.LessThan(l.LeftEye.X));
        Assert.That(l.Nose.Y, Is.GreaterThan(Math.Max(l.RightEye.Y, l.LeftEye.Y)));
        Assert.That(l.Mouth.Y, Is.GreaterThan(l.Nose.Y));
        for (var k = 0; k < 4; k++)
        {
            Assert.That(l[k].X, Is.InRange(f.Box.X, f.Box.Right), FaceLandmarks.Names[k]);
            Assert.That(l[k].Y, Is.InRange(f.Box.Y, f.Box.Bottom), FaceLandmarks.Names[k]);
        }
    }

    [Test]
    public void Detect_MegamindFrames_FindsAFaceInMost()
    {
        var frames = RawFrames.Decode(TestPaths.Media("Megamind.avi"), MegamindWidth, MegamindHeight, 12, 0);
        var withFace = 0;
        var lines = new List<string>();
        for (var i = 0; i < frames.Length; i += 1)
        {
            var faces = FaceModels.Detector.Detect(new RgbImage(frames[i], MegamindWidth, MegamindHeight));
            if (faces.Count > 0) withFace++;
            lines.Add($"{i}: {string.Join(", ", faces.Select(f => $"{f.Score:0.00} {f.Box}"))}");
        }
        TestContext.Out.WriteLine(string.Join("\n", lines));
        Assert.That(withFace, Is.GreaterThanOrEqualTo(frames.Length / 2), string.Join("\n", lines));
    }

    [Test]
    public void Detect_HorsesWithoutPeople_NoFace()
    {
        var faces = FaceModels.Detector.Detect(ImageCodec.DecodeFile(TestPaths.Media("horses.jpg")));
        Assert.That(faces, Is.Empty, string.Join("; ", faces));
    }

    [Test]
    public void Detect_RegionOfImage_BoxesInImagePixels()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        var whole = FaceModels.Detector.Detect(image)[0];
        var region = PixelRect.Around(new BoxF(whole.Box.X - 60, whole.Box.Y - 40, whole.Box.W + 120, whole.Box.H + 140), image.Width, image.Height);
        var found = new List<FaceDetection>();
        FaceModels.Detector.Detect(image, region, found);
        Assert.That(found, Is.Not.Empty);
        Assert.That(found[0].Box.IoU(whole.Box), Is.GreaterThan(0.6f), $"{found[0].Box} vs {whole.Box}");
    }
}
