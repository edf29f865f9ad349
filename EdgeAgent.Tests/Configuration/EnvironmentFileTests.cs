using System.Diagnostics;
using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Configuration;

/// <summary>/etc/edgeagent/edgeagent.env: the CLI gets the service's camera variables, exported ones win, loose files are said.</summary>
public sealed class EnvironmentFileTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("envfile");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string EnvFile(string text, UnixFileMode mode)
    {
        var path = Path.Combine(_dir, "edgeagent.env");
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, mode);
        return path;
    }

    [Test]
    public void Apply_FileFillsUnsetVariables_ExportedOnesWin()
    {
        var path = EnvFile("# cameras\nCAM_GATE_PW=from-file\nexport CAM_YARD_PW=\"quoted pw\"\n\nCAM_DOOR_PW=file-door\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var env = new Dictionary<string, string>(StringComparer.Ordinal) { ["CAM_DOOR_PW"] = "exported" };
        var warnings = new List<string>();

        var applied = EnvironmentFile.Apply(path, warnings, k => env.GetValueOrDefault(k), (k, v) => env[k] = v);

        Assert.That(applied, Is.EqualTo(new[] { "CAM_GATE_PW", "CAM_YARD_PW" }));
        Assert.That(env["CAM_GATE_PW"], Is.EqualTo("from-file"));
        Assert.That(env["CAM_YARD_PW"], Is.EqualTo("quoted pw"));
        Assert.That(env["CAM_DOOR_PW"], Is.EqualTo("exported"), "a variable set in the shell wins");
        Assert.That(warnings, Is.Empty, "root-owned 0600 is right (the tests run as root, as the agent's install does)");
    }

    [Test]
    public void Apply_WorldReadableOrMalformed_WarnsWithTheFixAndNoSecret()
    {
        var path = EnvFile("CAM_GATE_PW=hunter2-secret\nthis line has hunter3-secret but no equals\n", (UnixFileMode)0b110_100_100);
        var warnings = new List<string>();

        EnvironmentFile.Apply(path, warnings, _ => null, (_, _) => { });

        Assert.That(warnings, Has.Some.Contains("mode 0644").And.Some.Contains($"chmod 0600 {path}"));
        Assert.That(warnings, Has.Some.Contains($"{path}:2: not a KEY=VALUE line"));
        Assert.That(string.Join("\n", warnings), Does.Not.Contain("hunter"));
    }

    [Test]
    public void Apply_Mode0640_NoWarning_MissingFile_Nothing()
    {
        var path = EnvFile("A=1\n", (UnixFileMode)0b110_100_000);
        var warnings = new List<string>();
        Assert.That(EnvironmentFile.Apply(path, warnings, _ => null, (_, _) => { }), Is.EqualTo(new[] { "A" }));
        Assert.That(EnvironmentFile.Apply(Path.Combine(_dir, "absent.env"), warnings, _ => null, (_, _) => { }), Is.Empty);
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void Write_Mode0600AndReadBack()
    {
        var path = Path.Combine(_dir, "out.env");
        EnvironmentFile.Write(path, [new("CAM_GATE_PW", "pw with spaces")], "written by a test\nsecond line");
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var warnings = new List<string>();
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        EnvironmentFile.Apply(path, warnings, k => env.GetValueOrDefault(k), (k, v) => env[k] = v);
        Assert.That(env["CAM_GATE_PW"], Is.EqualTo("pw with spaces"));
    }

    [Test]
    public async Task Cli_StatusInAShellWithoutTheCameraVariables_ReadsThemFromTheFile()
    {
        var config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(config, "device:\n  site: kyiv\n  id: pole-7\n  state_dir: state\ncameras:\n  - id: gate\n    url: rtsp://admin:${CAM_GATE_PW}@10.0.0.14:554/stream\n");
        var envFile = EnvFile("CAM_GATE_PW=s3cret-pw\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (code, output) = await RunAgent(config, envFile);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("This machine now").And.Not.Contain("s3cret-pw"));

        (code, output) = await RunAgent(config, Path.Combine(_dir, "absent.env"));
        Assert.That(code, Is.EqualTo(EdgeAgent.Cli.ExitCodes.Config));
        Assert.That(output, Does.Contain("environment variable CAM_GATE_PW is not set"));
    }

    /// <summary>The real edgeagent process (Program.cs reads the file), in an environment without the camera variable.</summary>
    private static async Task<(int Code, string Output)> RunAgent(string config, string envFile)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "edgeagent.dll"), "status", "--config", config }) info.ArgumentList.Add(a);
        info.Environment.Remove("CAM_GATE_PW");
        info.Environment.Remove("INVOCATION_ID");
        info.Environment[EnvironmentFile.PathVariable] = envFile;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
