namespace EdgeAgent.Tests.Fixtures;

/// <summary>Where the tests find the repository, the sample media and models that setup fetched, and the shared data sets.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EdgeAgent.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (EdgeAgent.slnx) above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>Sample media from Debian packages (scripts/setup.sh puts them here).</summary>
    public static string MediaDir =>
        Environment.GetEnvironmentVariable("EDGEAGENT_MEDIA") is { Length: > 0 } m
            ? m
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edgeagent", "media");

    /// <summary>The model folder (scripts/fetch-models.sh writes it).</summary>
    public static string ModelsDir =>
        Environment.GetEnvironmentVariable("EDGEAGENT_MODELS") is { Length: > 0 } m ? m : Path.Combine(RepoRoot, "models");

    /// <summary>The committed model manifest.</summary>
    public static string Manifest => Path.Combine(RepoRoot, "models", "manifest.yaml");

    /// <summary>The developers' shared data sets (<c>EDGEAGENT_DATASETS</c>, for a git worktree beside the clone); absent in a newcomer's clone.</summary>
    public static string SharedDatasets =>
        Environment.GetEnvironmentVariable("EDGEAGENT_DATASETS") is { Length: > 0 } d ? d : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "datasets"));

    /// <summary>A sample media file every clone has after setup; fails (not skips) when missing, since setup must provide it.</summary>
    public static string Media(string name)
    {
        var path = Path.Combine(MediaDir, name);
        if (!File.Exists(path)) Assert.Fail($"sample media {path} is missing: run ./scripts/setup.sh");
        return path;
    }

    /// <summary>A model file every clone has after setup; fails when missing.</summary>
    public static string Model(string fileName)
    {
        var path = Path.Combine(ModelsDir, fileName);
        if (!File.Exists(path)) Assert.Fail($"model {path} is missing: run ./scripts/setup.sh (scripts/fetch-models.sh)");
        return path;
    }

    /// <summary>A path inside ../shared/datasets; skips the test with a clear message where the data sets are absent.</summary>
    public static string Dataset(string relative)
    {
        var path = Path.Combine(SharedDatasets, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"{path} is absent: this test needs the developers' shared data sets (../shared/datasets), which a plain clone does not have");
        }
        return path;
    }

    /// <summary>A fresh temporary folder, deleted by the caller's TearDown.</summary>
    public static string TempDir(string prefix = "edgeagent-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
