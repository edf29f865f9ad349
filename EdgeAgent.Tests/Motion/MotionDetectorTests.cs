using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Motion;

public class MotionDetectorTests
{
    private const int W = 640;
    private const int H = 360;

    // People walking on frame 30 of vtest.avi at 640x360, labelled by hand.
    private static readonly BoxF GroupOnPath = new(315, 110, 42, 75);
    private static readonly BoxF PairOnRight = new(523, 155, 59, 65);

    // Areas with nothing moving in frames 0..40: the tripod and the lawn in front.
    private static readonly BoxF Tripod = new(385, 210, 55, 95);
    private static readonly BoxF Lawn = new(0, 240, 380, 120);

    private byte[][] _frames = [];

    [OneTimeSetUp]
    public void DecodeClip() => _frames = RawFrames.Decode(TestPaths.Media("vtest.avi"), W, H, 40);

    [Test]
    public void Detect_StillFrameRepeated_NoMotionAfterWarmup()
    {
        var detector = new MotionDetector(new MotionOptions());
        var result = new MotionResult();
        for (var i = 0; i < 30; i++)
        {
            detector.Detect(Image(0), result);
            if (i < MotionDetector.WarmupFrames)
            {
                Assert.That(result is { WarmingUp: true, HasMotion: true }, $"frame {i}: warm-up runs the detector");
                continue;
            }
            Assert.That(result.WarmingUp, Is.False);
            Assert.That(result.HasMotion, Is.False, $"frame {i}");
            Assert.That(result.Regions, Is.Empty, $"frame {i}");
            Assert.That(result.MovingFraction, Is.Zero, $"frame {i}");
        }
    }

    [Test]
    public void Detect_WalkingPeople_RegionsCoverThemAndNotStillAreas()
    {
        var detector = new MotionDetector(new MotionOptions());
        var result = new MotionResult();
        for (var i = 0; i <= 30; i++) detector.Detect(Image(i), result);

        Assert.That(result.HasMotion, Is.True);
        Assert.That(result.MovingFraction, Is.InRange(0.005, 0.2));
        Assert.That(Covered(result.Regions, GroupOnPath), Is.GreaterThan(0.8), Describe(result));
        Assert.That(Covered(result.Regions, PairOnRight), Is.GreaterThan(0.8), Describe(result));
        foreach (var r in result.Regions)
        {
            Assert.That(r.IoU(Tripod), Is.Zero, $"region {r} on the still tripod");
            Assert.That(r.IoU(Lawn), Is.Zero, $"region {r} on the still lawn");
        }
        var area = 0f;
        foreach (var r in result.Regions) area += r.Area;
        Assert.That(area / (W * H), Is.LessThan(0.2), "regions should be around the people, not the frame");
    }

    [Test]
    public void Detect_MaskOverRightPair_NoRegionThereButOthersRemain()
    {
        IReadOnlyList<(double, double)> rightQuarter = [(0.75, 0), (1, 0), (1, 1), (0.75, 1)];
        var detector = new MotionDetector(new MotionOptions { Masks = [rightQuarter] });
        var result = new MotionResult();
        for (var i = 0; i <= 30; i++)
        {
            detector.Detect(Image(i), result);
            if (i < MotionDetector.WarmupFrames) continue;
            foreach (var r in result.Regions)
            {
                Assert.That(r.CenterX, Is.LessThan(0.75 * W), $"frame {i}: region {r} centred in the masked quarter");
                Assert.That(r.Right, Is.LessThanOrEqualTo((0.75 * W) + 8), $"frame {i}: region {r} reaches into the mask");
            }
        }
        Assert.That(result.HasMotion, Is.True);
        Assert.That(Covered(result.Regions, GroupOnPath), Is.GreaterThan(0.8), Describe(result));
        Assert.That(Covered(result.Regions, PairOnRight), Is.Zero);
    }

    [Test]
    public void Detect_SuddenBrightening_ResetsBackgroundWithoutLastingMotion()
    {
        var detector = new MotionDetector(new MotionOptions());
        var result = new MotionResult();
        for (var i = 0; i < 15; i++) detector.Detect(Image(i), result);
        Assert.That(result.HasMotion, Is.True, "people walk in frames 5..15");

        for (var i = 15; i < 30; i++)
        {
            var bright = (byte[])_frames[i].Clone();
            for (var p = 0; p < bright.Length; p++) bright[p] = (byte)Math.Min(255, bright[p] + 70);
            detector.Detect(new RgbImage(bright, W, H), result);
            if (i == 15)
            {
                Assert.That(result.BackgroundReset, Is.True, "the lights went up on frame 15");
                Assert.That(result.HasMotion, Is.False);
                continue;
            }
            Assert.That(result.BackgroundReset, Is.False, $"frame {i}: one reset is enough");
            Assert.That(result.MovingFraction, Is.LessThan(0.1), $"frame {i}: only the walkers move after the reset");
        }
        Assert.That(result.HasMotion, Is.True, "the walkers are still found in the brighter scene");
    }

    [Test]
    public void Detect_SteadyState_AllocatesNothing()
    {
        var detector = new MotionDetector(new MotionOptions { Masks = [[(0.8, 0), (1, 0), (1, 0.3)]] });
        var result = new MotionResult();
        for (var i = 0; i < 20; i++) detector.Detect(Image(i), result);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 20; i < 40; i++) detector.Detect(Image(i), result);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Detect_FrameSmallerThanGreyWidth_WorksAtFrameSize()
    {
        var small = RawFrames.Decode(TestPaths.Media("vtest.avi"), 160, 90, 12);
        var detector = new MotionDetector(new MotionOptions { Width = 320 });
        var result = new MotionResult();
        foreach (var f in small) detector.Detect(new RgbImage(f, 160, 90), result);
        Assert.That(detector.GreyWidth, Is.EqualTo(160));
        Assert.That(result.HasMotion, Is.True);
        foreach (var r in result.Regions)
        {
            Assert.That(r.Right, Is.LessThanOrEqualTo(160));
            Assert.That(r.Bottom, Is.LessThanOrEqualTo(90));
        }
    }

    private RgbImage Image(int index) => new(_frames[index], W, H);

    /// <summary>Fraction of <paramref name="target"/> covered by the union of the regions (by sampling a grid).</summary>
    private static double Covered(List<BoxF> regions, BoxF target)
    {
        var hit = 0;
        var total = 0;
        for (var y = target.Y + 0.5f; y < target.Bottom; y += 1)
        {
            for (var x = target.X + 0.5f; x < target.Right; x += 1)
            {
                total++;
                foreach (var r in regions)
                {
                    if (x >= r.X && x < r.Right && y >= r.Y && y < r.Bottom)
                    {
                        hit++;
                        break;
                    }
                }
            }
        }
        return (double)hit / total;
    }

    private static string Describe(MotionResult r) => "regions: " + string.Join(" ", r.Regions);
}
