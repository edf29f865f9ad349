using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Imaging;

public class ImageOpsTests
{
    private static readonly Lazy<RgbImage> Dog = new(() => ImageCodec.DecodeFile(TestPaths.Media("dog.jpg")));

    /// <summary>Textbook bilinear sample with pixel centres aligned and edges clamped, in double precision.</summary>
    private static double Reference(RgbImage src, PixelRect region, double scaleX, double scaleY, int dx, int dy, int c)
    {
        var x = Math.Clamp((dx + 0.5) / scaleX - 0.5, 0, region.W - 1);
        var y = Math.Clamp((dy + 0.5) / scaleY - 0.5, 0, region.H - 1);
        int x0 = (int)x, y0 = (int)y, x1 = Math.Min(x0 + 1, region.W - 1), y1 = Math.Min(y0 + 1, region.H - 1);
        double fx = x - x0, fy = y - y0;
        double P(int px, int py) => src.Data[((region.Y + py) * src.Width + region.X + px) * 3 + c];
        return (P(x0, y0) * (1 - fx) + P(x1, y0) * fx) * (1 - fy) + (P(x0, y1) * (1 - fx) + P(x1, y1) * fx) * fy;
    }

    /// <summary>Separable triangle filter of half-width max(1, 1/scale) with edge taps dropped and renormalised, in double precision.</summary>
    private static double Triangle(RgbImage src, PixelRect region, double scaleX, double scaleY, int dx, int dy, int c)
    {
        static (int I, double W)[] Taps(double scale, int d, int size)
        {
            var support = Math.Max(1, 1 / scale);
            var centre = (d + 0.5) / scale - 0.5;
            var lo = Math.Max(0, (int)Math.Floor(centre - support));
            var hi = Math.Min(size - 1, (int)Math.Ceiling(centre + support));
            var taps = Enumerable.Range(lo, Math.Max(0, hi - lo + 1)).Select(i => (I: i, W: Math.Max(0, 1 - Math.Abs(i - centre) / support))).Where(t => t.W > 0).ToArray();
            if (taps.Length == 0) taps = [(centre < 0 ? 0 : size - 1, 1.0)];
            var sum = taps.Sum(t => t.W);
            return taps.Select(t => (t.I, t.W / sum)).ToArray();
        }
        double value = 0;
        foreach (var (y, wy) in Taps(scaleY, dy, region.H))
        {
            foreach (var (x, wx) in Taps(scaleX, dx, region.W)) value += wy * wx * src.Data[((region.Y + y) * src.Width + region.X + x) * 3 + c];
        }
        return value;
    }

    [Test]
    public void Crop_Region_CopiesExactlyThosePixels()
    {
        var src = Dog.Value;
        var region = new PixelRect(100, 200, 50, 40);

        var crop = ImageOps.Crop(src, region);

        for (var y = 0; y < region.H; y += 7)
        {
            for (var x = 0; x < region.W; x += 5)
            {
                for (var c = 0; c < 3; c++)
                {
                    Assert.That(crop.Data[(y * region.W + x) * 3 + c], Is.EqualTo(src.Data[((region.Y + y) * src.Width + region.X + x) * 3 + c]));
                }
            }
        }
    }

