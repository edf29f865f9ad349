using EdgeAgent.Capture;

namespace EdgeAgent.Tests.Capture;

public sealed class StreamInfoTests
{
    [Test]
    public void TryParse_FfmpegInputLine_ReadsSizeAndRate()
    {
        var s = StreamInfo.TryParse("  Stream #0:0: Video: h264 (Constrained Baseline), yuv420p(tv, smpte170m, progressive), 768x576 [SAR 1:1 DAR 4:3], 10 fps, 10 tbr, 90k tbn");
        Assert.That(s, Is.EqualTo(new StreamInfo("h264", 768, 576, 10)));
    }

    [Test]
    public void TryParse_AviWithFractionalRate_ReadsIt()
    {
        var s = StreamInfo.TryParse("  Stream #0:0: Video: mpeg4 (Simple Profile) (XVID / 0x44495658), yuv420p, 720x480 [SAR 1:1 DAR 3:2], 1807 kb/s, 29.97 fps, 29.97 tbr, 29.97 tbn");
        Assert.That(s!.Fps, Is.EqualTo(29.97));
        Assert.That(s.Width, Is.EqualTo(720));
    }

    [Test]
    public void TryParse_OtherLine_ReturnsNull() =>
        Assert.That(StreamInfo.TryParse("  Stream #0:1: Audio: ac3, 48000 Hz, stereo, fltp, 192 kb/s"), Is.Null);
}

public sealed class BackoffTests
{
    [Test]
    public void Next_DoublesUpToTheCapWithJitterInUpperHalf()
    {
        var b = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(1));
        var delays = Enumerable.Range(0, 8).Select(_ => b.Next().TotalSeconds).ToList();
        Assert.That(delays[0], Is.InRange(0.5, 1));
        Assert.That(delays[2], Is.InRange(2, 4));
        Assert.That(delays.Skip(4), Is.All.InRange(5, 10));
        b.Reset();
        Assert.That(b.Next().TotalSeconds, Is.InRange(0.5, 1));
    }
}
