using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

public sealed class CliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.InvokeAsync(args);

    [Test]
    public async Task Invoke_UnknownVerb_ExitsWithUsageCode()
    {
        var (code, _, err) = await Run("frobnicate");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain("frobnicate"));
    }

    [Test]
    public async Task Version_PrintsAgentAndRuntime()
    {
        var (code, output, _) = await Run("version");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.StartWith("edgeagent "));
        Assert.That(output, Does.Contain(".NET "));
    }

    [Test]
    public async Task ConfigValidate_BadFile_ExitsWithConfigCodeAndListsProblems()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "bad.yaml");
        await File.WriteAllTextAsync(file, "cameras:\n  - id: a\n    url: 'rtps://x/y'\n    fsp: 5\n");
        var (code, _, err) = await Run("config", "validate", file);
        Assert.That(code, Is.EqualTo(ExitCodes.Config));
        Assert.That(err, Does.Contain("cameras[0].url: scheme 'rtps'"));
        Assert.That(err, Does.Contain("cameras[0].fsp: unknown key"));
        Directory.Delete(dir, true);
    }

    [Test]
    public async Task ConfigValidate_GoodFile_ExitsZero()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "good.yaml");
        await File.WriteAllTextAsync(file, "cameras:\n  - id: a\n    url: rtsp://10.0.0.1/s\n");
        var (code, output, _) = await Run("config", "validate", file);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output);
        Assert.That(output, Does.Contain("valid (1 camera(s)"));
        Directory.Delete(dir, true);
    }

    [Test]
    public async Task Run_MissingConfig_ExitsWithConfigCode()
    {
        var (code, _, err) = await Run("run", "--config", "/nonexistent/edgeagent.yaml");
        Assert.That(code, Is.EqualTo(ExitCodes.Config));
        Assert.That(err, Does.Contain("/nonexistent/edgeagent.yaml"));
    }

    [TestCase("--help")]
    [TestCase("run", "--help")]
    [TestCase("config", "validate", "--help")]
    public async Task Help_EveryLevel_FitsAPhoneTerminal(params string[] args)
    {
        var (code, output, _) = await Run(args);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("Usage:"));
    }
}
