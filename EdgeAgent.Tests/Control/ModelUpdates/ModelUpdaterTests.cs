using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.ModelUpdates;

public sealed class ModelUpdaterTests
{
    private const string Id = ControlFixture.Model;
    private ControlFixture _f = null!;
    private ModelUpdater _updater = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ControlFixture("upd-dev");
        _updater = new ModelUpdater(ModelManifest.LoadFile(ControlFixture.ManifestPath), TestPaths.ModelsDir, _f.StateDir);
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    private ModelUpdateOutcome Apply(byte[] bytes)
    {
        using var key = SigningKeys.Load(_f.PublicKeyPath);
        using var ms = new MemoryStream(bytes);
        using var bundle = SignedBundle.Open(ms, key, _f.Root);
        return _updater.Apply(bundle);
    }

    [Test]
    public void Apply_NewerVersionPassingSamples_SwitchesAndRegistryLoadsTheSlot()
    {
        var outcome = Apply(_f.ModelBundle("3.3.7"));
        Assert.That(outcome.Ok, Is.True, outcome.Message);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.PreviousVersion, Is.EqualTo("3.3.6"));
            Assert.That(outcome.LiveSlot, Is.EqualTo("a"));
            Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.7"));
        });
        // What the agent loads on its next start: the slot's file, verified against the bundle's sha256.
        using var registry = ModelRegistry.FromOptions(ConfigLoader.LoadFile(_f.ConfigPath));
        Assert.That(registry.TryGet(Id, out var model), Is.True, registry.Status(Id).Reason);
        Assert.That(model.Entry.File, Does.StartWith(Path.Combine(_f.StateDir, "models", Id, "a")));
        Assert.That(model.Entry.Version, Is.EqualTo("3.3.7"));
    }

    [Test]
    public void Apply_SameOrOlderVersion_RefusedReplayNothingStaged()
    {
        Assert.That(Apply(_f.ModelBundle("3.3.7")).Ok, Is.True);
        var again = Apply(_f.ModelBundle("3.3.7"));
        var older = Apply(_f.ModelBundle("3.3.5"));
        Assert.Multiple(() =>
        {
            Assert.That(again.Code, Is.EqualTo("replay"));
            Assert.That(older.Code, Is.EqualTo("replay"));
            Assert.That(older.Message, Does.Contain("not newer than the installed 3.3.7"));
            Assert.That(Directory.Exists(Path.Combine(_f.StateDir, "models", Id, "b")), Is.False);
            Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.7"));
        });
    }

    [Test]
    public void Apply_LoadsButFailsSamples_RolledBackOldStaysLive()
    {
        var wrong = new JsonArray(new JsonObject { ["label"] = "giraffe", ["box"] = new JsonArray(10, 10, 200, 300) });
        var outcome = Apply(_f.ModelBundle("3.3.7", expect: wrong));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Ok, Is.False);
            Assert.That(outcome.Code, Is.EqualTo("samples_failed"));
            Assert.That(outcome.RolledBack, Is.True);
            Assert.That(outcome.Message, Does.Contain("dog.jpg").And.Contain("3.3.6 stays live"));
            Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.6"));
            Assert.That(new ModelSlots(_f.StateDir, Id).Current, Is.Null);
            Assert.That(Directory.Exists(Path.Combine(_f.StateDir, "models", Id, "a")), Is.False);
        });
    }

    [Test]
    public void Apply_WrongModelFileThatFailsToLoad_RolledBack()
    {
        // A face detector packed as the object detector: its inputs and outputs do not match the manifest's contract.
        var outcome = Apply(_f.ModelBundle("3.3.7", onnx: TestPaths.Model("blazeface-front-128.onnx")));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Code, Is.EqualTo("load_failed"), outcome.Message);
            Assert.That(outcome.RolledBack, Is.True);
            Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.6"));
        });
    }

    [Test]
    public void Apply_FailedUpdateAfterGoodOne_KeepsGoodSlotLive()
    {
        Assert.That(Apply(_f.ModelBundle("3.3.7")).Ok, Is.True);
        var bad = Apply(_f.ModelBundle("3.3.8", onnx: TestPaths.Model("blazeface-front-128.onnx")));
        var slots = new ModelSlots(_f.StateDir, Id);
        Assert.Multiple(() =>
        {
            Assert.That(bad.Code, Is.EqualTo("load_failed"));
            Assert.That(slots.Current, Is.EqualTo("a"));
            Assert.That(slots.Read("a")!.Version, Is.EqualTo("3.3.7"));
        });
    }

    [Test]
    public void Rollback_AfterTwoUpdates_PreviousThenShipped()
    {
        Assert.That(Apply(_f.ModelBundle("3.3.7")).Ok, Is.True);
        Assert.That(Apply(_f.ModelBundle("3.3.8")).LiveSlot, Is.EqualTo("b"));
        var back = _updater.Rollback(Id);
        Assert.That(back.Ok, Is.True, back.Message);
        Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.7"));

        var fresh = new ControlFixture("upd-dev2");
        try
        {
            var updater = new ModelUpdater(ModelManifest.LoadFile(ControlFixture.ManifestPath), TestPaths.ModelsDir, fresh.StateDir);
            Assert.That(updater.Rollback(Id).Code, Is.EqualTo("not_applicable"));
        }
        finally
        {
            fresh.Dispose();
        }
    }

    [Test]
    public void Apply_BundleWithoutSamples_Refused()
    {
        var model = Path.Combine(_f.Root, Id + ".onnx");
        File.Copy(TestPaths.Model(Id + ".onnx"), model);
        var outcome = Apply(_f.Pack("model", Id, "3.3.7", [model]));
        Assert.That(outcome.Ok, Is.False);
        Assert.That(outcome.Message, Does.Contain("samples.json"));
        Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.6"));
    }

    [Test]
    public void Apply_SamplesExpectingNothing_Refused()
    {
        var outcome = Apply(_f.ModelBundle("3.3.7", expect: []));
        Assert.That(outcome.Ok, Is.False);
        Assert.That(outcome.Message, Does.Contain("no sample expects a detection"));
        Assert.That(_updater.InstalledVersion(Id), Is.EqualTo("3.3.6"));
    }
}
