using EdgeAgent.Cli;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Faces;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

public sealed class FaceCommandTests
{
    private string _dir = "";
    private string _config = "";

    [SetUp]
    public async Task SetUp()
    {
        _dir = TestPaths.TempDir();
        _config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(_config, $"device:\n  state_dir: state\nmodels:\n  dir: {TestPaths.ModelsDir}\n  manifest: {TestPaths.Manifest}\ncameras:\n  - id: a\n    url: rtsp://10.0.0.1/s\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync([.. args, "--config", _config], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task AddFace_BadPhotos_ClearErrorsAndWatchlistUnchanged()
    {
        var (code, output, err) = await Run("watchlist", "add-face", "--id", "messi", "--name", "Messi", TestPaths.Media("messi5.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(output, Does.Contain("messi added"));

        (code, _, err) = await Run("watchlist", "add-face", "--id", "h", "--name", "H", TestPaths.Media("horses.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("horses.jpg").And.Contain("no face"));

        var two = Path.Combine(_dir, "two.png");
        await File.WriteAllBytesAsync(two, ImageCodec.EncodeJpeg(FaceDetectorTests.MegamindFrame(5)));
        (code, _, err) = await Run("watchlist", "add-face", "--id", "t", "--name", "T", two);
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("2 faces"));

        var corrupt = Path.Combine(_dir, "corrupt.jpg");
        await File.WriteAllBytesAsync(corrupt, (await File.ReadAllBytesAsync(TestPaths.Media("messi5.jpg")))[..200]);
        (code, _, err) = await Run("watchlist", "add-face", "--id", "c", "--name", "C", TestPaths.Media("messi5.jpg"), corrupt);
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("corrupt.jpg"));

        (code, _, err) = await Run("watchlist", "add-face", "--id", "messi", "--name", "Again", TestPaths.Media("messi5.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("already used"));

        (_, output, _) = await Run("watchlist", "list");
        Assert.That(output, Does.Contain("messi").And.Contain("face").And.Contain("Messi"));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2), output);

        var export = Path.Combine(_dir, "faces.export");
        (code, _, err) = await Run("watchlist", "export", "--faces", "-o", export);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        (code, _, _) = await Run("watchlist", "remove", "messi");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        (code, output, err) = await Run("watchlist", "import", export);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(output, Does.Contain("1 face entry imported"));
    }

    [Test]
    public async Task Detect_KindsFacesJsonEmbeddings_BoxKeypointsAndUnitDescriptor()
    {
        var (code, output, err) = await Run("detect", "--kinds", "faces", "--json", "--embeddings", TestPaths.Media("messi5.jpg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), output);
        using var doc = System.Text.Json.JsonDocument.Parse(lines[0]);
        var r = doc.RootElement;
        Assert.That(r.GetProperty("kind").GetString(), Is.EqualTo("face"));
        Assert.That(r.GetProperty("box").GetArrayLength(), Is.EqualTo(4));
        Assert.That(r.GetProperty("keypoints").EnumerateObject().Count(), Is.EqualTo(6));
        var e = r.GetProperty("embedding").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.That(e, Has.Length.EqualTo(1024));
        Assert.That(Math.Sqrt(e.Sum(v => v * v)), Is.EqualTo(1).Within(1e-3));
    }

    [Test]
    public async Task Calibrate_Johns_PrintsEerAndThreshold()
    {
        var dir = TestPaths.Dataset("faces/identity_dlib_johns");
        var (code, output, err) = await Run("faces", "calibrate", dir);
        TestContext.Out.WriteLine(output);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(output, Does.Contain("EER").And.Contain("false-match rate"));
    }
}
