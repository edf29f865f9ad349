using EdgeAgent.Pipeline;

// Not EdgeAgent.Tests.Pipeline: that namespace would shadow EdgeAgent.Pipeline for tests that write Pipeline.X.
namespace EdgeAgent.Tests.PipelineSnapshots;

public sealed class SnapshotTapTests
{
    private static Frame Rent(FramePool pool, byte fill, long index)
    {
        Assert.That(pool.TryRent(out var frame), Is.True);
        frame.Image.Pixels.Fill(fill);
        frame.Index = index;
        frame.CaptureTime = DateTimeOffset.UnixEpoch.AddSeconds(index);
        return frame;
    }

    [Test]
    public void Offer_NobodyAsks_AllocatesNothingAndCopiesNothing()
    {
        var tap = new SnapshotTap("cam");
        var pool = new FramePool(64, 36);
        using var frame = Rent(pool, 7, 1);
        tap.Offer(frame);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) tap.Offer(frame);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(tap.Pending, Is.False);
    }

    [Test]
    public async Task NextAsync_FrameOffered_GetsAnOwnCopyOfThatFrame()
    {
        var tap = new SnapshotTap("cam");
        var pool = new FramePool(64, 36);
        var request = tap.NextAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.That(tap.Pending, Is.True);
        var frame = Rent(pool, 42, 3);
        tap.Offer(frame);
        frame.Dispose();
        // The pool hands the same buffer out again and the camera overwrites it: the copy must not change.
        using var next = Rent(pool, 99, 4);
        tap.Offer(next);
        var copy = await request;
        Assert.Multiple(() =>
        {
            Assert.That(copy.Index, Is.EqualTo(3));
            Assert.That(copy.CaptureTime, Is.EqualTo(DateTimeOffset.UnixEpoch.AddSeconds(3)));
            Assert.That((copy.Image.Width, copy.Image.Height), Is.EqualTo((64, 36)));
            Assert.That(copy.Image.Pixels.ToArray(), Is.All.EqualTo(42));
            Assert.That(tap.Pending, Is.False, "one request, one copy");
        });
    }

    [Test]
    public void NextAsync_NoFrameComes_TimeoutNamingTheCamera()
    {
        var tap = new SnapshotTap("door");
        var ex = Assert.ThrowsAsync<TimeoutException>(() => tap.NextAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None));
        Assert.That(ex!.Message, Does.Contain("camera door delivered no frame"));
    }

    [Test]
    public void Remove_RequestWaiting_FailsAtOnceAndLaterRequestsToo()
    {
        var taps = new SnapshotTaps();
        var tap = new SnapshotTap("door");
        taps.Add(tap);
        Assert.That(taps.TryGet("door", out _), Is.True);
        var waiting = tap.NextAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        taps.Remove(tap);
        // Well inside the request's own 30 s: the camera stopping ends the wait, not the timeout.
        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("camera door stopped"));
            Assert.ThrowsAsync<InvalidOperationException>(() => tap.NextAsync(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.That(taps.Running, Is.Empty);
        });
    }

    [Test]
    public void Remove_OlderTapOfRestartedCamera_KeepsTheNewOne()
    {
        var taps = new SnapshotTaps();
        var old = new SnapshotTap("door");
        var current = new SnapshotTap("door");
        taps.Add(old);
        taps.Add(current);
        taps.Remove(old);
        Assert.That(taps.TryGet("door", out var found) && ReferenceEquals(found, current), Is.True);
    }
}