    [TestCase(512, 512)]
    [TestCase(320, 180)]
    [TestCase(1000, 700)]
    public void ResizeBilinear_RealImage_MatchesReferenceWithinRounding(int w, int h)
    {
        var src = Dog.Value;
        var dst = RgbImage.Create(w, h);

        ImageOps.ResizeBilinear(src, PixelRect.Of(src.Width, src.Height), dst);

        double worst = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    worst = Math.Max(worst, Math.Abs(dst.Data[(y * w + x) * 3 + c] - Reference(src, PixelRect.Of(src.Width, src.Height), (double)w / src.Width, (double)h / src.Height, x, y, c)));
                }
            }
        }
        Assert.That(worst, Is.LessThanOrEqualTo(0.51));
    }

    [TestCase(TensorLayout.Nhwc, false, 320, 256)]
    [TestCase(TensorLayout.Nchw, false, 320, 256)]
    [TestCase(TensorLayout.Nchw, true, 320, 256)]
    [TestCase(TensorLayout.Nhwc, false, 700, 512)]
    [TestCase(TensorLayout.Nhwc, false, 96, 800)]
    public void Fill_Stretch_MatchesReferenceFilterAndNormalisation(TensorLayout layout, bool bgr, int w, int h)
    {
        var src = Dog.Value;
        var region = new PixelRect(37, 21, 601, 477);
        var norm = PixelNormalization.From(1 / 255f, [0.485f, 0.456f, 0.406f], [0.229f, 0.224f, 0.225f]);
        var tensor = new float[w * h * 3];

        var t = new TensorFill().Fill(src, region, tensor, w, h, layout, norm, ResizeMode.Stretch, bgr);

        double worst = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var modelChannel = bgr ? 2 - c : c;
                    var expected = Triangle(src, region, (double)w / region.W, (double)h / region.H, x, y, c) * norm.A(modelChannel) + norm.B(modelChannel);
                    var index = layout == TensorLayout.Nhwc ? (y * w + x) * 3 + modelChannel : modelChannel * w * h + y * w + x;
                    worst = Math.Max(worst, Math.Abs(tensor[index] - expected));
                }
            }
        }
        Assert.That(worst, Is.LessThan(1e-3));
        Assert.That(t.ToSourceX(0), Is.EqualTo(region.X).Within(1e-3));
        Assert.That(t.ToSourceY(h), Is.EqualTo(region.Bottom).Within(1e-3));
    }

    [Test]
    public void Fill_Letterbox_PadsWithZeroAndMapsContentBack()
    {
        var src = Dog.Value; // 768x576 -> 640x480 content centred in 640x640
        const int size = 640;
        var tensor = new float[size * size * 3];
        var norm = PixelNormalization.From(1 / 255f, [0, 0, 0], [1, 1, 1]);

        var t = new TensorFill().Fill(src, PixelRect.Of(src.Width, src.Height), tensor, size, size, TensorLayout.Nchw, norm, ResizeMode.Letterbox);

        Assert.Multiple(() =>
        {
            Assert.That(t.PadY, Is.EqualTo(80));
            Assert.That(t.PadX, Is.Zero);
            Assert.That(tensor[10 * size + 300], Is.Zero, "top padding");
            Assert.That(tensor[(size - 5) * size + 300], Is.Zero, "bottom padding");
            Assert.That(tensor[320 * size + 320], Is.GreaterThan(0), "content");
            Assert.That(t.ToSourceY(80), Is.EqualTo(0).Within(1e-3));
            Assert.That(t.ToSourceY(560), Is.EqualTo(576).Within(1e-3));
            Assert.That(t.ToSourceX(640), Is.EqualTo(768).Within(1e-3));
        });
    }

    [Test]
    public void Fill_PadSquare_PadsWithNormalisedBlack()
    {
        var src = Dog.Value;
        const int size = 256;
        var tensor = new float[size * size * 3];
        var norm = PixelNormalization.From(1 / 255f, [0.5f, 0.5f, 0.5f], [0.5f, 0.5f, 0.5f]);

        var t = new TensorFill().Fill(src, PixelRect.Of(src.Width, src.Height), tensor, size, size, TensorLayout.Nhwc, norm, ResizeMode.PadSquare);

        Assert.That(tensor[(2 * size + 100) * 3], Is.EqualTo(-1f), "black is -1 in [-1, 1]");
        Assert.That(t.PadY, Is.EqualTo(32));
    }

    [Test]
    public void WarpAffine_Translation_ShiftsPixelsAndFillsOutsideWithBlack()
    {
        var src = Dog.Value;
        var dst = RgbImage.Create(200, 150);

        ImageOps.WarpAffine(src, dst, Affine2x3.ScaleTranslate(1, 1, -300, -200));

        Assert.That(dst.Data[(10 * 200 + 20) * 3 + 1], Is.EqualTo(src.Data[(210 * src.Width + 320) * 3 + 1]));

        ImageOps.WarpAffine(src, dst, Affine2x3.ScaleTranslate(1, 1, 100, 0));
        Assert.That(dst.Data[(10 * 200 + 50) * 3], Is.Zero, "left of the shifted source is outside it");
        Assert.That(dst.Data[(10 * 200 + 150) * 3 + 2], Is.EqualTo(src.Data[(10 * src.Width + 50) * 3 + 2]));
    }

    [Test]
    public void WarpAffine_RotationThenInverse_ReturnsTheCentre()
    {
        var src = Dog.Value;
        var rotated = RgbImage.Create(src.Width, src.Height);
        var back = RgbImage.Create(src.Width, src.Height);
        var cx = src.Width / 2f;
        var cy = src.Height / 2f;
        // Rotate 20 degrees about the centre, then undo it.
        var toOrigin = Affine2x3.ScaleTranslate(1, 1, -cx, -cy);
        var rot = Affine2x3.Similarity(1, 0.35f, 0, 0);
        var m = Compose(Affine2x3.ScaleTranslate(1, 1, cx, cy), Compose(rot, toOrigin));

        ImageOps.WarpAffine(src, rotated, m);
        ImageOps.WarpAffine(rotated, back, m.Invert());

        double sum = 0;
        var n = 0;
        for (var y = (int)cy - 60; y < cy + 60; y++)
        {
            for (var x = (int)cx - 60; x < cx + 60; x++, n++) sum += Math.Abs(back.Data[(y * src.Width + x) * 3] - src.Data[(y * src.Width + x) * 3]);
        }
        Assert.That(sum / n, Is.LessThan(6), "two bilinear resamplings blur a little, but the picture is the same");
    }

    [Test]
    public void PadSquare_WideImage_CentresItAndMapsBack()
    {
        var src = Dog.Value;
        var dst = RgbImage.Create(128, 128);

        var t = ImageOps.PadSquare(src, dst);

        Assert.That(dst.Data[(2 * 128 + 64) * 3], Is.Zero, "top band is padding");
        Assert.That(t.ToSourceY(t.PadY), Is.EqualTo(0).Within(1e-3));
        Assert.That(t.ToSourceX(128), Is.EqualTo(768).Within(1e-3));
    }

    private static Affine2x3 Compose(Affine2x3 a, Affine2x3 b) => new(
        a.M00 * b.M00 + a.M01 * b.M10, a.M00 * b.M01 + a.M01 * b.M11, a.M00 * b.M02 + a.M01 * b.M12 + a.M02,
        a.M10 * b.M00 + a.M11 * b.M10, a.M10 * b.M01 + a.M11 * b.M11, a.M10 * b.M02 + a.M11 * b.M12 + a.M12);
}
