using EdgeAgent.Faces;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tests.Faces;

public sealed class FaceAlignerTests
{
    [Test]
    public void Similarity_RotatedScaledShiftedPoints_RecoversTheMapExactly()
    {
        var truth = Affine2x3.Similarity(1.7f, 0.4f, 31, -12);
        PointF[] from = [new(10, 20), new(60, 22), new(35, 50), new(36, 75)];
        var to = from.Select(p => { var (x, y) = truth.Apply(p.X, p.Y); return new PointF(x, y); }).ToArray();
        var map = FaceAligner.Similarity(from, to);
        Assert.That(map.M00, Is.EqualTo(truth.M00).Within(1e-4));
        Assert.That(map.M01, Is.EqualTo(truth.M01).Within(1e-4));
        Assert.That(map.M02, Is.EqualTo(truth.M02).Within(1e-3));
        Assert.That(map.M10, Is.EqualTo(truth.M10).Within(1e-4));
        Assert.That(map.M12, Is.EqualTo(truth.M12).Within(1e-3));
    }

    [Test]
    public void Transform_SimilarityMode_PutsKeypointsOnTheTemplate()
    {
        // A face tilted by 20 degrees: after alignment the eyes are level and on the template.
        var tilt = Affine2x3.Similarity(0.8f, 20 * MathF.PI / 180, 300, 150);
        PointF P(PointF t) { var (x, y) = tilt.Apply(t.X, t.Y); return new PointF(x, y); }
        var l = new FaceLandmarks(P(FaceAligner.Template224[0]), P(FaceAligner.Template224[1]), P(FaceAligner.Template224[2]), P(FaceAligner.Template224[3]), default, default);
        var face = new FaceDetection(new BoxF(0, 0, 10, 10), 0.9f, l);
        var map = new FaceAligner(FaceCropMode.Similarity).Transform(face);
        for (var k = 0; k < 4; k++)
        {
            var (x, y) = map.Apply(l[k].X, l[k].Y);
            Assert.That(x, Is.EqualTo(FaceAligner.Template224[k].X).Within(0.01), $"keypoint {k}");
            Assert.That(y, Is.EqualTo(FaceAligner.Template224[k].Y).Within(0.01), $"keypoint {k}");
        }
    }

    [Test]
    public void Align_SquareMode_BoxCentreLandsOnCropCentreAndOutsideIsBlack()
    {
        // A white 40x40 square at (10, 10) of a black 100x100 image; box = the square, crop 1.3x -> 52 px around it.
        var image = RgbImage.Create(100, 100);
        for (var y = 10; y < 50; y++) image.Data.AsSpan((y * 100 + 10) * 3, 40 * 3).Fill(255);
        var face = new FaceDetection(new BoxF(10, 10, 40, 40), 0.9f, default);
        var crop = new FaceAligner(FaceCropMode.Square, 224).Align(image, face);
        int At(int x, int y) => crop.Data[(y * 224 + x) * 3];
        Assert.That(At(112, 112), Is.EqualTo(255));
        // The white square spans 40/52 of the crop: its edges at 112 +- 86.
        Assert.That(At(112 - 80, 112), Is.EqualTo(255));
        Assert.That(At(112 - 95, 112), Is.EqualTo(0));
        Assert.That(At(112 + 95, 112 + 95), Is.EqualTo(0));
    }

    [Test]
    public void Align_LargeFace_HalvingKeepsTheGeometry()
    {
        // A 1000 px face shrinks 5.8x: halving first must not move it.
        var image = RgbImage.Create(1200, 1200);
        for (var y = 100; y < 1100; y++) image.Data.AsSpan((y * 1200 + 100) * 3, 500 * 3).Fill(200);
        var face = new FaceDetection(new BoxF(100, 100, 1000, 1000), 0.9f, default);
        var crop = new FaceAligner(FaceCropMode.Square, 224).Align(image, face);
        int At(int x, int y) => crop.Data[(y * 224 + x) * 3];
        // Left half bright, right half dark, the edge at the crop's centre column.
        Assert.That(At(100, 112), Is.EqualTo(200).Within(2));
        Assert.That(At(124, 112), Is.EqualTo(0).Within(2));
    }

    [Test]
    public void Frontal_SymmetricFace_IsOneAndTurnedFaceIsLower()
    {
        var front = new FaceLandmarks(new(40, 50), new(80, 50), new(60, 70), new(60, 90), new(20, 55), new(100, 55));
        var turned = front with { Nose = new PointF(74, 70), RightEar = new PointF(30, 55), LeftEar = new PointF(90, 55) };
        Assert.That(FaceQuality.Frontal(front), Is.EqualTo(1).Within(1e-5));
        Assert.That(FaceQuality.Frontal(turned), Is.LessThan(0.5f));
    }
}
