using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>
/// config.set from a hostile or mistaken centre, on the same broker and device as the other command tests: a deep
/// document is refused without killing the agent, and settings that decide what the process reads, runs or trusts are
/// refused by name, the file unchanged.
/// </summary>
public sealed partial class CommandServiceTests
{
    private const string Gate = "rtsp://viewer:${EDGEAGENT_TEST_CAMERA_PASSWORD}@10.0.0.9:554/s1";

    [Test]
    public async Task ConfigSet_400KbNestedYaml_ErrorReplyAndAgentStillAnswers()
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        // Deep enough to overflow the stack of YamlDotNet's node builder, which used to kill the agent with no reply.
        var deep = "cameras: " + new string('[', 200_000) + new string(']', 200_000);
        Assert.That(deep.Length, Is.GreaterThan(400_000));
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = deep });
        AssertReply(reply, false, "invalid_config");
        Assert.That(Message(reply), Does.Contain("config.set:1:").And.Contain("nesting deeper than 64 levels"));
        var next = await SendAsync("config.get", new JsonObject());
        AssertReply(next, true, "ok");
        Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(before));
    }

    [Test]
    public async Task ConfigSet_OverOneMebibyte_Refused()
    {
        var big = Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi"))]) + new string('#', 1024 * 1024) + "\n";
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = big });
        AssertReply(reply, false, "invalid_config");
        Assert.That(Message(reply), Does.Contain("config.set").And.Contain("larger than 1024 KiB"));
    }

    [TestCase("input_args", "cam1", "$VIDEO", "    input_args: ['-f', 'concat']\n", "cameras[0].input_args")]
    [TestCase("new file source", "shadow", "/etc/shadow", "", "cameras[0].url: a file source may only be changed in the device's local file")]
    [TestCase("new file:// source", "shadow", "file:///etc/shadow", "", "cameras[0].url: a file source")]
    [TestCase("V4L2 device", "usb", "/dev/video0", "", "cameras[0].url: a device source")]
    public async Task ConfigSet_ProcessLevelCameraSetting_RefusedNamingField(string what, string id, string url, string extra, string expected)
    {
        var desired = Fixture.ConfigYaml(_broker.Url, [(id, url.Replace("$VIDEO", TestPaths.Media("vtest.avi"), StringComparison.Ordinal))]) + extra;
        await AssertRefusedAsync(desired, "local_only", expected);
    }

    [TestCase("device.state_dir", "device:\n  state_dir: /tmp/elsewhere\n")]
    [TestCase("models.manifest", "models:\n  manifest: /tmp/evil-manifest.yaml\n")]
    [TestCase("broker.url", "broker:\n  url: mqtts://evil.example:8883\n")]
    [TestCase("broker.password", "broker:\n  password: env:HOME\n")]
    [TestCase("updates.signing_key", "updates:\n  signing_key: /tmp/attacker.pub\n")]
    [TestCase("watchlist.key", "watchlist:\n  key: file:/tmp/key\n")]
    [TestCase("outbox.file", "outbox:\n  file: /tmp/outbox.db\n")]
    [TestCase("devices", "devices:\n  led: {chip: 0, pin: 17}\n")]
    public async Task ConfigSet_ProcessLevelSection_RefusedNamingField(string field, string section)
    {
        var desired = Override(Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi")), ("gate", Gate)]), section);
        await AssertRefusedAsync(desired, "local_only", field + ": may only be changed in the device's local file");
    }

    [TestCase("rtsp://10.0.0.5/${EDGEAGENT_TEST_SECRET}")]
    [TestCase("rtsp://${EDGEAGENT_TEST_SECRET}.evil.example/s")]
    public async Task ConfigSet_EnvironmentReferenceOutsidePassword_Refused(string url)
    {
        var desired = Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi")), ("door", url)]);
        await AssertRefusedAsync(desired, "invalid_config", "cameras[1].url: ${NAME} references are read from the device's environment");
    }

    [Test]
    public async Task ConfigSet_NetworkCameraAndZone_PassesThePolicy()
    {
        // Allowed remotely: a new RTSP camera with a zone. Nothing answers at that port, so the probe refuses it, which
        // shows the document got past the policy to the camera check.
        var desired = Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi")), ("door", $"rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/s")])
                      + "    zones:\n      - name: porch\n        polygon: [[0, 0], [1, 0], [1, 1]]\n";
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = desired });
        AssertReply(reply, false, "camera_failed");
        Assert.That(Message(reply), Does.Contain("camera door"));
    }

    private async Task AssertRefusedAsync(string desired, string code, string expected)
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = desired });
        AssertReply(reply, false, code);
        Assert.Multiple(() =>
        {
            Assert.That(Message(reply), Does.Contain(expected));
            Assert.That(Message(reply), Does.Not.Contain("   at ").And.Not.Contain("s3cret-value"));
            Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(before));
            Assert.That(Lifecycle.Restarts, Is.Empty);
        });
    }

    /// <summary>
    /// <paramref name="yaml"/> with <paramref name="section"/> (a header and one key) applied: the key's line replaced
    /// when the fixture writes the section, else the section added before the cameras.
    /// </summary>
    private static string Override(string yaml, string section)
    {
        var lines = section.TrimEnd('\n').Split('\n');
        if (!("\n" + yaml).Contains("\n" + lines[0] + "\n", StringComparison.Ordinal))
        {
            return yaml.Replace("\ncameras:", "\n" + string.Join('\n', lines) + "\ncameras:", StringComparison.Ordinal);
        }
        var at = yaml.IndexOf("\n" + lines[1].Split(':')[0] + ":", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"the fixture writes {lines[1]}");
        return string.Concat(yaml.AsSpan(0, at + 1), lines[1], yaml.AsSpan(yaml.IndexOf('\n', at + 1)));
    }

    private static string Message(JsonElement reply) => reply.GetProperty("message").GetString()!;
}
