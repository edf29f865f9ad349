using System.Security.Cryptography;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Models;

public sealed class ModelSessionFactoryTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("edgeagent-models");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static ModelEntry Faceres() => ModelFixture.Registry.Manifest.Find("faceres") ?? throw new AssertionException("faceres is not in the manifest");

    [Test]
    public void CreateSessionOptions_Settings_AppliedAsMeasured()
    {
        using var o = ModelSessionFactory.CreateSessionOptions(new ModelRuntimeSettings(2));

        Assert.That(o.IntraOpNumThreads, Is.EqualTo(2));
        Assert.That(o.InterOpNumThreads, Is.EqualTo(1));
        Assert.That(o.GraphOptimizationLevel, Is.EqualTo(Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_ALL));
    }

    [Test]
    public void Verify_PinnedUnpinnedWrongAndMissing_EachToldApart()
    {
        var bytes = "not really a model"u8.ToArray();
        File.WriteAllBytes(Path.Combine(_dir, "m.onnx"), bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var verifier = new ModelVerifier(_dir);
        var entry = Faceres() with { File = "m.onnx", Sha256 = sha };

        var good = verifier.Verify(entry);
        Assert.That((good.State, good.Size, good.ActualSha256, good.FilePath), Is.EqualTo((ModelState.Verified, (long)bytes.Length, sha, Path.Combine(_dir, "m.onnx"))));
        Assert.That(verifier.Verify(entry with { Sha256 = "" }).Reason, Does.Contain(sha).And.Contain("pin it"));
        Assert.That(verifier.Verify(entry with { Sha256 = new string('0', 64) }).State, Is.EqualTo(ModelState.HashMismatch));
        Assert.That(verifier.Verify(entry with { File = "gone.onnx" }).State, Is.EqualTo(ModelState.Missing));
    }

    [Test]
    public void Open_VerifiedRealModel_OpensAndChecksIt_UnverifiedIsNeverOpened()
    {
        var verifier = new ModelVerifier(TestPaths.ModelsDir);
        var factory = new ModelSessionFactory(new ModelRuntimeSettings(1), TestPaths.ModelsDir, ModelFixture.Registry.Manifest.Source);
        var entry = Faceres();

        using (var model = factory.Open(entry, verifier.Verify(entry)))
        {
            Assert.That(model.Sha256, Is.EqualTo(entry.Sha256));
            Assert.That(model.Session.InputNames, Is.EqualTo(new[] { entry.Input.Name }));
        }
        var wrong = verifier.Verify(entry with { Sha256 = new string('0', 64) });
        var ex = Assert.Throws<ModelException>(() => factory.Open(entry, wrong));
        Assert.That(ex!.Reason, Does.Contain("not verified"));
    }
}
