using System.Globalization;
using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.LeftObjects;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.LeftObjects;

public class StaticForegroundDetectorTests
{
    private const int W = 640;
    private const int H = 360;
    private const double Step = 0.2;

    private static readonly BoxF Patch = new(400, 40, 120, 70);

    private byte[][] _frames = [];

    [OneTimeSetUp]
    public void DecodeClip() => _frames = RawFrames.Decode(TestPaths.Media("vtest.avi"), W, H, 1);

    private static StaticForegroundDetector Create(StaticForegroundOptions? options = null) =>
        new(options ?? new StaticForegroundOptions(), [], TimeSpan.FromMinutes(30));

    /// <summary>A copy of frame 0 with a dark grey rectangle (a bag-sized object) at the given place.</summary>
    private byte[] WithObject(BoxF box, byte level = 25)
    {
        var pixels = (byte[])_frames[0].Clone();
        for (var y = (int)box.Y; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.X; x < (int)box.Right; x++)
            {
                var p = ((y * W) + x) * 3;
                pixels[p] = level;
                pixels[p + 1] = level;
                pixels[p + 2] = (byte)(level + 10);
            }
        }
        return pixels;
    }

    private static double Feed(StaticForegroundDetector detector, byte[] pixels, double from, double seconds, List<StaticBlob> blobs, int width = W, int height = H)
    {
        var t = from;
        for (; t < from + seconds - 1e-9; t += Step) detector.Process(new RgbImage(pixels, width, height), t, blobs);
        return t;
    }

    [Test]
    public void Process_StillSceneRepeated_NoBlobs()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        Feed(detector, _frames[0], 0, 30, blobs);
        Assert.That(blobs, Is.Empty);
        Assert.That(detector.StaticFraction, Is.Zero);
    }

    [Test]
    public void Process_ObjectPutDown_BlobOnItOnceStaticAfterHasPassed()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var box = new BoxF(440, 215, 40, 30);
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var withObject = WithObject(box);
        t = Feed(detector, withObject, t, 2, blobs);
        Assert.That(blobs, Is.Empty, "2 s after it appeared the fast background has barely taken it in");
        t = Feed(detector, withObject, t, 8, blobs);
        Assert.That(blobs, Has.Count.EqualTo(1));
        Assert.That(blobs[0].Box.IoU(box), Is.GreaterThan(0.6), blobs[0].ToString());
        Assert.That(blobs[0].Ghost, Is.False, "an arrival brings its outline");
        Assert.That(blobs[0].Age, Is.InRange(3, 10));
        Feed(detector, _frames[0], t, 1, blobs);
        Assert.That(blobs, Is.Empty, "taken away: the scene shows again at once");
    }

    [Test]
    public void Process_ObjectInFirstFrameThenGone_GhostIsAbsorbedNotReported()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var box = new BoxF(440, 215, 40, 30);
        var t = Feed(detector, WithObject(box), 0, 5, blobs);
        Feed(detector, _frames[0], t, 10, blobs);
        Assert.That(blobs, Has.Count.EqualTo(1));
        Assert.That(blobs[0].Ghost, Is.True, "the outline is in the old scene: a removal, not an arrival");
        Assert.That(blobs[0].Box.IoU(box), Is.GreaterThan(0.5));
        detector.Absorb(blobs[0].Box);
        Feed(detector, _frames[0], t + 10, 5, blobs);
        Assert.That(blobs, Is.Empty, "absorbed: the scene is the background there again");
    }

    [Test]
    public void Process_OutsideZone_NoBlob()
    {
        IReadOnlyList<(double, double)> left = [(0, 0), (0.5, 0), (0.5, 1), (0, 1)];
        var detector = new StaticForegroundDetector(new StaticForegroundOptions(), [new NormalizedPolygon(left)], TimeSpan.FromMinutes(30));
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        Feed(detector, WithObject(new BoxF(440, 215, 40, 30)), t, 12, blobs);
        Assert.That(blobs, Is.Empty);
    }

    [Test]
    public void Process_ThinLongObject_FilteredByShape()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        Feed(detector, WithObject(new BoxF(250, 225, 200, 12)), t, 12, blobs);
        Assert.That(blobs, Is.Empty, "a 200x12 bar is a shadow edge or a rail, not a bag");
    }

    [Test]
    public void Process_LightDriftsOverAnArea_NoBlobs()
    {
        // A patch of the scene brightens by 1.5 grey levels a second for 20 s (sun on a wall, a sign catching the
        // light): the slow background loses its band within seconds, yet nothing arrived.
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var pixels = (byte[])_frames[0].Clone();
        var seen = 0;
        for (var k = 1; k <= 100; k++, t += Step)
        {
            Brighten(_frames[0], pixels, Patch, (int)(k * Step * 1.5));
            detector.Process(new RgbImage(pixels, W, H), t, blobs);
            seen += blobs.Count;
        }
        Assert.That(seen, Is.Zero);
    }

    [Test]
    public void Process_ObjectPutDownWhileLightDrifts_StillFound()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var box = new BoxF(440, 60, 40, 30);
        var withObject = WithObject(box);
        var pixels = (byte[])withObject.Clone();
        for (var k = 1; k <= 75; k++, t += Step)
        {
            Brighten(k < 10 ? _frames[0] : withObject, pixels, Patch, (int)(k * Step * 1.5));
            detector.Process(new RgbImage(pixels, W, H), t, blobs);
        }
        Assert.That(blobs.Count(b => b.Box.IoU(box) > 0.5f), Is.EqualTo(1), string.Join(" ", blobs));
    }

    [Test]
    public void Process_PasserByInFirstFrameWalksOn_NoBlobs()
    {
        // The first frame is all the detector knows of the scene; someone in it who walks on leaves the floor
        // behind them showing, which is the scene and not something put down.
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, WithObject(new BoxF(440, 215, 40, 60)), 0, 0.4, blobs);
        Feed(detector, _frames[0], t, 20, blobs);
        Assert.That(blobs, Is.Empty);
    }

    /// <summary>Writes <paramref name="source"/> into <paramref name="target"/>, <paramref name="by"/> levels brighter inside the box.</summary>
    private static void Brighten(byte[] source, byte[] target, BoxF box, int by)
    {
        source.CopyTo(target, 0);
        for (var y = (int)box.Y; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.X; x < (int)box.Right; x++)
            {
                var p = ((y * W) + x) * 3;
                for (var c = 0; c < 3; c++) target[p + c] = (byte)Math.Min(255, source[p + c] + by);
            }
        }
    }

    [Test]
    public void Process_WholeSceneChanges_ResetsInsteadOfReporting()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var darker = (byte[])_frames[0].Clone();
        for (var i = 0; i < darker.Length; i++) darker[i] = (byte)(darker[i] / 2);
        Feed(detector, darker, t, 15, blobs);
        Assert.That(blobs, Is.Empty);
    }

    [Test]
    public void Process_SteadyState_AllocatesNothing()
    {
        var detector = Create();
        var blobs = new List<StaticBlob>(16);
        var withObject = WithObject(new BoxF(440, 215, 40, 30));
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        t = Feed(detector, withObject, t, 10, blobs);
        Assert.That(blobs, Is.Not.Empty, "the measured frames must include blob work");
        var before = GC.GetAllocatedBytesForCurrentThread();
        Feed(detector, withObject, t, 4, blobs);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    /// <summary>A copy of frame 0 with every channel of <paramref name="box"/> scaled by <paramref name="factor"/>: a shadow or a light patch.</summary>
    private byte[] Scaled(BoxF box, float factor)
    {
        var pixels = (byte[])_frames[0].Clone();
        for (var y = (int)box.Y; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.X; x < (int)box.Right; x++)
            {
                var p = ((y * W) + x) * 3;
                for (var c = 0; c < 3; c++) pixels[p + c] = (byte)Math.Clamp(MathF.Round(pixels[p + c] * factor), 0, 255);
            }
        }
        return pixels;
    }

    [TestCase(0.6f, TestName = "Process_ShadowFallsAndStays_NoBlob")]
    [TestCase(0.8f, TestName = "Process_LightShadowFallsAndStays_NoBlob")]
    [TestCase(1.4f, TestName = "Process_PatchOfLightStays_NoBlob")]
    public void Process_SceneUnderShadowOrLight_NoBlob(float factor)
    {
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var box = new BoxF(420, 205, 60, 40);
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var lit = Scaled(box, factor);
        var light = 0;
        for (var end = t + 15; t < end; t += Step)
        {
            detector.Process(new RgbImage(lit, W, H), t, blobs);
            light = Math.Max(light, detector.LightCount);
            Assert.That(blobs, Is.Empty, $"at {t:0.0} s: {string.Join(" ", blobs)}");
        }
        Assert.That(light, Is.EqualTo(1), "the area did turn static: rejected as light, not missed");
    }

    [Test]
    public void Process_ShadowWithRejectLightOff_ReportedAsBefore()
    {
        var detector = Create(new StaticForegroundOptions { RejectLight = false });
        var blobs = new List<StaticBlob>();
        var box = new BoxF(420, 205, 60, 40);
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        Feed(detector, Scaled(box, 0.6f), t, 15, blobs);
        Assert.That(blobs, Has.Count.EqualTo(1));
        Assert.That(blobs[0].Box.IoU(box), Is.GreaterThan(0.6));
    }

    [Test]
    public void Process_ColouredObjectAsBrightAsAShadow_StillFound()
    {
        // Brightness in the shadow's range, but its own colour and no texture of the floor: an object.
        var detector = Create();
        var blobs = new List<StaticBlob>();
        var box = new BoxF(420, 205, 60, 40);
        var t = Feed(detector, _frames[0], 0, 5, blobs);
        var bag = (byte[])_frames[0].Clone();
        for (var y = (int)box.Y; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.X; x < (int)box.Right; x++)
            {
                var p = ((y * W) + x) * 3;
                var grey = (bag[p] + bag[p + 1] + bag[p + 2]) / 3;
                bag[p] = (byte)Math.Min(255, grey * 0.9);
                bag[p + 1] = (byte)(grey * 0.4);
                bag[p + 2] = (byte)(grey * 0.3);
            }
        }
        Feed(detector, bag, t, 15, blobs);
        Assert.That(blobs, Has.Count.EqualTo(1));
        Assert.That(blobs[0].Box.IoU(box), Is.GreaterThan(0.6));
        Assert.That(detector.LightCount, Is.Zero);
    }

    [Test]
    public void Process_DatasetBackgroundThenFrame_FindsEachMaskedObject()
    {
        var dir = TestPaths.Dataset("video/static_object_frames");
        var rows = File.ReadAllLines(Path.Combine(dir, "static_objects.tsv")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.That(rows, Is.Not.Empty);
        var found = 0;
        var falseBlobs = 0;
        var ghosts = 0;
        var falseArrivals = 0;
        foreach (var row in rows)
        {
            var f = row.Split('\t');
            var xywh = f[3].Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var truth = new BoxF(xywh[0], xywh[1], xywh[2], xywh[3]);
            var background = ImageCodec.DecodeFile(Path.Combine(dir, f[1]));
            var frame = ImageCodec.DecodeFile(Path.Combine(dir, f[0]));
            var detector = Create();
            var blobs = new List<StaticBlob>();
            var t = Feed(detector, background.Data, 0, 2, blobs, background.Width, background.Height);
            Feed(detector, frame.Data, t, 20, blobs, frame.Width, frame.Height);
            var hit = blobs.Any(b => b.Box.IoU(truth) >= 0.3f);
            ghosts += blobs.Count(b => b.Box.IoU(truth) >= 0.3f && b.Ghost);
            var extra = blobs.Count(b => b.Box.IoU(truth) < 0.3f);
            falseArrivals += blobs.Count(b => b.Box.IoU(truth) < 0.3f && !b.Ghost);
            found += hit ? 1 : 0;
            falseBlobs += extra;
            TestContext.Out.WriteLine($"{f[0]}: {(hit ? "found" : "MISSED")}, {extra} false blob(s); blobs "
                + string.Join(" ", blobs.Select(b => $"[{b.Box.X:0},{b.Box.Y:0},{b.Box.W:0},{b.Box.H:0} iou {b.Box.IoU(truth):0.00}{(b.Ghost ? " ghost" : "")}]")));
        }
        // Some masks mark an object taken away (cantata's bin is in the background image only): found as a ghost.
        TestContext.Out.WriteLine($"found {found}/{rows.Count} ({ghosts} as removals), false blobs {falseBlobs} ({falseArrivals} not ghosts)");
        Assert.That(found, Is.EqualTo(rows.Count));
        // Ghosts are absorbed by the stage, and the arrivals left are people standing in the frame whom a person
        // track vetoes in the pipeline; what this feed cannot tell apart must still stay few.
        Assert.That(falseArrivals, Is.LessThanOrEqualTo(2 * rows.Count), "few false arrivals: at most two per image on average");
    }
}
