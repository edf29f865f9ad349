using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Detection;

using Detection = global::EdgeAgent.Detection.Detection;

public class DetectionStageTests
{
    private static readonly Lazy<ObjectDetector> CenterNet = new(() => new ObjectDetector(ModelFixture.Registry.Get("centernet-coco")));
    private static readonly BoxF DogBox = new(123, 225, 198, 319);
    private static readonly BoxF BicycleBox = new(116, 128, 454, 302);

    private FramePool _pool = null!;
    private Frame _frame = null!;

    [SetUp]
    public void SetUp()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("dog.jpg"));
        _pool = new FramePool(image.Width, image.Height, 2);
        Assert.That(_pool.TryRent(out _frame), Is.True);
        image.Pixels.CopyTo(_frame.Buffer);
    }

    [TearDown]
    public void TearDown() => _frame.Dispose();

    private static CameraOptions Camera(ObjectsOptions? objects = null, string detect = "frame") => new()
    {
        Id = "cam1",
        Url = "file.mp4",
        Motion = new MotionOptions { Detect = detect },
        Objects = objects ?? new ObjectsOptions { Track = ["dog", "bicycle", "car", "truck"], MinScore = 0.3 },
    };

    private FrameAnalysis Analysis(bool motion, int activeTracks = 0, params BoxF[] regions)
    {
        var analysis = new FrameAnalysis("cam1");
        analysis.Begin(_frame);
        var m = new MotionResult { HasMotion = motion };
        m.Regions.AddRange(regions);
        analysis.Set(m);
        // What the tracker publishes for detection: the boxes it follows.
        var tracks = new FollowedBoxes();
        for (var i = 0; i < activeTracks; i++) tracks.Boxes.Add(DogBox);
        analysis.Set(tracks);
        return analysis;
    }

    private static string Describe(IEnumerable<Detection> found) => string.Join("; ", found.Select(d => $"{d.Label} {d.Score:0.00} {d.Box}"));

    [Test]
    public void Process_NoMotionNoTracks_DetectorNotRun()
    {
        var stage = new DetectionStage(CenterNet.Value, Camera());
        var analysis = Analysis(motion: false);

        stage.Process(analysis);

        var result = analysis.Get<DetectionResult>()!;
        Assert.That(result.Ran, Is.False);
        Assert.That(result.Items, Is.Empty);
    }

    [Test]
    public void Process_NoMotionButActiveTrack_RunsAndFindsTheDog()
    {
        var stage = new DetectionStage(CenterNet.Value, Camera());
        var analysis = Analysis(motion: false, activeTracks: 1);

        stage.Process(analysis);

        var result = analysis.Get<DetectionResult>()!;
        Assert.That(result.Ran, Is.True);
        Assert.That(result.Items.Any(d => d.Label == "dog" && d.Box.IoU(DogBox) >= 0.5f), Is.True, Describe(result.Items));
    }

    [Test]
    public void Process_Filters_LabelScoreAreaAndMaskApplied()
    {
        var objects = new ObjectsOptions
        {
            Track = ["dog", "bicycle", "car"], // truck and parking meter are not tracked
            MinScore = 0.3,
            Filters = new Dictionary<string, LabelFilter>
            {
                ["car"] = new() { MinScore = 0.9 },             // the car scores ~0.55
                ["bicycle"] = new() { MinArea = 1000 },          // the bicycle is far larger
            },
            // The dog's bottom centre (~222, 544 of 768x576) lies in this lower-left mask.
            Masks = [[(0.0, 0.8), (0.5, 0.8), (0.5, 1.0), (0.0, 1.0)]],
        };
        var stage = new DetectionStage(CenterNet.Value, Camera(objects));
        var analysis = Analysis(motion: true);

        stage.Process(analysis);

        var labels = analysis.Get<DetectionResult>()!.Items.Select(d => d.Label).ToList();
        Assert.That(labels, Is.EqualTo(new[] { "bicycle" }), Describe(analysis.Get<DetectionResult>()!.Items));
    }

    [Test]
    public void Process_MinSize_SmallerBoxesDroppedGlobalAndPerLabel()
    {
        // dog.jpg: the big bicycle ~446 px wide, the dog ~326 px tall, the car ~214 px, a small bicycle ~121 px.
        var objects = new ObjectsOptions
        {
            Track = ["dog", "bicycle", "car"],
            MinScore = 0.3,
            MinSize = 300,
            Filters = new Dictionary<string, LabelFilter> { ["dog"] = new() { MinSize = 400 } },
        };
        var stage = new DetectionStage(CenterNet.Value, Camera(objects));
        var analysis = Analysis(motion: true);

        stage.Process(analysis);

        var result = analysis.Get<DetectionResult>()!;
        Assert.That(result.Items.Select(d => d.Label), Is.EqualTo(new[] { "bicycle" }), Describe(result.Items));
        Assert.That(result.Items[0].Box.W, Is.GreaterThan(300));
        Assert.That(result.Weak.Where(d => MathF.Max(d.Box.W, d.Box.H) < 300), Is.Empty, "weak detections obey the size too: " + Describe(result.Weak));
    }

    [Test]
    public void Process_RegionsMode_DetectsInSquareAroundMotionInFramePixels()
    {
        var stage = new DetectionStage(CenterNet.Value, Camera(detect: "regions"));
        var analysis = Analysis(motion: true, 0, new BoxF(150, 300, 120, 150));

        stage.Process(analysis);

        var items = analysis.Get<DetectionResult>()!.Items;
        Assert.That(items.Any(d => d.Label == "dog" && d.Box.IoU(DogBox) >= 0.5f), Is.True, Describe(items));
    }

    [Test]
    public void Constructor_LabelsTheModelDoesNotKnow_Reported()
    {
        var stage = new DetectionStage(CenterNet.Value, Camera(new ObjectsOptions { Track = ["person", "pedestrian"] }));

        Assert.That(stage.UnknownLabels, Is.EqualTo(new[] { "pedestrian" }));
    }

    [Test]
    public void Build_FarApartMotion_TwoSquaresOfModelSize()
    {
        var regions = new List<PixelRect>();

        var used = DetectionRegions.Build([new BoxF(10, 10, 30, 60), new BoxF(1800, 900, 40, 40)], 1920, 1080, 512, regions);

        Assert.That(used, Is.True);
        Assert.That(regions, Is.EqualTo(new[] { new PixelRect(0, 0, 512, 512), new PixelRect(1408, 568, 512, 512) }));
    }

    [Test]
    public void Build_OverlappingSquares_MergedIntoOne()
    {
        var regions = new List<PixelRect>();

        var used = DetectionRegions.Build([new BoxF(600, 300, 40, 40), new BoxF(900, 300, 40, 40)], 1920, 1080, 512, regions);

        Assert.That(used, Is.True);
        Assert.That(regions, Has.Count.EqualTo(1));
        Assert.That(regions[0].W, Is.EqualTo(regions[0].H));
        Assert.That(regions[0].X, Is.LessThanOrEqualTo(600));
        Assert.That(regions[0].Right, Is.GreaterThanOrEqualTo(940));
    }

    [Test]
    public void Build_MotionAcrossMostOfTheFrame_WholeFrameInstead()
    {
        var regions = new List<PixelRect>();

        Assert.That(DetectionRegions.Build([new BoxF(0, 0, 600, 300)], 640, 360, 512, regions), Is.False);
        Assert.That(regions, Is.Empty);
    }
}
