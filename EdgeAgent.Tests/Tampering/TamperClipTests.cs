using System.Diagnostics;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Tampering;

/// <summary>
/// Picture tamper through the real camera pipeline (ffmpeg decode, motion's grey image, the tamper stage) on the Debian
/// clips with ffmpeg filters applied from the middle on. Clips run 75 s at 5 fps (Megamind, 11 s, looped); the reference
/// is learned over the first 20 s (the default 3 minutes is longer than the clips), the filter acts from 40 s to 60 s.
/// </summary>
public class TamperClipTests
{
    private const double FilterFrom = 40;
    private const double FilterTo = 60;
    private const double ClipSeconds = 75;
    private const double Fps = 5;
    private const string During = "enable='between(t,40,60)'";

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("tamper");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    // A box over 90 % of the view (0.95 × 0.95), a strong blur, the view turned by a third (its right two thirds moved
    // left, new scene where they were), and a light saturating the sensor.
    private const string Cover = "[0]drawbox=x=0:y=0:w=iw*0.95:h=ih*0.95:color=0x303030:t=fill:" + During;
    private const string Blur = "[0]gblur=sigma=8:" + During;
    private const string Turn = "[0]split=3[a][b][c];[b]crop=w=2*iw/3:h=ih:x=iw/3:y=0[r];[c]crop=w=iw/3:h=ih:x=0:y=0,vflip[n];[r][n]hstack[s];[a][s]overlay=" + During;
    private const string Glare = "[0]lutyuv=y='clip(val*5+140,0,255)':" + During;

    [TestCase("vtest.avi", Cover, "covered")]
    [TestCase("Megamind.avi", Cover, "covered")]
    [TestCase("vtest.avi", Blur, "defocused")]
    [TestCase("Megamind.avi", Blur, "defocused")]
    [TestCase("vtest.avi", Turn, "turned")]
    [TestCase("Megamind.avi", Turn, "turned")]
    [TestCase("vtest.avi", Glare, "blinded")]
    [TestCase("Megamind.avi", Glare, "blinded")]
    public async Task Run_FilterFromMidClip_RaisesItsTypeWithin10sAndEndsAfterTheFilterStops(string media, string filter, string type)
    {
        var events = await RunAsync(media, filter);

        var dump = string.Join(Environment.NewLine, events.Select(EventJson.ToCliLine));
        Assert.That(events.Select(e => (e.Type, e.Phase)), Is.EqualTo(new[] { (type, "start"), (type, "end") }), dump);
        var start = events[0].Frame / Fps;
        var end = events[1].Frame / Fps;
        Assert.Multiple(() =>
        {
            Assert.That(start, Is.InRange(FilterFrom, FilterFrom + 10), "start within 10 s of the filter: " + dump);
            Assert.That(end, Is.InRange(FilterTo, ClipSeconds), "end after the filter stopped, before the clip ends: " + dump);
            Assert.That(events[0].Priority, Is.EqualTo(EventPriority.High));
            Assert.That(events[1].Seconds, Is.InRange(FilterTo - start, FilterTo - start + 10), dump);
        });
    }

    [TestCase("vtest.avi", "[0]null", TestName = "Run_VtestUnmodified_RaisesNothing")]
    [TestCase("Megamind.avi", "[0]null", TestName = "Run_MegamindUnmodified_RaisesNothing")]
    // Dusk without auto exposure: 30 % darker over 30 s (from 30 s to 60 s), and it stays dark.
    [TestCase("vtest.avi", "[0]eq=brightness='-0.3*min(max(t-30,0),30)/30':eval=frame", TestName = "Run_VtestBrightnessRampOver30s_RaisesNothing")]
    [TestCase("Megamind.avi", "[0]eq=brightness='-0.3*min(max(t-30,0),30)/30':eval=frame", TestName = "Run_MegamindBrightnessRampOver30s_RaisesNothing")]
    // A bus-sized box (a third of the width, 80 % of the height) crossing the whole view in 3 s.
    [TestCase("vtest.avi", "[0]null[v];color=c=0x804020:s=256x460[box];[v][box]overlay=x='-256+(t-40)*(W+256)/3':y=H*0.1:enable='between(t,40,43)'", TestName = "Run_VtestLargeObjectCrossingFor3s_RaisesNothing")]
    [TestCase("Megamind.avi", "[0]null[v];color=c=0x804020:s=256x420[box];[v][box]overlay=x='-256+(t-40)*(W+256)/3':y=H*0.1:enable='between(t,40,43)'", TestName = "Run_MegamindLargeObjectCrossingFor3s_RaisesNothing")]
    // Day/night: from 40 s the picture is IR grey (foliage bright, other weights, less contrast) for good.
    [TestCase("vtest.avi", "[0]split[a][b];[b]colorchannelmixer=.2:.6:.2:0:.2:.6:.2:0:.2:.6:.2,eq=contrast=0.8:brightness=0.05[g];[a][g]overlay=enable='gte(t,40)'", TestName = "Run_VtestDayNightSwitchToIrGrey_RaisesNothing")]
    public async Task Run_Control_RaisesNothing(string media, string filter)
    {
        var events = await RunAsync(media, filter);

        Assert.That(events, Is.Empty, string.Join(Environment.NewLine, events.Select(EventJson.ToCliLine)));
    }

    /// <summary>Composes the clip and runs it through a camera with tamper on and no other analytics.</summary>
    private async Task<List<CameraTamperEvent>> RunAsync(string media, string filter)
    {
        var clip = Path.Combine(_dir, "clip.avi");
        // Megamind is 11 s: looped so that the reference, the filter and the end all fit.
        string[] loop = media == "Megamind.avi" ? ["-stream_loop", "7"] : [];
        await FfmpegAsync([.. loop, "-i", TestPaths.Media(media), "-filter_complex", filter, "-an",
            "-t", ClipSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-r", "5", "-c:v", "mpeg4", "-q:v", "4", clip]);
        var options = ConfigLoader.Parse($"""
            cameras:
              - id: cam
                url: {clip}
                analytics: []
                tamper: {"{"}learn: 20s{"}"}
            """, "tamper.yaml");
        var template = options.Cameras[0];
        Assert.That(template.Tamper.Learn, Is.EqualTo(TimeSpan.FromSeconds(20)));
        var camera = await SourceAnalyzer.CameraForAsync(clip, template, Fps, null, CancellationToken.None);
        Assert.That(camera.Analytics, Is.EqualTo(AnalysisKinds.None));
        var analyzer = new SourceAnalyzer(options, ModelFixture.Registry, NullLoggerFactory.Instance, TimeProvider.System);
        var events = new List<CameraTamperEvent>();
        await analyzer.RunAsync(camera, e =>
        {
            if (e is CameraTamperEvent t) events.Add(t);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        return events;
    }

    private static async Task FfmpegAsync(string[] args)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-nostdin", "-y" }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start ffmpeg");
        var err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.That(p.ExitCode, Is.Zero, "ffmpeg: " + err);
    }
}
