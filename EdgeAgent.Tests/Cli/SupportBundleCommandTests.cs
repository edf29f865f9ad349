using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Cli;

/// <summary>
/// <c>edgeagent support-bundle</c> on a device folder laid out as installed (config, state folder with the health.json
/// the real writer leaves, a log folder), read back with System.Formats.Tar: what is in it, what is masked, what the
/// manifest says is missing.
/// </summary>
[NonParallelizable]
public sealed class SupportBundleCommandTests
{
    private const string BrokerSecret = "s3cret-broker-value";

    private string _root = "";
    private string _config = "";
    private string _state = "";
    private string _logs = "";

    [SetUp]
    public void SetUp()
    {
        _root = TestPaths.TempDir("edgeagent-bundle");
        _state = Path.Combine(_root, "state");
        _logs = Path.Combine(_root, "logs");
        Directory.CreateDirectory(_logs);
        _config = Path.Combine(_root, "edgeagent.yaml");
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", BrokerSecret);
        File.WriteAllText(_config, $"""
            device: {"{"}site: s1, id: bundle-dev, state_dir: '{_state}'{"}"}
            models: {"{"}dir: '{TestPaths.ModelsDir}'{"}"}
            broker: {"{"}url: 'mqtt://127.0.0.1:1', username: dev, password: env:EDGEAGENT_TEST_SECRET{"}"}
            cameras: []
            """);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, true);

    // A unit no machine has: the journal is deterministically empty, as on a box where the agent never ran under systemd.
    private static string AbsentUnit => "edgeagent-test-absent-" + Guid.NewGuid().ToString("n");

