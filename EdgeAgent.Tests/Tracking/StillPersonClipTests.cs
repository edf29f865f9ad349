using EdgeAgent.Configuration;
using EdgeAgent.Evaluation;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Tracking;

/// <summary>Tracks through the real camera pipeline on clips composed from Debian media (every clone has them).</summary>
public class StillPersonClipTests
{
    /// <summary>Where the still person stands in the composed clip (vtest pixels), and the box hiding their lower half.</summary>
    private static readonly BoxF Person = new(600, 230, 60, 180);
    private static readonly BoxF Occluder = new(585, 320, 120, 95);

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("still-person");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Run_PersonStandingHalfHiddenFor20s_KeepsOneTrackFromStartToEnd()
    {
        // vtest's hall with people walking past, the woman of darknet's person.jpg pasted standing still, and a
        // brown box over her lower half for all 20 s.
        var clip = Path.Combine(_dir, "still.avi");
        FfmpegCli.Run("-i", TestPaths.Media("vtest.avi"), "-loop", "1", "-i", TestPaths.Media("person.jpg"), "-filter_complex",
            $"[1:v]crop=90:285:187:100,scale=-2:{Person.H}[p];[0:v][p]overlay=x={Person.X}:y={Person.Y}:shortest=1," +
            $"drawbox=x={Occluder.X}:y={Occluder.Y}:w={Occluder.W}:h={Occluder.H}:color=0x5a4632:t=fill",
            "-t", "20", "-r", "10", "-c:v", "mpeg4", "-q:v", "3", clip);
        var analyzer = new SourceAnalyzer(new AgentOptions(), ModelFixture.Registry, NullLoggerFactory.Instance, TimeProvider.System);
        var camera = await SourceAnalyzer.CameraForAsync(clip, null, 5, null, CancellationToken.None);
        var events = new List<ObjectEvent>();

        await analyzer.RunAsync(camera, e =>
        {
            if (e is ObjectEvent { Label: "person" } o) events.Add(o);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        // Her visible upper half: any person event whose box is mostly hers is about her.
        var visible = new BoxF(Person.X, Person.Y, Person.W, Occluder.Y - Person.Y);
        var hers = events.Where(e => e.Box.IoU(visible) >= 0.4f).ToList();
        var dump = string.Join(Environment.NewLine, hers.Select(EventJson.ToCliLine));
        Assert.That(hers.Select(e => e.Track).Distinct(), Has.Exactly(1).Items, dump);
        var track = hers[0].Track;
        var mine = events.Where(e => e.Track == track).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mine[0].Phase, Is.EqualTo("new"));
            Assert.That(mine[0].Frame, Is.LessThan(20), "confirmed within 2 s of the start: " + dump);
            Assert.That(mine[^1].Phase, Is.EqualTo("end"));
            Assert.That(mine[^1].Duration, Is.GreaterThanOrEqualTo(19), "tracked to the end of the clip: " + dump);
            Assert.That(mine[^1].Box.IoU(visible), Is.GreaterThanOrEqualTo(0.4f), "the end box is where she was last seen");
        });
    }

    [Test]
    public async Task Tracks_Vtest_FewBirthsPerPersonSecondAndHonestEndBoxes()
    {
        var camera = await SourceAnalyzer.CameraForAsync(TestPaths.Media("vtest.avi"), null, 5, null, CancellationToken.None);

        var result = await EvaluationRuns.TracksAsync(new AgentOptions(), ModelFixture.Registry, NullLoggerFactory.Instance, camera, "person", CancellationToken.None);

        Assert.Multiple(() =>
        {
            // Before issue 16: 0.097 births per person-second, 440 track-frames without a detection, 13 of 38 end boxes empty.
            Assert.That(result.BirthsPerSecond, Is.LessThanOrEqualTo(0.05), result.Text());
            Assert.That(result.MissedTrackFrames, Is.LessThan(440), result.Text());
            Assert.That(result.BadEndBoxes, Is.Zero, result.Text());
        });
    }
}
