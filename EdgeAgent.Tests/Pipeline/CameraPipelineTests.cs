using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.PipelineRunner;

/// <summary>A camera's runner with a fake source and fake stages: a stage's fault costs one frame, never the camera.</summary>
public sealed class CameraPipelineTests
{
    [Test]
    public async Task Run_StageThrowsOnOneFrame_CountedAndCameraRunsToTheEnd()
    {
        var first = new FakeStage("first") { RaiseEvents = true };
        var faulty = new FakeStage("faulty", 3) { RaiseEvents = true };
        var last = new FakeStage("last") { RaiseEvents = true };
        var pipeline = new CameraPipeline("cam", new FakeFrameSource("cam", 10), [first, faulty, last], NullLogger.Instance, lossless: true);
        var events = FrameChannels.CreateEventChannel<AgentEvent>(256);

        await pipeline.RunAsync(events.Writer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var all = Enumerable.Range(0, 10).Select(i => (long)i).ToArray();
        var raised = new List<CameraStatusEvent>();
        while (events.Reader.TryRead(out var e)) raised.Add((CameraStatusEvent)e);
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.Counters.Frames, Is.EqualTo(10), "every frame was analysed");
            Assert.That(pipeline.Counters.Faults, Is.EqualTo(1), "the fault is counted once");
            Assert.That(first.Seen, Is.EqualTo(all), "the stage before the faulty one ran on every frame");
            Assert.That(faulty.Seen, Is.EqualTo(all), "the faulty stage got the frames after its fault too");
            Assert.That(last.Seen, Is.EqualTo(all.Where(i => i != 3)), "the stage after it lost only the frame that failed");
            Assert.That(new[] { first.Flushes, faulty.Flushes, last.Flushes }, Is.EqualTo(new[] { 1, 1, 1 }), "every stage closed its lifecycles at the end");
            Assert.That(raised.Count(e => e.Phase == "online"), Is.EqualTo(1), "the source's status reached the bus");
            Assert.That(raised.Where(e => e.Reason == "first").Select(e => e.Frame), Is.EqualTo(all), "events of the stage before the fault were forwarded, frame 3's included");
            Assert.That(raised.Where(e => e.Reason == "last").Select(e => e.Frame), Is.EqualTo(all.Where(i => i != 3)));
        });
    }

    [Test]
    public async Task Run_StageThrowsOnEveryFrame_CameraStillEndsWithEveryFrameCounted()
    {
        var broken = new FakeStage("broken", Enumerable.Range(0, 25).Select(i => (long)i).ToArray());
        var after = new FakeStage("after");
        var pipeline = new CameraPipeline("cam", new FakeFrameSource("cam", 25), [broken, after], NullLogger.Instance, lossless: true);
        var events = FrameChannels.CreateEventChannel<AgentEvent>(64);

        await pipeline.RunAsync(events.Writer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(pipeline.Counters.Faults, Is.EqualTo(25));
            Assert.That(broken.Seen, Has.Count.EqualTo(25), "a stage that always fails is still called: the next frame may be fine");
            Assert.That(after.Seen, Is.Empty);
            Assert.That(after.Flushes, Is.EqualTo(1));
        });
    }
}
