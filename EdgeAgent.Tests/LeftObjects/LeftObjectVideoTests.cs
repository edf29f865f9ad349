using System.Diagnostics;
using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.LeftObjects;

/// <summary><c>edgeagent detect --kinds left --json VIDEO</c> in-process, through the real pipeline and models.</summary>
public class LeftObjectVideoTests
{
    private static async Task<List<JsonElement>> DetectAsync(string video, string leftObjects)
    {
        var dir = TestPaths.TempDir();
        try
        {
            var config = Path.Combine(dir, "left.yaml");
            await File.WriteAllTextAsync(config, $$"""
                models: {dir: "{{TestPaths.ModelsDir}}", manifest: "{{TestPaths.Manifest}}", intra_op_threads: 2}
                cameras:
                  - id: left
                    url: /dev/null
                    left_objects: {{leftObjects}}
                """);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliRoot.InvokeAsync(["detect", video, "--kinds", "left", "--json", "--fps", "5", "--config", config, "--camera", "left"], output, error);
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            var left = lines.Where(l => l.GetProperty("kind").GetString() == "left_object").ToList();
            foreach (var l in left) TestContext.Out.WriteLine(l.ToString());
            return left;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>vtest.avi with the given extra inputs laid over it by <paramref name="filter"/>, MJPEG, cut at <paramref name="seconds"/>.</summary>
    private static async Task ComposeAsync(string clip, double seconds, string filter, params string[] inputs)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-v", "error", "-nostdin", "-y", "-i", TestPaths.Media("vtest.avi"), .. inputs,
            "-filter_complex", filter, "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c:v", "mjpeg", "-q:v", "3", clip])
        {
            psi.ArgumentList.Add(a);
        }
        using var ffmpeg = Process.Start(psi)!;
        var err = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.That(ffmpeg.ExitCode, Is.Zero, err);
    }

    [Test]
    public async Task Detect_PersonStandsStillBehindBagThenLeaves_OneAlarmOnTheBagAfterHeHasGone()
    {
        // darknet's person.jpg man (cut at his detected box, 82x277, scaled to 50x170) stands still on vtest's lawn
        // from 5 s to 35 s with a bag-sized box in front of his legs (he is partly hidden by it), then walks off to the
        // left and is out of view by 38 s; the bag stays. His track may be lost while he stands: the alarm must wait
        // for him to go all the same, and start T = 10 s after that.
        var dir = TestPaths.TempDir();
        try
        {
            var clip = Path.Combine(dir, "vtest-owner.avi");
            await ComposeAsync(clip, 65,
                "[1]crop=82:277:191:105,scale=50:170[man];[0][man]overlay=x='if(lt(t,35),125,125-(t-35)*60)':y=330:enable='between(t,5,38)'[a];"
                + "[a][2]overlay=x=120:y=470:enable='gte(t,5)'",
                "-loop", "1", "-framerate", "10", "-i", TestPaths.Media("person.jpg"), "-f", "lavfi", "-i", "color=c=0x3a2a20:s=48x36");
            var events = await DetectAsync(clip, "{after: 10s, update_interval: 60s}");
            var bag = new BoxF(120, 470, 48, 36);
            var starts = Phase(events, "start").ToList();
            Assert.That(starts, Has.Count.EqualTo(1));
            Assert.That(Box(starts[0]).IoU(bag), Is.GreaterThanOrEqualTo(0.5f), starts[0].ToString());
            Assert.That(starts[0].GetProperty("frame").GetInt64(), Is.GreaterThanOrEqualTo(450), "10 fps: he leaves at 35 s, T = 10 s after");
            Assert.That(starts[0].TryGetProperty("owner_left", out _), Is.True, "the start says when the owner left");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public async Task Detect_LargeVehicleStopsFor40sThenLeaves_NoAlarm()
    {
        // dog.jpg's car (its detected box 214x88, scaled to 428x176) drives into vtest from the right, stands from 10 s
        // to 50 s, and drives off: a bus or a train at a platform, standing far longer than T.
        var dir = TestPaths.TempDir();
        try
        {
            var clip = Path.Combine(dir, "vtest-vehicle.avi");
            await ComposeAsync(clip, 60,
                "[1]crop=214:88:468:77,scale=428:176[car];[0][car]overlay=x='if(lt(t,10),768-(t-5)*68,if(lt(t,50),428,428-(t-50)*100))':y=300:enable='between(t,5,56)'",
                "-loop", "1", "-framerate", "10", "-i", TestPaths.Media("dog.jpg"));
            var events = await DetectAsync(clip, "{after: 10s}");
            Assert.That(Phase(events, "start"), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static BoxF Box(JsonElement e)
    {
        var b = e.GetProperty("box");
        return new BoxF(b[0].GetSingle(), b[1].GetSingle(), b[2].GetSingle(), b[3].GetSingle());
    }

    private static IEnumerable<JsonElement> Phase(List<JsonElement> events, string phase) =>
        events.Where(e => e.GetProperty("event").GetString() == phase);

    // ABODA video4 (720x480, 29.97 fps): a bag put down ~frame 300-390 next to the blue box, its owner leaves ~580;
    // it stays to the end (frame 1168), ~19.5 s unattended. See events.tsv beside it.
    private static readonly BoxF AbodaBag = new(451, 366, 54, 49);

    [Test]
    public async Task Detect_AbodaVideo4T15_StartsOnTheBagWhileUnattended()
    {
        var video = TestPaths.Dataset("video/abandoned_aboda/video4.avi");
        var events = await DetectAsync(video, "{after: 15s}");
        var starts = Phase(events, "start").ToList();
        Assert.That(starts, Has.Count.EqualTo(1));
        Assert.That(starts[0].GetProperty("frame").GetInt64(), Is.InRange(580, 1168));
        Assert.That(Box(starts[0]).IoU(AbodaBag), Is.GreaterThanOrEqualTo(0.3f), starts[0].ToString());
    }

    [Test]
    public async Task Detect_AbodaVideo4T30_NoStart()
    {
        var video = TestPaths.Dataset("video/abandoned_aboda/video4.avi");
        var events = await DetectAsync(video, "{after: 30s}");
        Assert.That(Phase(events, "start"), Is.Empty, "the bag is unattended only ~19.5 s before the clip ends");
    }

    [Test]
    public async Task Detect_VtestWithPastedObject_OneAlarmAfterTEndedWhenRemoved()
    {
        // vtest.avi (768x576, 10 fps) with a light box on the lawn from 10 s to 40 s: something put down, then taken.
        var dir = TestPaths.TempDir();
        try
        {
            var clip = Path.Combine(dir, "vtest-object.avi");
            await ComposeAsync(clip, 55, "[0][1]overlay=x=110:y=470:enable='between(t,10,40)'", "-f", "lavfi", "-i", "color=c=0xd8d0c0:s=48x36");
            var events = await DetectAsync(clip, "{after: 10s, update_interval: 60s}");
            var pasted = new BoxF(110, 470, 48, 36);
            Assert.That(events.Select(e => e.GetProperty("event").GetString()), Is.EqualTo(new[] { "start", "end" }));
            var start = events[0];
            var end = events[1];
            Assert.That(Box(start).IoU(pasted), Is.GreaterThanOrEqualTo(0.5f), start.ToString());
            Assert.That(start.GetProperty("frame").GetInt64(), Is.InRange(185, 260), "10 fps: pasted at frame 100, T = 10 s (dated back from its evidence to within a second)");
            Assert.That(end.GetProperty("reason").GetString(), Is.EqualTo("removed"));
            Assert.That(end.GetProperty("frame").GetInt64(), Is.InRange(400, 450), "taken at frame 400, gone after the missing grace");
            Assert.That(end.GetProperty("object").GetInt64(), Is.EqualTo(start.GetProperty("object").GetInt64()));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
