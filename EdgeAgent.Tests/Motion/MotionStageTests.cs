using EdgeAgent.Configuration;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Motion;

public class MotionStageTests
{
    [Test]
    public void Process_WalkersThenFlush_PublishesMotionAndRelearnsAfterFlush()
    {
        var pixels = RawFrames.Decode(TestPaths.Media("vtest.avi"), 640, 360, 12);
        var pool = new FramePool(640, 360, capacity: 2);
        var analysis = new FrameAnalysis("cam");
        var stage = new MotionStage(new MotionOptions(), NullLogger.Instance);

        for (var i = 0; i < pixels.Length; i++)
        {
            using var frame = RawFrames.ToFrame(pool, pixels[i], i, i / 10.0);
            analysis.Begin(frame);
            stage.Process(analysis);
        }
        var result = analysis.Get<MotionResult>();
        Assert.That(result, Is.Not.Null);
        Assert.That(result!.HasMotion, Is.True);
        Assert.That(result.WarmingUp, Is.False);

        stage.Flush(analysis);
        using (var frame = RawFrames.ToFrame(pool, pixels[0], 0, 0))
        {
            analysis.Begin(frame);
            stage.Process(analysis);
        }
        Assert.That(analysis.Get<MotionResult>()!.WarmingUp, Is.True, "a new stream learns its background afresh");
    }
}
