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
            var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
            {
                "-v", "error", "-nostdin", "-y", "-i", TestPaths.Media("vtest.avi"),
                "-f", "lavfi", "-i", "color=c=0xd8d0c0:s=48x36",
                "-filter_complex", "[0][1]overlay=x=110:y=470:enable='between(t,10,40)'",
                "-t", "55", "-c:v", "mjpeg", "-q:v", "3", clip,
            })
            {
                psi.ArgumentList.Add(a);
            }
            using (var ffmpeg = Process.Start(psi)!)
            {
                var err = await ffmpeg.StandardError.ReadToEndAsync();
                await ffmpeg.WaitForExitAsync();
                Assert.That(ffmpeg.ExitCode, Is.Zero, err);
            }
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
