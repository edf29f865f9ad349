using System.Numerics;
using EdgeAgent.Plates;

namespace EdgeAgent.Tests.Plates;

public sealed class DbPostProcessorTests
{
    private const int W = 320;
    private const int H = 200;

    // Paints a rotated rectangle (centre, size, angle in degrees clockwise) into a probability map.
    private static void Paint(float[] map, float cx, float cy, float w, float h, float degrees, float value)
    {
        var a = degrees * MathF.PI / 180f;
        var u = new Vector2(MathF.Cos(a), MathF.Sin(a));
        var v = new Vector2(-u.Y, u.X);
        for (var y = 0; y < H; y++)
        {
            for (var x = 0; x < W; x++)
            {
                var d = new Vector2(x + 0.5f - cx, y + 0.5f - cy);
                if (MathF.Abs(Vector2.Dot(d, u)) <= w / 2 && MathF.Abs(Vector2.Dot(d, v)) <= h / 2) map[y * W + x] = value;
            }
        }
    }

    [TestCase(0f)]
    [TestCase(10f)]
    [TestCase(-15f)]
    [TestCase(30f)]
    public void Process_RotatedRectangle_RecoversCentreAngleAndUnclippedSize(float degrees)
    {
        var map = new float[W * H];
        Paint(map, 160, 100, 120, 24, degrees, 0.9f);
        var boxes = new List<TextQuad>();
        var db = new DbPostProcessor { UnclipRatio = 1.5f };
        db.Process(map, W, H, 1f, 1f, boxes);
        Assert.That(boxes, Has.Count.EqualTo(1));
        var q = boxes[0];
        var d = 120 * 24 * 1.5f / (2 * (120 + 24));
        Assert.That(q.Center.X, Is.EqualTo(160).Within(1));
        Assert.That(q.Center.Y, Is.EqualTo(100).Within(1));
        Assert.That(q.AngleDegrees, Is.EqualTo(degrees).Within(1.5));
        Assert.That(q.Width, Is.EqualTo(120 + 2 * d).Within(3));
        Assert.That(q.Height, Is.EqualTo(24 + 2 * d).Within(3));
        // The staircase edge of a rotated region puts a few empty pixels inside the box: the score dips a little.
        Assert.That(q.Score, Is.EqualTo(0.9f).Within(0.08));
        Assert.That(q.TopLeft.X, Is.LessThan(q.TopRight.X));
        Assert.That(q.TopLeft.Y, Is.LessThan(q.BottomLeft.Y));
    }

    [Test]
    public void Process_TwoStackedLines_TwoBoxesScaledToTheImage()
    {
        var map = new float[W * H];
        Paint(map, 100, 60, 80, 16, 0, 0.95f);
        Paint(map, 100, 110, 80, 16, 0, 0.95f);
        var boxes = new List<TextQuad>();
        new DbPostProcessor { UnclipRatio = 1.5f }.Process(map, W, H, 2f, 3f, boxes);
        Assert.That(boxes, Has.Count.EqualTo(2));
        var top = boxes.MinBy(b => b.Center.Y);
        Assert.That(top.Center.X, Is.EqualTo(200).Within(2));
        Assert.That(top.Center.Y, Is.EqualTo(180).Within(3));
    }

    [Test]
    public void Process_WeakRegionAndSpeck_AreDropped()
    {
        var map = new float[W * H];
        Paint(map, 100, 60, 80, 16, 0, 0.45f); // above the pixel threshold, below the box threshold
        Paint(map, 250, 150, 2, 2, 0, 0.99f);  // too small to be text
        var boxes = new List<TextQuad>();
        new DbPostProcessor().Process(map, W, H, 1f, 1f, boxes);
        Assert.That(boxes, Is.Empty);
    }

    [Test]
    public void Process_EmptyMap_NoBoxes()
    {
        var boxes = new List<TextQuad>();
        new DbPostProcessor().Process(new float[W * H], W, H, 1f, 1f, boxes);
        Assert.That(boxes, Is.Empty);
    }

    [Test]
    public void MinAreaRect_Square_RotatedByFortyFiveDegrees()
    {
        var hull = new List<Vector2> { new(0, 10), new(10, 0), new(20, 10), new(10, 20) };
        DbPostProcessor.MinAreaRect(hull, out var c, out _, out var hu, out var hv);
        Assert.That(c.X, Is.EqualTo(10).Within(1e-4));
        Assert.That(c.Y, Is.EqualTo(10).Within(1e-4));
        Assert.That(hu * hv * 4, Is.EqualTo(200).Within(1e-3));
    }
}
