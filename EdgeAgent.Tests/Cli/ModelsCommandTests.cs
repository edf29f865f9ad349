using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

public class ModelsCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("edgeagent-cli");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Config(string modelDir)
    {
        var manifest = File.Exists(TestPaths.Manifest) ? TestPaths.Manifest : Path.Combine(TestPaths.ModelsDir, "manifest.yaml");
        var path = Path.Combine(_dir, "edgeagent.yaml");
        File.WriteAllText(path, $"models:\n  dir: {modelDir}\n  manifest: {manifest}\n  intra_op_threads: 1\n");
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Verify_RealModels_ExitsOk()
    {
        var (code, stdout, stderr) = await Run("--config", Config(TestPaths.ModelsDir), "models", "verify");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stdout, Does.Contain("ok   centernet-coco"));
    }

    [Test]
    public async Task Verify_TruncatedFile_Exits4NamingIt()
    {
        var models = Path.Combine(_dir, "models");
        Directory.CreateDirectory(models);
        foreach (var f in Directory.GetFiles(TestPaths.ModelsDir, "*.onnx")) File.CreateSymbolicLink(Path.Combine(models, Path.GetFileName(f)), f);
        var victim = Path.Combine(models, "faceres.onnx");
        var bytes = File.ReadAllBytes(victim);
        File.Delete(victim);
        File.WriteAllBytes(victim, bytes.AsSpan(0, bytes.Length - 1000).ToArray());

        var (code, stdout, stderr) = await Run("--config", Config(models), "models", "verify");

        Assert.That(code, Is.EqualTo(ExitCodes.Verification));
        Assert.That(stderr, Does.Contain("BAD  model faceres").And.Contain(victim));
        Assert.That(stdout, Does.Contain("ok   centernet-coco"), "the other models are still reported good");
    }

    [Test]
    public async Task List_RealModels_ShowsIdsStateAndInput()
    {
        var (code, stdout, _) = await Run("--config", Config(TestPaths.ModelsDir), "models", "list");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Match(@"centernet-coco\s+3\.3\.6\s+ok\s+7\.8 MB\s+centernet\s+tower_0/images \[1, 512, 512, 3\] nhwc"));
    }

    [Test]
    public async Task Detect_StillImageJson_OneLinePerObjectInSourcePixels()
    {
        var (code, stdout, stderr) = await Run("--config", Config(TestPaths.ModelsDir), "detect", TestPaths.Media("dog.jpg"), "--json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var dog = docs.Single(d => d.GetProperty("label").GetString() == "dog");
        Assert.Multiple(() =>
        {
            Assert.That(dog.GetProperty("kind").GetString(), Is.EqualTo("object"));
            Assert.That(dog.GetProperty("frame").GetInt32(), Is.Zero);
            Assert.That(dog.GetProperty("score").GetDouble(), Is.InRange(0.3, 1.0));
            var box = dog.GetProperty("box").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.That(new global::EdgeAgent.Imaging.BoxF(box[0], box[1], box[2], box[3]).IoU(new global::EdgeAgent.Imaging.BoxF(123, 225, 198, 319)), Is.GreaterThanOrEqualTo(0.5f));
        });
    }

    [Test]
    public async Task Detect_CorruptImage_FailsNamingTheFile()
    {
        var path = Path.Combine(_dir, "broken.jpg");
        File.WriteAllBytes(path, File.ReadAllBytes(TestPaths.Media("dog.jpg")).AsSpan(0, 500).ToArray());

        var (code, _, stderr) = await Run("--config", Config(TestPaths.ModelsDir), "detect", path);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr, Does.Contain(path));
    }
}
