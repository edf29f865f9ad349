using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Benchmarks;

/// <summary>Inputs shared by the kernel benchmarks: the real manifest, models and sample media of this checkout.</summary>
public static class Kernels
{
    /// <summary>The media cache ($EDGEAGENT_MEDIA, default ~/.cache/edgeagent/media).</summary>
    public static string Media(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("EDGEAGENT_MEDIA") is { Length: > 0 } m
            ? m
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edgeagent", "media"), name);

    /// <summary>The model registry the agent would open without a config file ($EDGEAGENT_MODELS).</summary>
    public static ModelRegistry Registry(int threads = 1)
    {
        var (dir, manifest) = ModelRegistry.ResolvePaths(new AgentOptions());
        return new ModelRegistry(ModelManifest.LoadFile(manifest), dir, new ModelRuntimeSettings(threads));
    }

    /// <summary>A decoded sample photo, scaled into a 640x360 frame like a camera's detect stream.</summary>
    public static RgbImage Frame(string name = "messi5.jpg", int width = 640, int height = 360)
    {
        return ImageOps.Resize(ImageCodec.DecodeFile(Media(name)), width, height);
    }
}
