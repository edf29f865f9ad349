using EdgeAgent.Events;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Faces;

public sealed class FaceStageTests
{
    [Test]
    public void Process_MegamindFramesWithoutTracker_OneMatchAfterTwoVotesAndFaceEventsOnFlush()
    {
        var dir = TestPaths.TempDir();
        try
        {
            var key = WatchlistKey.Load(dir, null, create: true);
            using var list = new FaceWatchlist(WatchlistDatabase.PathIn(dir), key, FaceResDescriptor.DefaultThreshold);
            var analyzer = FaceModels.Analyzer(FaceCropMode.Similarity);
            var enrol = FaceDetectorTests.MegamindFrame(3);
            list.Add("mm", "Megamind", "test", "faceres", [analyzer.Describe(enrol, FaceAnalyzer.Largest(analyzer.Detect(enrol))!.Value)], "test");

            var stage = new FaceStage(FaceModels.Detector, analyzer.Aligner, FaceModels.Descriptor, list, new FaceStageOptions { DescribeInterval = 0.1 }, NullLogger.Instance);
            var frames = RawFrames.Decode(TestPaths.Media("Megamind.avi"), FaceDetectorTests.MegamindWidth, FaceDetectorTests.MegamindHeight, 10, 20);
            var pool = new FramePool(FaceDetectorTests.MegamindWidth, FaceDetectorTests.MegamindHeight, 2);
            var analysis = new FrameAnalysis("cam");
            var events = new List<AgentEvent>();
            var matchFrame = -1;
            for (var i = 0; i < frames.Length; i++)
            {
                using var frame = RawFrames.ToFrame(pool, frames[i], i, i * 0.25);
                analysis.Begin(frame);
                stage.Process(analysis);
                if (matchFrame < 0 && analysis.Events.OfType<FaceMatchEvent>().Any()) matchFrame = i;
                events.AddRange(analysis.Events);
            }
            analysis.Events.Clear();
            stage.Flush(analysis);
            events.AddRange(analysis.Events);

            var matches = events.OfType<FaceMatchEvent>().ToList();
            Assert.That(matches, Has.Count.EqualTo(1), string.Join("\n", events.Select(EventJson.ToCliLine)));
            Assert.That(matches[0].Entry, Is.EqualTo("mm"));
            Assert.That(matches[0].Votes, Is.GreaterThanOrEqualTo(2));
            Assert.That(matches[0].Priority, Is.EqualTo(EventPriority.High));
            Assert.That(matches[0].Thumbnail.IsEmpty, Is.True, "no thumbnail unless configured");
            Assert.That(matchFrame, Is.GreaterThanOrEqualTo(1), "a single frame must not raise an alarm");
            Assert.That(stage.Described, Is.LessThan(frames.Length * 2), "only best shots are described");
            var faces = events.OfType<FaceEvent>().ToList();
            Assert.That(faces, Is.Not.Empty);
            Assert.That(EventJson.ToCliLine(faces[0]), Does.Contain("best_shot").And.Not.Contain("embedding"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void HeadRegion_StandingPerson_UpperHalfWidened()
    {
        var r = FaceStage.HeadRegion(new BoxF(100, 50, 40, 120), 640, 480);
        Assert.That(r.Y, Is.LessThanOrEqualTo(50));
        Assert.That(r.Bottom, Is.InRange(100, 115));
        Assert.That(r.W, Is.EqualTo(48).Within(1));
    }

    [Test]
    public void Process_VtestWalkerWithTooSmallAFace_RestsAfterFruitlessSearchesAndWakesWhenCloser()
    {
        // A person box in vtest's hall: the face there is a few pixels, below the smallest shot kept.
        var frames = RawFrames.Decode(TestPaths.Media("vtest.avi"), 768, 576, 15);
        var pool = new FramePool(768, 576, 2);
        long Run(bool rest)
        {
            var stage = new FaceStage(FaceModels.Detector, new FaceAligner(FaceCropMode.Similarity, FaceModels.Descriptor.InputSize), FaceModels.Descriptor, null,
                new FaceStageOptions { FruitlessSearches = rest ? 3 : int.MaxValue }, NullLogger.Instance);
            var track = new Track { Id = 1, Label = "person", State = TrackState.Confirmed, Matched = true, Box = new BoxF(600, 230, 60, 180) };
            var set = new TrackSet();
            set.Active.Add(track);
            // Frame 12: the person has come closer (box 30 % taller): worth a look at once.
            RawFrames.Play(stage, pool, frames, set, i => track.Box = i == 12 ? new BoxF(590, 200, 80, 234) : track.Box);
            return stage.Searched;
        }

        var always = Run(rest: false);
        var resting = Run(rest: true);
        Assert.Multiple(() =>
        {
            Assert.That(always, Is.EqualTo(15));
            // 3 fruitless searches (frames 0-2), rest until 2 s later (frame 12), which the closer box also wakes: 4 or 5.
            Assert.That(resting, Is.InRange(4, 5));
        });
    }
}
