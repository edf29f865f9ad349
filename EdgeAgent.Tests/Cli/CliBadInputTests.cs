using System.CommandLine;
using System.Diagnostics;
using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

/// <summary>
/// Hostile and mistyped command lines: each must end with its exit code and a message naming the option, field or file,
/// never with a stack trace, a hang or a file written where it should not be.
/// </summary>
[NonParallelizable]
public sealed class CliBadInputTests
{
    private string _dir = "";

    [OneTimeSetUp]
    public void MakeFiles()
    {
        _dir = TestPaths.TempDir("cli-bad");
        File.WriteAllText(Path.Combine(_dir, "bundle.tar.gz"), "not really a bundle");
        File.WriteAllText(Path.Combine(_dir, "cameras.yaml"),
            $"models:\n  dir: '{TestPaths.ModelsDir}'\n  manifest: '{TestPaths.Manifest}'\ncameras:\n  - id: hall\n    url: rtsp://10.0.0.1/a\n  - id: gate\n    url: rtsp://10.0.0.2/b\n");
        // Under /proc nothing can be created, not even by root (the test VM runs as root).
        File.WriteAllText(Path.Combine(_dir, "badstate.yaml"),
            $"device:\n  state_dir: /proc/edgeagent-nope/state\nmodels:\n  dir: '{TestPaths.ModelsDir}'\n  manifest: '{TestPaths.Manifest}'\ncameras: []\n");
        Openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "a.key", "-out", "a.crt", "-days", "2", "-subj", "/CN=a");
        Openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "b.key", "-out", "b.crt", "-days", "2", "-subj", "/CN=b");
    }

    [OneTimeTearDown]
    public void RemoveFiles() => Directory.Delete(_dir, recursive: true);

    [TestCase(ExitCodes.Usage, "--seconds -1", "detect", "{dir}/x.avi", "--seconds", "-1")]
    [TestCase(ExitCodes.Usage, "--seconds 0", "detect", "{dir}/x.avi", "--seconds", "0")]
    [TestCase(ExitCodes.Usage, "--min-score 5", "detect", "{dog}", "--min-score", "5")]
    [TestCase(ExitCodes.Usage, "--min-score -0.1", "detect", "{dog}", "--min-score", "-0.1")]
    [TestCase(ExitCodes.Usage, "'abc' for option '--min-score'", "detect", "{dog}", "--min-score", "abc")]
    [TestCase(ExitCodes.Usage, "a still image; eval tracks needs a video clip", "eval", "tracks", "{dog}")]
    [TestCase(ExitCodes.Usage, "--fps 0", "eval", "tracks", "{dir}/x.avi", "--fps", "0")]
    [TestCase(ExitCodes.Usage, "--fps 0", "detect", "{dir}/x.avi", "--fps", "0")]
    [TestCase(ExitCodes.Usage, "--fps 500", "detect", "{dir}/x.avi", "--fps", "500")]
    [TestCase(ExitCodes.Usage, "--kinds cars", "detect", "{dog}", "--kinds", "cars")]
    [TestCase(ExitCodes.Usage, "--camera nosuch: unknown camera", "detect", "{dog}", "--camera", "nosuch")]
    [TestCase(ExitCodes.Usage, "known cameras: hall, gate", "detect", "{dog}", "--camera", "nosuch", "--config", "{dir}/cameras.yaml")]
    [TestCase(ExitCodes.Usage, "--camera-timeout -1", "check", "--camera-timeout", "-1")]
    [TestCase(ExitCodes.Usage, "--min-free-mb -5", "check", "--min-free-mb", "-5")]
    [TestCase(ExitCodes.Usage, "--count -1", "events", "tail", "--count", "-1")]
    [TestCase(ExitCodes.Usage, "--site 'a/#'", "events", "tail", "--site", "a/#")]
    [TestCase(ExitCodes.Usage, "--device '+'", "events", "tail", "--device", "+")]
    [TestCase(ExitCodes.Usage, "--window 0", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--window", "0")]
    [TestCase(ExitCodes.Usage, "--timeout -1", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--timeout", "-1")]
    [TestCase(ExitCodes.Usage, "--apply-timeout 0", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--apply-timeout", "0")]
    [TestCase(ExitCodes.Usage, "--retries -1", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--retries", "-1")]
    [TestCase(ExitCodes.Usage, "--seq-start -1", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--seq-start", "-1")]
    [TestCase(ExitCodes.Usage, "--chunk-size 0", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/d", "--command", "model.update", "--chunk-size", "0")]
    [TestCase(ExitCodes.Usage, "--device 's/#'", "bundle", "push", "{dir}/bundle.tar.gz", "--device", "s/#", "--command", "model.update")]
    [TestCase(ExitCodes.Usage, "--iterations 0", "plates", "bench", "{dog}", "-n", "0")]
    [TestCase(ExitCodes.Usage, "--devices 100000000", "simulate", "--devices", "100000000")]
    [TestCase(ExitCodes.Usage, "--devices 0", "simulate", "--devices", "0")]
    [TestCase(ExitCodes.Usage, "--rate -1", "simulate", "--rate", "-1")]
    [TestCase(ExitCodes.Usage, "--seconds -1", "simulate", "--seconds", "-1")]
    [TestCase(ExitCodes.Usage, "--site 'a/#'", "simulate", "--site", "a/#")]
    [TestCase(ExitCodes.Usage, "--site 'a\\x0ab'", "simulate", "--site", "a\nb")]
    [TestCase(ExitCodes.Usage, "--site 'a\\x1b[2J'", "simulate", "--site", "a\u001b[2J")]
    [TestCase(ExitCodes.Usage, "--runs 0", "bench", "--runs", "0")]
    [TestCase(ExitCodes.Usage, "--fps -5", "bench", "--fps", "-5")]
    [TestCase(ExitCodes.Usage, "--target-fmr 2", "faces", "calibrate", "{dir}", "--target-fmr", "2")]
    [TestCase(ExitCodes.Usage, "--threshold 1.5", "watchlist", "add-face", "{dog}", "--id", "x", "--name", "X", "--threshold", "1.5")]
    [TestCase(ExitCodes.Usage, "--head 'abc'", "audit", "verify", "--state-dir", "{dir}", "--head", "abc")]
    [TestCase(ExitCodes.Usage, "--group 'g/#'", "events", "tail", "--group", "g/#")]
    [TestCase(ExitCodes.Usage, "is a folder", "support-bundle", "{dir}", "--no-check")]
    [TestCase(ExitCodes.Failure, "/proc/edgeagent-nope/out.tar.gz: cannot write", "support-bundle", "/proc/edgeagent-nope/out.tar.gz", "--no-check")]
    [TestCase(ExitCodes.Failure, "device.state_dir /proc/edgeagent-nope/state", "watchlist", "add-plate", "AA1234BB", "--reason", "x", "--config", "{dir}/badstate.yaml")]
    [TestCase(ExitCodes.Config, "device.state_dir /proc/edgeagent-nope/state", "run", "--config", "{dir}/badstate.yaml")]
    [TestCase(ExitCodes.Usage, "--cert /etc/passwd: not a PEM certificate", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--cert", "/etc/passwd", "--key", "/etc/passwd", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "--key /etc/passwd: not a PEM file", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--cert", "{dir}/a.crt", "--key", "/etc/passwd", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "not a private key", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--cert", "{dir}/a.crt", "--key", "{dir}/a.crt", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "does not belong to --cert", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--cert", "{dir}/a.crt", "--key", "{dir}/b.key", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "--ca /etc/passwd: not a PEM certificate", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--ca", "/etc/passwd", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "--key /dev/zero: over", "provision", "--site", "s", "--device", "d", "--broker", "mqtt://127.0.0.1:1", "--cert", "{dir}/a.crt", "--key", "/dev/zero", "--dir", "{dir}/etc", "--state-dir", "{dir}/state")]
    [TestCase(ExitCodes.Usage, "--state-dir", "audit", "verify", "--state-dir")]
    public async Task Verb_BadValue_ExitCodeMessageNamingItNoTrace(int expected, string named, params string[] args)
    {
        var argv = args.Select(a => a.Replace("{dir}", _dir, StringComparison.Ordinal).Replace("{dog}", TestPaths.Media("dog.jpg"), StringComparison.Ordinal)).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var run = CliRoot.InvokeAsync(argv, output, error);
        // A bad value must be refused at once, not after minutes of connecting or computing.
        Assert.That(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))), Is.SameAs(run), "the verb hung");
        var code = await run;
        var all = output + "\n" + error;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(expected), all);
            Assert.That(error.ToString(), Does.Contain(named));
            Assert.That(all, Does.Not.Match(@"(?m)^\s+at \S"), "no stack trace");
            Assert.That(Directory.Exists(Path.Combine(_dir, "etc", "secrets")), Is.False, "nothing copied into the secrets folder");
        });
    }

    [TestCase("check", "--camera-timeout", "x")]
    [TestCase("simulate", "--devices", "-3")]
    public async Task Verb_ParseError_UsageHintNamesTheVerb(params string[] args)
    {
        var (code, _, error) = await CliRun.InvokeAsync(args);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain($"Usage: edgeagent {args[0]}").And.Contain($"'edgeagent {args[0]} --help'"));
    }

    [Test]
    public async Task Invoke_UnexpectedException_OneLineExitOneNoTrace()
    {
        var root = new RootCommand("test");
        var boom = new Command("boom", "throws");
        boom.SetAction(new Func<ParseResult, int>(_ => throw new NotSupportedException("the disk caught fire\nsecond line")));
        root.Subcommands.Add(boom);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(root, ["boom"], output, error);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Failure));
            Assert.That(lines, Has.Length.EqualTo(1), error.ToString());
            Assert.That(lines[0], Does.Contain("edgeagent boom: unexpected failure: NotSupportedException: the disk caught fire second line").And.Contain(CliRoot.DebugVariable));
        });
    }

    private void Openssl(params string[] args)
    {
        var psi = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = _dir };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, err);
    }
}
