using System.Security.Cryptography.X509Certificates;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Provisioning;

[NonParallelizable]
public sealed class ProvisionCheckTests
{
    private MosquittoBroker _broker = null!;
    private ControlFixture _f = null!;

    [OneTimeSetUp]
    public async Task StartBroker()
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        _broker = await MosquittoBroker.StartAsync();
    }

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [SetUp]
    public void SetUp() => _f = new ControlFixture("chk-dev", _broker.Url);

    [TearDown]
    public void TearDown() => _f.Dispose();

    private static async Task<(int Code, string Output, string Error)> Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Dir => Path.Combine(_f.Root, "etc");

    private string State => Path.Combine(_f.Root, "var");

    [Test]
    public async Task Provision_ThenCheck_FreshDirectoryAgainstTestBroker_AllGreen()
    {
        var (code, output, error) = await Cli("provision", "--site", "s1", "--device", "p1", "--broker", _broker.Url.ToString(),
            "--signing-key", _f.PublicKeyPath, "--dir", Dir, "--state-dir", State, "--models", TestPaths.ModelsDir);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        Assert.That(output, Does.Contain("[ ok ] broker"));
        Assert.That(File.ReadAllText(SigningKeys.PinnedPath(State)), Is.EqualTo(File.ReadAllText(_f.PublicKeyPath)));

        (code, output, error) = await Cli("check", "--config", Path.Combine(Dir, "edgeagent.yaml"), "--min-free-mb", "1");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("[ ok ] config").And.Contain("[ ok ] models").And.Contain("[ ok ] broker").And.Contain("[ ok ] disk").And.Contain("[ ok ] clock"));
            Assert.That(output, Does.Not.Contain("[FAIL]"));
        });

        // Provisioning twice does not silently replace a device's identity.
        (code, _, error) = await Cli("provision", "--site", "s1", "--device", "other", "--broker", _broker.Url.ToString(), "--dir", Dir, "--state-dir", State);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--force"));
    }

    [Test]
    public async Task Provision_MutualTls_SecretsOutsideYamlMode0600_Connects()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.MutualTls);
        var (cert, key) = tls.IssueClientCertificate("s1/p2");
        var (code, output, error) = await Cli("provision", "--site", "s1", "--device", "p2", "--broker", tls.Url.ToString(), "--ca", tls.CaFile,
            "--cert", cert, "--key", key, "--dir", Dir, "--state-dir", State, "--models", TestPaths.ModelsDir);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error + tls.Log);
        var yaml = File.ReadAllText(Path.Combine(Dir, "edgeagent.yaml"));
        var stored = Path.Combine(Dir, "secrets", "client.key");
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("[ ok ] broker").And.Contain("TLS"));
            Assert.That(yaml, Does.Contain("key_file: 'file:" + stored + "'"));
            Assert.That(yaml, Does.Not.Contain("PRIVATE KEY"));
            Assert.That(File.GetUnixFileMode(stored), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(ConfigLoader.LoadFile(Path.Combine(Dir, "edgeagent.yaml")).Broker.CaFile, Is.EqualTo(Path.Combine(Dir, "ca.crt")));
        });
    }

    [Test]
    public async Task Provision_Csr_KeyGenerated0600AndRequestNamesTheDevice()
    {
        var csr = Path.Combine(_f.Root, "p3.csr");
        var (code, output, error) = await Cli("provision", "--site", "s1", "--device", "p3", "--broker", "mqtts://broker.example.internal:8883",
            "--csr", csr, "--dir", Dir, "--state-dir", State);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        var request = CertificateRequest.LoadSigningRequestPem(File.ReadAllText(csr), System.Security.Cryptography.HashAlgorithmName.SHA256);
        Assert.Multiple(() =>
        {
            Assert.That(request.SubjectName.Name, Does.Contain("CN=s1/p3").And.Contain("OU=s1"), "the CN is the broker identity SITE/DEVICE (deploy/mosquitto/edgeagent.acl)");
            Assert.That(request.PublicKey.Oid.Value, Is.EqualTo("1.2.840.10045.2.1"), "EC public key");
            Assert.That(File.GetUnixFileMode(Path.Combine(Dir, "secrets", "client.key")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(output, Does.Contain("certificate is not issued yet"));
        });
    }

    [Test]
    public void Provision_PasswordWithoutUsername_UsernameIsTheBrokerIdentitySiteSlashDevice()
    {
        var pw = Path.Combine(_f.Root, "pw.txt");
        File.WriteAllText(pw, "hunter2\n");
        var (options, _) = Provisioner.Run(new ProvisionRequest
        {
            Site = "s1", Device = "p4", Broker = new Uri("mqtt://127.0.0.1:1"), Dir = Dir, StateDir = State, PasswordFile = pw,
        });
        // The ACL's %u (deploy/mosquitto/edgeagent.acl): the same id in another site is another identity.
        Assert.That(options.Broker.Username, Is.EqualTo("s1/p4"));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "edgeagent.yaml")), Does.Not.Contain("hunter2"));
    }

    private async Task<IReadOnlyList<CheckResult>> CheckAsync(string yaml, long minFreeMb = 1)
    {
        await File.WriteAllTextAsync(_f.ConfigPath, yaml);
        return await CheckCommand.RunAsync(_f.ConfigPath, new CheckSettings { MinFreeBytes = minFreeMb * 1024 * 1024, CameraTimeout = TimeSpan.FromSeconds(8) }, CancellationToken.None);
    }

    private static CheckResult Line(IReadOnlyList<CheckResult> results, string name) => results.Single(r => r.Name == name);

    [Test]
    public async Task Check_GoodConfig_EveryLineGreen()
    {
        var results = await CheckAsync(_f.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi"))]));
        Assert.That(results.Where(r => !r.Ok), Is.Empty, string.Join("\n", results));
        Assert.That(Line(results, "camera cam1").Detail, Does.Contain("768x576"));
    }

    [Test]
    public async Task Check_InvalidConfig_RedWithFix()
    {
        var results = await CheckAsync(_f.ConfigYaml(_broker.Url, [("cam1", "gopher://x/y")]));
        var config = Line(results, "config");
        Assert.Multiple(() =>
        {
            Assert.That(config.Ok, Is.False);
            Assert.That(config.Detail, Does.Contain("cameras[0].url"));
            Assert.That(config.Fix, Does.Contain("edit"));
        });
        var (code, output, _) = await Cli("check", "--config", _f.ConfigPath);
        Assert.That(code, Is.EqualTo(ExitCodes.Config), "an invalid config is a configuration error, as in config validate and run");
        Assert.That(output, Does.Contain("[FAIL] config"));
    }

    [Test]
    public async Task Check_CorruptedModelFile_ModelsRed()
    {
        var models = Path.Combine(_f.Root, "models");
        Directory.CreateDirectory(models);
        File.Copy(ControlFixture.ManifestPath, Path.Combine(models, "manifest.yaml"));
        var bytes = await File.ReadAllBytesAsync(TestPaths.Model("centernet-coco.onnx"));
        bytes[1000] ^= 0xff;
        await File.WriteAllBytesAsync(Path.Combine(models, "centernet-coco.onnx"), bytes);
        var yaml = _f.ConfigYaml(_broker.Url, []).Replace(TestPaths.ModelsDir, models, StringComparison.Ordinal).Replace(ControlFixture.ManifestPath, Path.Combine(models, "manifest.yaml"), StringComparison.Ordinal);
        var line = Line(await CheckAsync(yaml), "models");
        Assert.Multiple(() =>
        {
            Assert.That(line.Ok, Is.False);
            Assert.That(line.Detail, Does.Contain("centernet-coco").And.Contain("sha256"));
            Assert.That(line.Fix, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Check_NoPinnedUpdateKey_UpdateKeyRed()
    {
        File.Delete(SigningKeys.PinnedPath(_f.StateDir));
        var line = Line(await CheckAsync(_f.ConfigYaml(_broker.Url, [])), "update key");
        Assert.Multiple(() =>
        {
            Assert.That(line.Ok, Is.False, line.ToString());
            Assert.That(line.Detail, Does.Contain("updates will be refused"));
            Assert.That(line.Fix, Does.Contain("--signing-key"));
        });
        await File.WriteAllTextAsync(SigningKeys.PinnedPath(_f.StateDir), "not a key");
        line = Line(await CheckAsync(_f.ConfigYaml(_broker.Url, [])), "update key");
        Assert.That(line.Ok, Is.False);
        Assert.That(line.Detail, Does.Contain("not a PEM EC key"));
    }

    [Test]
    public async Task Check_CameraUnreachable_CameraRed()
    {
        var results = await CheckAsync(_f.ConfigYaml(_broker.Url, [("door", $"rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/stream")]));
        var line = Line(results, "camera door");
        Assert.That(line.Ok, Is.False, line.ToString());
        Assert.That(line.Fix, Does.Contain("URL").Or.Contain("power"));
    }

    [Test]
    public async Task Check_BrokerUnreachable_BrokerRed()
    {
        var results = await CheckAsync(_f.ConfigYaml(new Uri($"mqtt://127.0.0.1:{MosquittoBroker.FreePort()}"), []));
        var line = Line(results, "broker");
        Assert.That(line.Ok, Is.False, line.ToString());
        Assert.That(line.Fix, Does.Contain("firewall"));
    }

    [Test]
    public async Task Check_DiskBelowThreshold_DiskRed()
    {
        var results = await CheckAsync(_f.ConfigYaml(_broker.Url, []), minFreeMb: 1L << 30);
        var line = Line(results, "disk");
        Assert.That(line.Ok, Is.False, line.ToString());
        Assert.That(line.Fix, Does.Contain("max_size_mb"));
    }

    [Test]
    public void Check_ConfiguredGpioChipMissing_HardwareRed()
    {
        var dev = Path.Combine(_f.Root, "dev");
        Directory.CreateDirectory(dev);
        File.WriteAllText(Path.Combine(dev, "gpiochip0"), "");
        var options = ConfigLoader.Parse(_f.ConfigYaml(_broker.Url, [], extra: "devices:\n  tamper: {chip: 0, pin: 17}\n  bme280: {bus: 3}"), "t.yaml");
        var lines = DeviceChecks.Hardware(options, dev).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines.Single(l => l.Name == "tamper switch").Ok, Is.True);
            Assert.That(lines.Single(l => l.Name == "climate sensor").Ok, Is.False);
            Assert.That(lines.Single(l => l.Name == "climate sensor").Fix, Does.Contain("I2C"));
        });
    }
}

[NonParallelizable]
public sealed class SupportBundleTests
{
    [Test]
    public async Task SupportBundle_ConfigWithSecrets_RedactedWithVersionsChecksAndLogs()
    {
        using var f = new ControlFixture("sup-dev");
        var logs = Path.Combine(f.Root, "logs");
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(logs, "agent.log"), "camera cam1 started\n");
        var output = Path.Combine(f.Root, "support.tar.gz");
        var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(["support-bundle", output, "--config", f.ConfigPath, "--log-dir", logs], TextWriter.Null, error);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        var entries = new Dictionary<string, string>();
        await using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(output), System.IO.Compression.CompressionMode.Decompress))
        using (var tar = new System.Formats.Tar.TarReader(gz))
        {
            while (tar.GetNextEntry() is { } e)
            {
                using var reader = new StreamReader(e.DataStream!);
                entries[e.Name] = await reader.ReadToEndAsync();
            }
        }
        Assert.Multiple(() =>
        {
            Assert.That(entries.Keys, Is.SupersetOf(new[] { "edgeagent.yaml", "versions.txt", "check.txt", "logs/agent.log" }));
            Assert.That(entries["edgeagent.yaml"], Does.Not.Contain("hunter2").And.Not.Contain("EDGEAGENT_TEST_SECRET"));
            Assert.That(entries["edgeagent.yaml"], Does.Contain("rtsp://viewer:***@10.0.0.9"));
            Assert.That(entries["check.txt"], Does.Contain("config").And.Contain("broker"));
            Assert.That(entries["versions.txt"], Does.Contain("edgeagent"));
        });
    }
}
