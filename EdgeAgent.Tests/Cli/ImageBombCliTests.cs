using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

/// <summary>The verbs that decode photos, given hostile files: a clear message naming the file, the exit code, no stack trace.</summary>
public sealed class ImageBombCliTests
{
    private string _dir = "";
    private string _config = "";

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir("edgeagent-bomb-cli");
        _config = WriteConfig("");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string WriteConfig(string extra)
    {
        var path = Path.Combine(_dir, $"edgeagent-{Guid.NewGuid():n}.yaml");
        File.WriteAllText(path, $"device:\n  state_dir: state\nmodels:\n  dir: {TestPaths.ModelsDir}\n  manifest: {TestPaths.Manifest}\n  intra_op_threads: 1\n{extra}");
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(string config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync([.. args, "--config", config], output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A hostile file of the given kind and the words its error must contain.</summary>
    private (string Path, string Says) Hostile(string kind) => kind switch
    {
        "png-bomb" => (HostileImages.Png(Path.Combine(_dir, "bomb.png"), 60000, 60000, rows: 16), "60000x60000"),
        "jpeg-bomb" => (HostileImages.JpegClaiming(TestPaths.Media("dog.jpg"), Path.Combine(_dir, "bomb.jpg"), 65500, 65500), "65500x65500"),
        "truncated" => (HostileImages.Truncated(TestPaths.Media("dog.jpg"), Path.Combine(_dir, "cut.jpg"), 0.4), "truncated"),
        "empty" => (HostileImages.Empty(Path.Combine(_dir, "empty.jpg")), "empty"),
        "text" => (HostileImages.Text(Path.Combine(_dir, "note.jpg")), "not a readable image"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void AssertNoStackTrace(string text) =>
        Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "a user error never prints a stack trace");

    [TestCase("png-bomb")]
    [TestCase("jpeg-bomb")]
    [TestCase("truncated")]
    [TestCase("empty")]
    [TestCase("text")]
    public async Task Detect_HostileImage_ExitsOneNamingTheFile(string kind)
    {
        var (path, says) = Hostile(kind);

        var (code, output, err) = await Run(_config, "detect", path, "--json");

        Assert.That(code, Is.EqualTo(ExitCodes.Failure), err);
        Assert.That(err, Does.Contain(path).And.Contain(says));
        Assert.That(output, Is.Empty);
        AssertNoStackTrace(output + err);
    }

    [TestCase("png-bomb")]
    [TestCase("jpeg-bomb")]
    [TestCase("empty")]
    public async Task WatchlistAddFace_HostileImage_ExitsOneAndAddsNothing(string kind)
    {
        var (path, says) = Hostile(kind);

        var (code, output, err) = await Run(_config, "watchlist", "add-face", "--id", "x", "--name", "X", path);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure), err);
        Assert.That(err, Does.Contain(path).And.Contain(says).And.Contain("nothing added"));
        AssertNoStackTrace(output + err);
        Assert.That(File.Exists(Path.Combine(_dir, "state", "watchlist.db")), Is.False, "the list is not even opened");
    }

    [Test]
    public async Task Detect_ImageOverConfiguredLimit_ExitsOneNamingTheSetting()
    {
        var config = WriteConfig("limits:\n  max_image_pixels: 100000\n");
        var dog = TestPaths.Media("dog.jpg");

        var (code, output, err) = await Run(config, "detect", dog, "--json");

        Assert.That(code, Is.EqualTo(ExitCodes.Failure), err);
        Assert.That(err, Does.Contain(dog).And.Contain("768x576").And.Contain("limits.max_image_pixels"));
        AssertNoStackTrace(output + err);
    }

    [Test]
    public async Task ConfigValidate_ImageLimitOutOfRange_ExitsThreeWithThePath()
    {
        var config = WriteConfig("limits:\n  max_image_pixels: 10\n");

        var (code, output, err) = await Run(config, "config", "validate", config);

        Assert.That(code, Is.EqualTo(ExitCodes.Config), output + err);
        Assert.That(err, Does.Contain("limits.max_image_pixels").And.Contain(Path.GetFileName(config)));
        AssertNoStackTrace(output + err);
    }

    [Test]
    public async Task FacesCalibrate_BombAmongPhotos_SkippedNamingTheFile()
    {
        var person = Directory.CreateDirectory(Path.Combine(_dir, "faces", "someone")).FullName;
        var (path, says) = Hostile("png-bomb");
        File.Move(path, Path.Combine(person, "bomb.png"));
        path = Path.Combine(person, "bomb.png");

        var (_, output, err) = await Run(_config, "faces", "calibrate", Path.Combine(_dir, "faces"));

        Assert.That(err, Does.Contain(path).And.Contain(says).And.Contain("skipped"));
        AssertNoStackTrace(output + err);
    }

    [Test]
    public async Task PlatesEval_BombInTheSet_ExitsOneNamingTheFile()
    {
        var set = Directory.CreateDirectory(Path.Combine(_dir, "plates")).FullName;
        var bomb = HostileImages.JpegClaiming(TestPaths.Media("dog.jpg"), Path.Combine(set, "car.jpg"), 65500, 65500);
        File.WriteAllText(Path.Combine(set, "plates.tsv"), "car.jpg\tAA1234BB\t0,0,10,10\tone_line\n");

        var (code, output, err) = await Run(_config, "plates", "eval", set);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure), output + err);
        Assert.That(err, Does.Contain(bomb).And.Contain("65500x65500"));
        AssertNoStackTrace(output + err);
    }
}
