using System.Globalization;
using System.Text.RegularExpressions;
using EdgeAgent.Cli;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Tests.Imaging;

namespace EdgeAgent.Tests.Cli;

/// <summary><c>edgeagent snapshot --annotate</c> and <c>detect VIDEO --annotate</c> on real media through the real models.</summary>
public sealed partial class SnapshotCommandTests
{
    private string _dir = "";
    private string _config = "";

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir();
        _config = Path.Combine(_dir, "cameras.yaml");
        File.WriteAllText(_config, $$"""
            models: {dir: "{{TestPaths.ModelsDir}}", manifest: "{{TestPaths.Manifest}}", intra_op_threads: 2}
            cameras:
              - id: pitch
                url: /dev/null
                zones:
                  - {name: walkway, polygon: [[0.1, 0.5], [0.4, 0.5], [0.45, 0.9], [0.05, 0.9]], labels: [person]}
              - id: hall
                url: "{{TestPaths.Media("vtest.avi")}}"
                zones:
                  - {name: floor, polygon: [[0.0, 0.3], [1.0, 0.3], [1.0, 1.0], [0.0, 1.0]], labels: [person]}
                lines:
                  - {name: mid, points: [[0.5, 0.0], [0.5, 1.0]], labels: [person]}
            """);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^(\w+)\s+(\d\.\d\d)\s+(-?\d+)\s+(-?\d+)\s+(\d+)\s+(\d+)$", RegexOptions.Multiline)]
    private static partial Regex DetectionLine();

    [Test]
    public async Task Snapshot_MessiWithCameraZone_DrawsTheZoneAndTheDetectedPersonAtTheSourceSize()
    {
        var jpeg = Path.Combine(_dir, "pitch.jpg");
        var (code, output, error) = await Run("snapshot", TestPaths.Media("messi5.jpg"), "--camera", "pitch", "--config", _config, "--annotate", jpeg, "--no-grid");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("face(s) blurred").And.Not.Contain("NOT blurred"));
        var image = ImageCodec.DecodeFile(jpeg);
        Assert.That((image.Width, image.Height), Is.EqualTo((548, 342)), "the source's own size");
        var original = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        foreach (var (vx, vy) in new[] { (0.1, 0.5), (0.4, 0.5), (0.45, 0.9), (0.05, 0.9) })
        {
            var (px, py) = ((int)(vx * 548), (int)(vy * 342));
            // JPEG's halved chroma pulls a 2 px yellow line towards its surroundings, blue most.
            Assert.That(AnnotatorTests.Near(AnnotatorTests.At(image, px, py), Annotator.ZoneColor, 80), Is.True, $"zone vertex ({vx},{vy}) is {AnnotatorTests.At(image, px, py)} after JPEG");
            Assert.That(AnnotatorTests.Near(AnnotatorTests.At(original, px, py), Annotator.ZoneColor, 80), Is.False, "the photograph is not yellow there");
        }
        var people = DetectionLine().Matches(output).Where(m => m.Groups[1].Value == "person").ToList();
        Assert.That(people, Is.Not.Empty, output);
        var m = people[0];
        int V(int g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var (x, y, w, h) = (V(3), V(4), V(5), V(6));
        // The printed box is rounded, the 2 px edge sits over a dark halo and JPEG smears a thin line's colour, so any
        // clearly red pixel within 2 px of the edge counts.
        static bool Red((byte R, byte G, byte B) p) => p.R > 150 && p.R - p.G > 100 && p.R - p.B > 100;
        bool RedNear(int px, int py, bool across) => Enumerable.Range(-2, 5).Any(d =>
            Red(AnnotatorTests.At(image, Math.Clamp(across ? px + d : px, 0, 547), Math.Clamp(across ? py : py + d, 0, 341))));
        Assert.That(RedNear(x, y + h / 2, across: true), Is.True, "left edge of the person's box");
        Assert.That(RedNear(x + w, y + h / 2, across: true), Is.True, "right edge of the person's box");
        Assert.That(RedNear(x + w / 2, y + h, across: false), Is.True, "bottom edge of the person's box");
        var centre = AnnotatorTests.At(image, x + w / 2, y + h / 2);
        var before = AnnotatorTests.At(original, x + w / 2, y + h / 2);
        Assert.That(AnnotatorTests.Near(centre, new SkiaSharp.SKColor(before.R, before.G, before.B), 40), Is.True, $"the box is an outline, not a fill: {before} became {centre}");
        Assert.That(Red(AnnotatorTests.At(original, x, y + h / 2)) && Red(AnnotatorTests.At(original, x + w, y + h / 2)), Is.False, "the photograph is not red on both sides");
    }

