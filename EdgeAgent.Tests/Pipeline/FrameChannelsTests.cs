using EdgeAgent.Events;
using EdgeAgent.Pipeline;

// Not EdgeAgent.Tests.Pipeline: that namespace would shadow EdgeAgent.Pipeline for tests that write Pipeline.X.
namespace EdgeAgent.Tests.PipelineChannels;

/// <summary>Back-pressure policy: an overloaded camera drops frames (oldest first, counted, buffers returned), never events.</summary>
public sealed class FrameChannelsTests
{
    [Test]
    public void CreateFrameChannel_LiveSourceFull_DropsOldestFrameAndReturnsItsBuffer()
    {
        var pool = new FramePool(4, 2, capacity: 4);
        var dropped = 0;
        var channel = FrameChannels.CreateFrameChannel(2, () => dropped++);
        var frames = new List<Frame>();
        for (var i = 0; i < 4; i++)
        {
            Assert.That(pool.TryRent(out var frame), Is.True);
            frame.Index = i;
            frames.Add(frame);
            Assert.That(channel.Writer.TryWrite(frame), Is.True, "capture never blocks on a live source");
        }
        Assert.That(dropped, Is.EqualTo(2));
        Assert.That(pool.InUse, Is.EqualTo(2), "dropped frames gave their buffers back");
        Assert.That(channel.Reader.TryRead(out var first), Is.True);
        Assert.That(channel.Reader.TryRead(out var second), Is.True);
        Assert.That(new[] { first!.Index, second!.Index }, Is.EqualTo(new long[] { 2, 3 }), "the newest frames are kept");
        first.Dispose();
        second.Dispose();
        Assert.That(pool.InUse, Is.Zero);
    }

    [Test]
    public void CreateFrameChannel_Lossless_MakesCaptureWaitInsteadOfDropping()
    {
        var pool = new FramePool(4, 2, capacity: 4);
        var dropped = 0;
        var channel = FrameChannels.CreateFrameChannel(1, () => dropped++, lossless: true);
        Assert.That(pool.TryRent(out var a), Is.True);
        Assert.That(pool.TryRent(out var b), Is.True);
        Assert.That(channel.Writer.TryWrite(a), Is.True);
        Assert.That(channel.Writer.TryWrite(b), Is.False, "a recording read as fast as possible waits for analysis");
        Assert.That(dropped, Is.Zero);
        b.Dispose();
        a.Dispose();
    }

    [Test]
    public async Task CreateEventChannel_Full_WriterWaitsAndNothingIsLost()
    {
        var channel = FrameChannels.CreateEventChannel<AgentEvent>(2);
        var events = new AgentEvent[3];
        for (var i = 0; i < events.Length; i++) events[i] = new CameraStatusEvent { Camera = "gate", CaptureTime = DateTimeOffset.UnixEpoch, Phase = "online", Frame = i };
        await channel.Writer.WriteAsync(events[0]);
        await channel.Writer.WriteAsync(events[1]);
        var third = channel.Writer.WriteAsync(events[2]);
        Assert.That(third.IsCompleted, Is.False, "a full event channel holds the writer back rather than dropping");
        Assert.That(channel.Reader.TryRead(out var e0) && ReferenceEquals(e0, events[0]));
        await third;
        Assert.That(channel.Reader.TryRead(out var e1) && ReferenceEquals(e1, events[1]));
        Assert.That(channel.Reader.TryRead(out var e2) && ReferenceEquals(e2, events[2]));
    }
}
