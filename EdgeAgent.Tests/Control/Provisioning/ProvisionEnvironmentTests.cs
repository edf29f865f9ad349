using EdgeAgent.Configuration;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Provisioning;

/// <summary><c>provision</c> writes the environment file the service and the CLI read, private from its first byte.</summary>
public sealed class ProvisionEnvironmentTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("provision-env");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void Provision_WritesEdgeagentEnvRootOwned0600()
    {
        var (_, written) = Provisioner.Run(new ProvisionRequest
        {
            Site = "s1", Device = "p1", Broker = new Uri("mqtt://127.0.0.1:1883"),
            Dir = Path.Combine(_dir, "etc"), StateDir = Path.Combine(_dir, "state"), ModelsDir = TestPaths.ModelsDir,
        });

        var env = Path.Combine(_dir, "etc", "edgeagent.env");
        Assert.That(written, Has.Member($"environment {env}"));
        Assert.That(File.GetUnixFileMode(env), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(EnvironmentFile.PermissionProblem(env), Is.Null);
        Assert.That(File.ReadAllText(env), Does.Contain("EnvironmentFile="));
    }

    [Test]
    public void WriteEnvironment_KeepsValuesAndListsReferencesStillMissing()
    {
        var env = Path.Combine(_dir, "edgeagent.env");
        File.WriteAllText(env, "CAM_GATE_PW=kept-value\n");
        var missing = "CAM_YARD_PW_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var config = $"cameras:\n  - id: gate\n    url: rtsp://a:${{CAM_GATE_PW}}@10.0.0.1/s\n  - id: yard\n    url: rtsp://a:${{{missing}}}@10.0.0.2/s\n";

        Provisioner.WriteEnvironment(env, config);

        var text = File.ReadAllText(env);
        Assert.That(text, Does.Contain("\nCAM_GATE_PW=kept-value"));
        Assert.That(text, Does.Contain($"# Not set yet: {missing}"));
        Assert.That(File.GetUnixFileMode(env), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }
}
