using EdgeAgent.Configuration;
using EdgeAgent.Evaluation;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Detection;

/// <summary>The detection interval through the real camera pipeline, on a quiet clip composed from Debian media.</summary>
public class DetectionIntervalClipTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("interval");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Tracks_QuietHallWithPassersBy_DetectorRestsWithoutLosingAnyone()
    {
        // As scripts/quiet-clip.sh, shorter: vtest's first frame frozen (people standing), live walkers pasted in for 6 s.
        var still = Path.Combine(_dir, "still.png");
        var clip = Path.Combine(_dir, "quiet.avi");
        FfmpegCli.Run("-i", TestPaths.Media("vtest.avi"), "-frames:v", "1", still);
        FfmpegCli.Run("-loop", "1", "-framerate", "10", "-i", still, "-i", TestPaths.Media("vtest.avi"), "-filter_complex",
            "[1:v]crop=256:576:0:0[w];[0:v][w]overlay=x=0:y=0:enable='between(t,6,12)'", "-t", "20", "-r", "10", "-c:v", "mpeg4", "-q:v", "3", clip);
        var camera = await SourceAnalyzer.CameraForAsync(clip, null, 5, null, CancellationToken.None);

        var every = await EvaluationRuns.TracksAsync(new AgentOptions(), ModelFixture.Registry, NullLoggerFactory.Instance, camera with { Detect = camera.Detect with { Interval = 1 } }, "person", CancellationToken.None);
        var auto = await EvaluationRuns.TracksAsync(new AgentOptions(), ModelFixture.Registry, NullLoggerFactory.Instance, camera, "person", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(every.DetectorFrames, Is.EqualTo(every.Frames), every.Text());
            // The standing people keep the detector busy without the interval (tracks exist, so gating cannot skip).
            Assert.That(auto.DetectorFrames, Is.LessThan(every.Frames * 0.6), auto.Text());
            Assert.That(auto.Births, Is.EqualTo(every.Births), "no track lost or split: " + auto.Text() + every.Text());
            Assert.That(auto.PresentSeconds, Is.EqualTo(every.PresentSeconds).Within(every.PresentSeconds * 0.03), auto.Text() + every.Text());
        });
    }
}