    [Test]
    public async Task Bundle_HealthLogWithSecrets_HealthStatusRedactedLogAndManifestNamingTheJournal()
    {
        var options = ConfigLoader.LoadFile(_config);
        using (var parts = new DeviceParts(new DevicesOptions(), TimeProvider.System, NullLogger<DeviceParts>.Instance))
        {
            var report = new HealthCollector(options, TimeProvider.System, new CameraHealthRegistry(), new InferenceMetrics(), null, parts).Collect();
            await new HealthFileWriter(options.StateDir).PublishAsync(report, HealthJson.ToBytes(report), CancellationToken.None);
        }
        await File.WriteAllTextAsync(Path.Combine(_logs, "agent.log"),
            "2026-12-07T10:00:00Z camera gate started\n" +
            "2026-12-07T10:00:01Z broker login failed password=hunter2 via rtsp://admin:opensesame@10.0.0.5/s1 \"token\": \"tok-abc123\"\n" +
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n" +
            "2026-12-07T10:00:02Z camera gate stopped\n");

        var (entries, stdout) = await BundleAsync(["--no-check", "--unit", AbsentUnit, "--log-dir", _logs]);

        var all = string.Concat(entries.Values);
        var manifest = entries[SupportBundleCommand.ManifestName];
        Assert.Multiple(() =>
        {
            Assert.That(entries.Keys, Is.SupersetOf(new[] { "edgeagent.yaml", "versions.txt", "health.json", "status.txt", "logs/agent.log", "manifest.txt" }));
            Assert.That(entries.Keys, Does.Not.Contain("journal.txt"));
            using var health = JsonDocument.Parse(entries["health.json"]);
            Assert.That(health.RootElement.GetProperty("dev").GetString(), Is.EqualTo("bundle-dev"));
            Assert.That(entries["status.txt"], Does.Contain("This machine now").And.Contain("Running agent, last report"));
            var log = entries["logs/agent.log"];
            Assert.That(log, Does.Contain("camera gate started").And.Contain("camera gate stopped").And.Contain("broker login failed password=***"));
            Assert.That(log, Does.Contain("rtsp://admin:***@10.0.0.5/s1").And.Contain("BEGIN PRIVATE KEY"));
            foreach (var secret in new[] { "hunter2", "opensesame", "tok-abc123", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", BrokerSecret })
            {
                Assert.That(all, Does.Not.Contain(secret), secret);
            }
            Assert.That(manifest, Does.Match(@"health\.json +included \(\d+ bytes\)"));
            Assert.That(manifest, Does.Match(@"logs/agent\.log +included \(\d+ bytes\)"));
            Assert.That(manifest, Does.Match(@"journal\.txt +not included: (no journal entries for unit edgeagent-test-absent-|no journalctl|journalctl exited)"));
            Assert.That(manifest, Does.Match(@"check\.txt +not included: left out by --no-check"));
            Assert.That(stdout, Does.Contain("not included (see manifest.txt): check.txt, journal.txt"));
        });
    }

    [Test]
    public async Task Bundle_AgentNeverRanNoLogs_ManifestSaysWhyEachIsMissing()
    {
        var (entries, _) = await BundleAsync(["--no-check", "--unit", AbsentUnit, "--log-dir", Path.Combine(_root, "nope")]);
        var manifest = entries[SupportBundleCommand.ManifestName];
        Assert.Multiple(() =>
        {
            Assert.That(entries.Keys, Does.Not.Contain("health.json"));
            Assert.That(entries["status.txt"], Does.Contain("Running agent: no report"));
            Assert.That(manifest, Does.Contain($"health.json        not included: {Path.Combine(_state, "health.json")} does not exist: the agent never ran"));
            Assert.That(manifest, Does.Contain("logs/              not included: " + Path.Combine(_root, "nope") + " does not exist"));
            Assert.That(manifest, Does.Match(@"journal\.txt +not included: "));
        });
    }

    [Test]
    public async Task Bundle_ConfigDoesNotLoad_HealthAndStatusNamedAsMissing()
    {
        File.WriteAllText(_config, "device: [unclosed\n");
        var (entries, _) = await BundleAsync(["--no-check", "--unit", AbsentUnit, "--log-dir", _logs]);
        Assert.Multiple(() =>
        {
            Assert.That(entries.Keys, Does.Contain("edgeagent.yaml.error"));
            Assert.That(entries[SupportBundleCommand.ManifestName], Does.Contain("health.json        not included: the config does not load"));
            Assert.That(entries[SupportBundleCommand.ManifestName], Does.Contain("status.txt         not included: the config does not load"));
        });
    }

    [Test]
    public async Task Bundle_MachineWithTheAgentsJournal_IncludesItsShortIsoLines()
    {
        if (!HasJournal(SupportBundleCommand.DefaultUnit))
        {
            Assert.Ignore($"no journal entries for unit {SupportBundleCommand.DefaultUnit} in the last 30 days here (no systemd, or the agent never ran as a service)");
        }
        var (entries, _) = await BundleAsync(["--no-check", "--hours", "720"]);
        Assert.Multiple(() =>
        {
            Assert.That(entries.Keys, Does.Contain("journal.txt"));
            Assert.That(entries["journal.txt"], Does.Match(@"^\d{4}-\d\d-\d\dT"), "short-iso lines");
            Assert.That(entries[SupportBundleCommand.ManifestName], Does.Match(@"journal\.txt +included \(\d+ bytes"));
        });
    }

    private static bool HasJournal(string unit)
    {
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo("journalctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-u", unit, "--since", "-720h", "-n", "1", "-q", "--no-pager" }) info.ArgumentList.Add(a);
            using var p = System.Diagnostics.Process.Start(info)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 && text.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [TestCase("password=hunter2 next", "password=*** next")]
    [TestCase("mqtt_password: 'hunter2'", "mqtt_password: '***'")]
    [TestCase("{\"api_key\":\"abc\",\"n\":1}", "{\"api_key\":\"***\",\"n\":1}")]
    [TestCase("Authorization: Bearer eyJhbGciOi.x.y", "Authorization: Bearer ***")]
    [TestCase("keyframes=3 monkeys", "keyframes=3 monkeys")]
    [TestCase("url rtsp://u:p4ss@h/s", "url rtsp://u:***@h/s")]
    [TestCase("-----BEGIN EC PRIVATE KEY-----\nAAAA\nBBBB", "-----BEGIN EC PRIVATE KEY----- ***")]
    [TestCase("AAAA\nBBBB==\n-----END RSA PRIVATE KEY-----\nlater", "*** -----END RSA PRIVATE KEY-----\nlater")]
    public void Redact_Secrets_Masked(string text, string expected) => Assert.That(LogRedaction.Redact(text), Is.EqualTo(expected));

    private async Task<(Dictionary<string, string> Entries, string Stdout)> BundleAsync(string[] extra)
    {
        var output = Path.Combine(_root, "support.tar.gz");
        using var stdout = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(["support-bundle", output, "--config", _config, .. extra], stdout, error);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        var entries = new Dictionary<string, string>();
        await using var gz = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
        await using var tar = new TarReader(gz);
        while (await tar.GetNextEntryAsync() is { } e)
        {
            using var reader = new StreamReader(e.DataStream!);
            entries[e.Name] = await reader.ReadToEndAsync();
        }
        return (entries, stdout.ToString());
    }
}
