using System.Globalization;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.LeftObjects;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.LeftObjects;

/// <summary>The left-object stage on real frames with the real detector's output: which static blobs become candidates.</summary>
public class LeftObjectStageTests
{
    private static readonly Lazy<ObjectDetector> CenterNet = new(() => new ObjectDetector(ModelFixture.Registry.Get("centernet-coco")));

    [Test]
    public void Process_DatasetBackgroundThenFrame_PeopleAndImplausibleBlobsAreNoCandidates()
    {
        var dir = TestPaths.Dataset("video/static_object_frames");
        var rows = File.ReadAllLines(Path.Combine(dir, "static_objects.tsv")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.That(rows, Is.Not.Empty);
        var found = 0;
        var falseCandidates = 0;
        foreach (var row in rows)
        {
            var f = row.Split('\t');
            var xywh = f[3].Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var truth = new BoxF(xywh[0], xywh[1], xywh[2], xywh[3]);
            var background = ImageCodec.DecodeFile(Path.Combine(dir, f[1]));
            var image = ImageCodec.DecodeFile(Path.Combine(dir, f[0]));
            var candidates = Candidates(background, image);
            var hit = candidates.Any(b => b.IoU(truth) >= 0.3f);
            var extra = candidates.Count(b => b.IoU(truth) < 0.3f);
            found += hit ? 1 : 0;
            falseCandidates += extra;
            TestContext.Out.WriteLine($"{f[0]}: {(hit ? "found" : "MISSED")}, {extra} false candidate(s): "
                + string.Join(" ", candidates.Select(b => $"[{b.X:0},{b.Y:0},{b.W:0},{b.H:0} iou {b.IoU(truth):0.00}]")));
        }
        TestContext.Out.WriteLine($"found {found}/{rows.Count}, false candidates {falseCandidates}");
        Assert.That(found, Is.EqualTo(rows.Count));
        Assert.That(falseCandidates, Is.LessThanOrEqualTo(rows.Count), "people standing still (weak detections too) and blobs too big or too high for an object on the floor are vetoed");
    }

    /// <summary>The background for 2 s then the frame for 20 s at 5 fps, the detector's output of each on every frame; the candidates at the end.</summary>
    private static List<BoxF> Candidates(RgbImage background, RgbImage image)
    {
        var camera = new CameraOptions { Id = "left", Url = "file.mp4", Analytics = AnalysisKinds.Objects | AnalysisKinds.Left };
        var detection = new DetectionStage(CenterNet.Value, camera);
        var stage = new LeftObjectStage(camera.LeftObjects, NullLogger.Instance);
        var pool = new FramePool(image.Width, image.Height, 2);
        var index = 0L;
        DetectionResult? detected = null;
        for (var t = 0.0; t < 22; t += 0.2, index++)
        {
            var pixels = t < 2 ? background.Data : image.Data;
            using var frame = RawFrames.ToFrame(pool, pixels, index, t);
            var analysis = new FrameAnalysis("left");
            analysis.Begin(frame);
            // The picture changes once: the detector's answer for each still is the same on every frame.
            if (index is 0 or 10) detection.Process(analysis);
            else analysis.Set(detected!);
            detected = analysis.Get<DetectionResult>();
            stage.Process(analysis);
        }
        var boxes = new List<BoxF>();
        stage.Tracker.CandidateBoxes(boxes);
        return boxes;
    }
}
