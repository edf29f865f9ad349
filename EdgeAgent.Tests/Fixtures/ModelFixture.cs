using EdgeAgent.Detection;
using EdgeAgent.Models;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>The real manifest and model folder, opened once per test run: sessions are costly on two cores.</summary>
public static class ModelFixture
{
    private static readonly Lazy<ModelRegistry> Shared = new(() => Open(1));

    /// <summary>A registry over the repository's manifest and $EDGEAGENT_MODELS, shared by the tests that only read it.</summary>
    public static ModelRegistry Registry => Shared.Value;

    private static readonly Lazy<ObjectDetector> SharedCenterNet = new(() => new ObjectDetector(Registry.Get("centernet-coco")));

    /// <summary>The shipped object detector over <see cref="Registry"/>, shared by the tests that detect.</summary>
    public static ObjectDetector CenterNet => SharedCenterNet.Value;

    /// <summary>A new registry the caller disposes.</summary>
    public static ModelRegistry Open(int intraOpThreads = 1)
    {
        var manifestPath = File.Exists(TestPaths.Manifest) ? TestPaths.Manifest : Path.Combine(TestPaths.ModelsDir, "manifest.yaml");
        if (!File.Exists(manifestPath)) Assert.Fail($"model manifest {manifestPath} is missing");
        return new ModelRegistry(ModelManifest.LoadFile(manifestPath), TestPaths.ModelsDir, new ModelRuntimeSettings(intraOpThreads));
    }

    /// <summary>The manifest's text, for tests that write altered copies.</summary>
    public static string ManifestText() =>
        File.ReadAllText(File.Exists(TestPaths.Manifest) ? TestPaths.Manifest : Path.Combine(TestPaths.ModelsDir, "manifest.yaml"));
}
