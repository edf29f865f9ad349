using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Models;

public class ModelRegistryTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("edgeagent-models");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Load_AllRealModels_EveryOneLoadsAndMatchesTheManifest()
    {
        using var registry = ModelFixture.Open();

        var statuses = registry.Load();

        Assert.That(statuses.Where(s => s.State != ModelState.Loaded), Is.Empty, string.Join("\n", statuses));
        Assert.That(registry.TryGet("centernet-coco", out var centernet), Is.True);
        Assert.That(centernet.Labels, Has.Count.EqualTo(80));
        Assert.That(centernet.Labels[0], Is.EqualTo("person"));
        Assert.That(registry.TryGet("ppocr-rec-v4", out var rec), Is.True);
        Assert.That(rec.InputShape, Is.EqualTo(new long[] { -1, 3, 48, -1 }));
    }

    [Test]
    public void Load_TruncatedFile_RefusedForHashAndOthersStillLoad()
    {
        var registry = CopyFolder(truncate: "blazeface-front-128.onnx");
        using (registry)
        {
            var statuses = registry.Load(["blazeface-front-128", "blazeface-back-256"]);

            var bad = statuses.Single(s => s.Id == "blazeface-front-128");
            Assert.Multiple(() =>
            {
                Assert.That(bad.State, Is.EqualTo(ModelState.HashMismatch));
                Assert.That(bad.ToString(), Does.Contain("model blazeface-front-128").And.Contain("sha256"));
                Assert.That(statuses.Single(s => s.Id == "blazeface-back-256").State, Is.EqualTo(ModelState.Loaded));
                Assert.That(registry.TryGet("blazeface-front-128", out _), Is.False);
            });
            var ex = Assert.Throws<ModelException>(() => registry.Get("blazeface-front-128"));
            Assert.That(ex!.ModelId, Is.EqualTo("blazeface-front-128"));
        }
    }

    [Test]
    public void Load_TruncatedFilePinnedToItsOwnHash_RefusedByOnnxRuntimeWithReason()
    {
        // A wrong pin must not be the only guard: ONNX Runtime's own refusal is reported the same way.
        using var registry = CopyFolder(truncate: "blazeface-front-128.onnx", pinTruncated: true);

        var status = registry.Load(["blazeface-front-128"]).Single();

        Assert.That(status.State, Is.EqualTo(ModelState.Rejected));
        Assert.That(status.ToString(), Does.Contain("model blazeface-front-128").And.Contain("ONNX Runtime cannot load"));
    }

    [Test]
    public void Load_WrongSha256InManifest_Refused()
    {
        using var registry = CopyFolder(edit: t => t.Replace("d388b1cf8a5f6f1af2b3f4c14f6d0f138bab970cd618cccd12dddb7484e82e51", new string('0', 64), StringComparison.Ordinal));

        var status = registry.Load(["blazeface-front-128"]).Single();

        Assert.That(status.State, Is.EqualTo(ModelState.HashMismatch));
        Assert.That(status.Reason, Does.Contain("expects 0000"));
    }

    [Test]
    public void Load_WrongInputShapeInManifest_RejectedNamingTheField()
    {
        using var registry = CopyFolder(edit: t => t.Replace("shape: [1, 128, 128, 3]", "shape: [1, 160, 160, 3]", StringComparison.Ordinal));

        var statuses = registry.Load(["blazeface-front-128", "blazeface-back-256"]);

        var bad = statuses.Single(s => s.Id == "blazeface-front-128");
        Assert.That(bad.State, Is.EqualTo(ModelState.Rejected));
        Assert.That(bad.ToString(), Does.Contain("model blazeface-front-128").And.Contain("input.shape [1, 160, 160, 3]").And.Contain("[1, 128, 128, 3]"));
        Assert.That(statuses.Single(s => s.Id == "blazeface-back-256").State, Is.EqualTo(ModelState.Loaded));
    }

    [Test]
    public void Load_WrongOutputName_RejectedListingTheModelsOutputs()
    {
        using var registry = CopyFolder(edit: t => t.Replace("outputs: [tower_0/keypoints, tower_0/wh]\n    decoder", "outputs: [tower_0/heat, tower_0/wh]\n    decoder", StringComparison.Ordinal));

        var status = registry.Load(["centernet-coco"]).Single();

        Assert.That(status.State, Is.EqualTo(ModelState.Rejected));
        Assert.That(status.Reason, Does.Contain("'tower_0/heat'").And.Contain("tower_0/keypoints"));
    }

    [Test]
    public void VerifyAll_MissingFile_ReportsMissingWithTheFetchCommand()
    {
        using var registry = CopyFolder(remove: "faceres.onnx");

        var status = registry.VerifyAll().Single(s => s.Id == "faceres");

        Assert.That(status.State, Is.EqualTo(ModelState.Missing));
        Assert.That(status.Reason, Does.Contain("fetch-models.sh faceres"));
    }

    /// <summary>A model folder of links to the real files plus an edited manifest copy; one file may be truncated or removed.</summary>
    private ModelRegistry CopyFolder(Func<string, string>? edit = null, string? truncate = null, bool pinTruncated = false, string? remove = null)
    {
        var text = ModelFixture.ManifestText();
        foreach (var file in Directory.GetFiles(TestPaths.ModelsDir, "*.onnx"))
        {
            var name = Path.GetFileName(file);
            if (name == remove) continue;
            var target = Path.Combine(_dir, name);
            if (name == truncate)
            {
                var bytes = File.ReadAllBytes(file);
                var cut = bytes.AsSpan(0, bytes.Length / 2).ToArray();
                File.WriteAllBytes(target, cut);
                if (pinTruncated)
                {
                    var original = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
                    text = text.Replace(original, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(cut)), StringComparison.Ordinal);
                }
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }
        var labels = Path.Combine(_dir, "labels");
        Directory.CreateDirectory(labels);
        var labelSource = Directory.Exists(Path.Combine(TestPaths.ModelsDir, "labels")) ? Path.Combine(TestPaths.ModelsDir, "labels") : Path.Combine(TestPaths.RepoRoot, "models", "labels");
        foreach (var f in Directory.GetFiles(labelSource)) File.Copy(f, Path.Combine(labels, Path.GetFileName(f)));
        var manifest = Path.Combine(_dir, "manifest.yaml");
        File.WriteAllText(manifest, edit is null ? text : edit(text));
        var edited = File.ReadAllText(manifest);
        if (edit is not null) Assert.That(edited, Is.Not.EqualTo(text), "the test's manifest edit matched nothing");
        return new ModelRegistry(ModelManifest.LoadFile(manifest), _dir, new ModelRuntimeSettings(1));
    }
}