    [Test]
    public async Task Snapshot_VtestByCameraId_PlaysThePipelineAndWritesTheLastFrame()
    {
        var jpeg = Path.Combine(_dir, "hall.jpg");
        var (code, output, error) = await Run("snapshot", "hall", "--config", _config, "--annotate", jpeg, "--seconds", "2");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("1 line(s)").And.Contain("frame "));
        var image = ImageCodec.DecodeFile(jpeg);
        Assert.That((image.Width, image.Height), Is.EqualTo((768, 576)));
        // The line runs down the middle of the hall; a person's box or trail may cross it, so most of it, not all, is green.
        var samples = Enumerable.Range(0, 21).Select(i => AnnotatorTests.At(image, 384, 80 + (i * 20))).ToList();
        Assert.That(samples.Count(p => AnnotatorTests.Near(p, Annotator.LineColor, 70)), Is.GreaterThanOrEqualTo(14), string.Join(" ", samples));
        Assert.That(AnnotatorTests.Near(AnnotatorTests.At(image, 200, 300), Annotator.LineColor, 70), Is.False, "nowhere else");
    }

    [Test]
    public async Task Snapshot_MissingFile_SaysSoWithUsageCode()
    {
        var missing = Path.Combine(_dir, "nowhere", "gate.jpg");
        var (code, _, error) = await Run("snapshot", missing, "--config", _config, "--annotate", Path.Combine(_dir, "out.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain(missing).And.Contain("no such file").And.Not.Contain("   at "));
        Assert.That(File.Exists(Path.Combine(_dir, "out.jpg")), Is.False);
    }

    [Test]
    public async Task Snapshot_UnknownCamera_NamesItAndTheKnownOnes()
    {
        var (code, _, error) = await Run("snapshot", "gatee", "--config", _config, "--annotate", Path.Combine(_dir, "out.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("gatee").And.Contain("pitch, hall").And.Not.Contain("   at "));
    }

    [Test]
    public async Task Snapshot_UnwritableOut_NamesTheFolderBeforeAnyWork()
    {
        var into = Path.Combine(_dir, "no-such-folder", "out.jpg");
        var (code, _, error) = await Run("snapshot", TestPaths.Media("messi5.jpg"), "--config", _config, "--annotate", into);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain(into).And.Contain("does not exist").And.Not.Contain("   at "));
    }

    [Test]
    public async Task Snapshot_BadConfig_ExitsWithConfigCode()
    {
        var (code, _, error) = await Run("snapshot", "hall", "--config", Path.Combine(_dir, "absent.yaml"), "--annotate", Path.Combine(_dir, "out.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Config), error);
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task Detect_VtestAnnotate_WritesOnePicturePerEventNamedByFrameAndKind()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "events")).FullName;
        var (code, output, error) = await Run("detect", TestPaths.Media("vtest.avi"), "--config", _config, "--camera", "hall", "--json", "--annotate", folder, "--seconds", "25");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        var files = Directory.GetFiles(folder, "*.jpg").Select(Path.GetFileName).ToList();
        Assert.That(files, Is.Not.Empty, error);
        Assert.That(files, Has.All.Match(@"^\d{6}-[a-z_]+(-\d+)?\.jpg$"));
        var frameEvents = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => !l.Contains("\"kind\":\"camera\"", StringComparison.Ordinal));
        Assert.That(files, Has.Count.InRange(1, frameEvents), "one per event raised on a frame (camera online/offline have none)");
        Assert.That(files, Has.Some.Match(@"-object"), "people walking in make object events");
        var first = ImageCodec.DecodeFile(Path.Combine(folder, files.Order(StringComparer.Ordinal).First()!));
        Assert.That((first.Width, first.Height), Is.EqualTo((768, 576)));
    }
}
