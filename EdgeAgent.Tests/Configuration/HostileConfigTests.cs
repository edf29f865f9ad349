using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Configuration;

/// <summary>
/// Hostile and broken config files through the real verbs: each is refused with one clear problem naming the file and
/// the field, exit code 3, and never a stack trace or a crashed process (a deep file used to overflow the stack).
/// </summary>
[NonParallelizable]
public sealed class HostileConfigTests
{
    private const string Camera = "cameras:\n  - id: cam1\n    url: rtsp://10.0.0.1/stream\n";

    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir();
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_CAM_PW", "topsecret-pw");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    /// <summary>The file of each case; <c>{dir}</c> is the test's folder (for secret files written beside the config).</summary>
    private static string Content(string name, string dir) => name switch
    {
        "deep-flow" => "cameras: " + new string('[', 200_000) + new string(']', 200_000) + "\n",
        "deep-block" => string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + $"k{i}:\n")) + new string(' ', 200) + "v: 1\n",
        "huge" => string.Concat(Enumerable.Repeat("# padding comment line, sixty-four characters long, or about so\n", 17_000)) + Camera,
        "unclosed" => Camera + "    zones:\n      - name: road\n        polygon: [[0.0, 0.45], [1.0, 0.45, [1.0, 1.0]]\n",
        "empty" => "",
        "comments" => "# a config that lost its content\n\n",
        "two-docs" => Camera + "---\ncameras: []\n",
        "alias" => "device: &d {site: s1, id: d1}\nhealth: *d\n" + Camera,
        "list-root" => "- device\n- cameras\n",
        "duplicate-key" => "device: {site: s1}\ndevice: {site: s2}\n" + Camera,
        "stall-1e308s" => Camera + "    stall_timeout: 1e308s\n",
        "loiter-1e305ms" => Camera + "    zones:\n      - name: road\n        polygon: [[0, 0], [1, 0], [1, 1]]\n        loiter: 1e305ms\n",
        "width-overflow" => Camera + "    detect: {width: 99999999999999999999}\n",
        "min-area-infinite" => Camera + "    motion: {min_area: 1e400}\n",
        "point-nan" => Camera + "    zones:\n      - name: road\n        polygon: [[NaN, 0], [1, 0], [1, 1]]\n",
        "zone-on-a-line" => Camera + "    zones:\n      - name: road\n        polygon: [[0, 0], [0.5, 0.5], [1, 1]]\n",
        "motion-mask-one-point" => Camera + "    motion:\n      masks:\n        - points: [[0.1, 0.1], [0.1, 0.1], [0.1, 0.1]]\n",
        "objects-mask-flat" => Camera + "    objects:\n      masks:\n        - points: [[0, 0.5], [1, 0.5], [0.5, 0.5]]\n",
        "left-zone-flat" => Camera + "    left_objects:\n      zones:\n        - name: hall\n          polygon: [[0, 0], [0, 0.5], [0, 1]]\n",
        "line-one-point" => Camera + "    lines:\n      - name: door\n        points: [[0.5, 0.5], [0.5, 0.5]]\n",
        "device-id-newline" => "device: {site: s1, id: \"edge-p1\\n\"}\n" + Camera,
        "site-wildcard" => "device: {site: 'north+', id: d1}\n" + Camera,
        "topic-prefix-newline" => "broker: {topic_prefix: \"edgeagent/v1\\n\"}\n" + Camera,
        "camera-id-hash" => "cameras:\n  - id: 'cam#1'\n    url: rtsp://10.0.0.1/stream\n",
        "camera-id-slash" => "cameras:\n  - id: 'cam/1'\n    url: rtsp://10.0.0.1/stream\n",
        "zone-name-slash" => Camera + "    zones:\n      - name: 'road/north'\n        polygon: [[0, 0], [1, 0], [1, 1]]\n",
        "line-name-tab" => Camera + "    lines:\n      - name: \"in\\tout\"\n        points: [[0, 0.5], [1, 0.5]]\n",
        "rtsp-password" => "cameras:\n  - id: cam1\n    url: rtsp://admin:hunter2@10.0.0.1/stream\n",
        "mqtts-password" => "broker: {url: 'mqtts://dev:hunter2@broker.example:8883'}\n" + Camera,
        "secret-file-0644" => $"broker: {{url: 'mqtts://broker.example:8883', username: dev, password: 'file:{Path.Combine(dir, "pw")}'}}\n" + Camera,
        _ => throw new ArgumentException(name),
    };

    [TestCase("deep-flow", "nesting deeper than 64 levels")]
    [TestCase("deep-block", "nesting deeper than 64 levels")]
    [TestCase("huge", "larger than 1024 KiB")]
    [TestCase("unclosed", "invalid YAML")]
    [TestCase("empty", "the document is empty")]
    [TestCase("comments", "the document is empty")]
    [TestCase("two-docs", "a second YAML document")]
    [TestCase("alias", "alias '*d'")]
    [TestCase("list-root", "the document must be a mapping")]
    [TestCase("duplicate-key", "invalid YAML")]
    [TestCase("stall-1e308s", "cameras[0].stall_timeout: '1e308s' is not a duration")]
    [TestCase("loiter-1e305ms", "cameras[0].zones[0].loiter: '1e305ms' is not a duration")]
    [TestCase("width-overflow", "cameras[0].detect.width: '99999999999999999999' is not a whole number")]
    [TestCase("min-area-infinite", "cameras[0].motion.min_area: '1e400' is not a number")]
    [TestCase("point-nan", "cameras[0].zones[0].polygon[0]: must be a point")]
    [TestCase("zone-on-a-line", "cameras[0].zones[0].polygon: the polygon has no area")]
    [TestCase("motion-mask-one-point", "cameras[0].motion.masks[0].points: the polygon has no area")]
    [TestCase("objects-mask-flat", "cameras[0].objects.masks[0].points: the polygon has no area")]
    [TestCase("left-zone-flat", "cameras[0].left_objects.zones[0].polygon: the polygon has no area")]
    [TestCase("line-one-point", "cameras[0].lines[0].points: the two ends of a line are the same point")]
    [TestCase("device-id-newline", "device.id: 'edge-p1\\u000a' must be 1-64 characters")]
    [TestCase("site-wildcard", "device.site: 'north+' must be 1-64 characters")]
    [TestCase("topic-prefix-newline", "broker.topic_prefix: 'edgeagent/v1\\u000a' must not contain wildcards or control characters")]
    [TestCase("camera-id-hash", "cameras[0].id: 'cam#1' must be 1-64 characters")]
    [TestCase("camera-id-slash", "cameras[0].id: 'cam/1' must be 1-64 characters")]
    [TestCase("zone-name-slash", "cameras[0].zones[0].name: 'road/north' must be at most 64 characters without control characters")]
    [TestCase("line-name-tab", "cameras[0].lines[0].name: 'in\\u0009out' must be at most 64 characters without control characters")]
    [TestCase("rtsp-password", "cameras[0].url: a password written in the URL is refused")]
    [TestCase("mqtts-password", "broker.url: a password written in the URL is refused")]
    [TestCase("secret-file-0644", "broker.password: secret file")]
    public async Task ConfigValidate_HostileFile_OneClearProblemExit3(string name, string expected)
    {
        var file = Write(name);
        var (code, output, error) = await Cli("config", "validate", file);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Config), output + error);
            Assert.That(error, Does.Contain(file).And.Contain(expected));
            AssertNoSecretNorTrace(output + error);
        });
    }

    [Test]
    public async Task ConfigValidate_UnclosedFlowList_FileLineColumn()
    {
        var file = Write("unclosed");
        var (code, _, error) = await Cli("config", "validate", file);
        Assert.That(code, Is.EqualTo(ExitCodes.Config));
        // The bracket opened on line 6 is still open when the document ends on line 7.
        Assert.That(error, Does.Match($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:7:1: invalid YAML: "));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line, no trace");
    }

    [Test]
    public async Task ConfigValidate_SecretFileReadableByOthers_SaysChmod600()
    {
        var file = Write("secret-file-0644");
        var secret = Path.Combine(_dir, "pw");
        var (_, _, error) = await Cli("config", "validate", file);
        Assert.That(error, Does.Contain("is readable by group or others (mode 0644)").And.Contain($"chmod 600 {secret}"));
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (code, output, after) = await Cli("config", "validate", file);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + after);
    }

    [Test]
    public async Task ConfigValidate_DevNull_RefusedAsEmpty()
    {
        var (code, output, error) = await Cli("config", "validate", "/dev/null");
        Assert.That(code, Is.EqualTo(ExitCodes.Config), output);
        Assert.That(error, Does.Contain("/dev/null").And.Contain("the document is empty"));
    }

    [Test]
    public async Task ConfigValidate_PasswordAsVariable_Accepted()
    {
        var file = Path.Combine(_dir, "ok.yaml");
        await File.WriteAllTextAsync(file, "cameras:\n  - id: cam1\n    url: rtsp://admin:${EDGEAGENT_TEST_CAM_PW}@10.0.0.1/stream\n");
        var (code, output, error) = await Cli("config", "validate", file);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(ConfigLoader.LoadFile(file).Cameras[0].Url, Is.EqualTo("rtsp://admin:topsecret-pw@10.0.0.1/stream"));
        AssertNoSecretNorTrace(output + error);
    }

    [TestCase("check", "deep-flow", "nesting deeper than 64 levels")]
    [TestCase("check", "unclosed", "invalid YAML")]
    [TestCase("check", "huge", "larger than 1024 KiB")]
    [TestCase("check", "empty", "the document is empty")]
    [TestCase("check", "rtsp-password", "cameras[0].url: a password written in the URL is refused")]
    [TestCase("run", "deep-flow", "nesting deeper than 64 levels")]
    [TestCase("run", "unclosed", "invalid YAML")]
    [TestCase("run", "huge", "larger than 1024 KiB")]
    [TestCase("run", "two-docs", "a second YAML document")]
    [TestCase("run", "device-id-newline", "device.id")]
    public async Task Verb_HostileFile_ConfigErrorExit3(string verb, string name, string expected)
    {
        var file = Write(name);
        var (code, output, error) = await Cli(verb, "--config", file);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Config), output + error);
            Assert.That(output + error, Does.Contain(file).And.Contain(expected));
            AssertNoSecretNorTrace(output + error);
        });
    }

    [Test]
    public async Task Check_CameraWithPassword_PasswordNeverPrinted()
    {
        // Nothing listens on the port: ffprobe fails and quotes the URL it was given, password included.
        var file = Path.Combine(_dir, "cam.yaml");
        await File.WriteAllTextAsync(file,
            $"device: {{state_dir: '{_dir}'}}\ncameras:\n  - id: cam1\n    url: rtsp://admin:${{EDGEAGENT_TEST_CAM_PW}}@127.0.0.1:{MosquittoBroker.FreePort()}/stream\n");
        var (code, output, error) = await Cli("check", "--config", file, "--camera-timeout", "5");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Verification), output + error);
            Assert.That(output, Does.Contain("[FAIL] camera cam1"));
            Assert.That(output, Does.Contain("admin:***@127.0.0.1"));
            AssertNoSecretNorTrace(output + error);
        });
    }

    [Test]
    public async Task Detect_UrlWithPassword_PasswordNeverPrinted()
    {
        var file = Path.Combine(_dir, "models.yaml");
        await File.WriteAllTextAsync(file, $"models: {{dir: '{TestPaths.ModelsDir}', manifest: '{Control.ControlFixture.ManifestPath}'}}\n" + Camera);
        var url = $"rtsp://admin:topsecret-pw@127.0.0.1:{MosquittoBroker.FreePort()}/stream";
        var (code, output, error) = await Cli("detect", url, "--config", file, "--seconds", "5");
        Assert.That(code, Is.Not.EqualTo(ExitCodes.Ok));
        Assert.That(error, Does.Contain("admin:***@127.0.0.1"));
        AssertNoSecretNorTrace(output + error);
    }

    [Test]
    public void BrokerEndpoint_PasswordInUrlAsVariable_NeverInTheUrlTheAgentLogs()
    {
        var options = ConfigLoader.Parse("broker: {url: 'mqtts://dev:${EDGEAGENT_TEST_CAM_PW}@broker.example:8883'}\n" + Camera, "t.yaml");
        var url = EdgeAgent.Transport.BrokerEndpoint.Resolve(options.Broker);
        Assert.That(url.ToString(), Does.Not.Contain("topsecret-pw").And.Not.Contain("dev@"));
        Assert.That((url.Host, EdgeAgent.Transport.BrokerEndpoint.Port(url)), Is.EqualTo(("broker.example", 8883)));
    }

    [TestCase("rtsp://admin:pw@10.0.0.1/s", "rtsp://admin:***@10.0.0.1/s")]
    [TestCase("[rtsp @ 0x55d0] rtsp://admin:pw@10.0.0.1:554/s: Connection refused", "[rtsp @ 0x55d0] rtsp://admin:***@10.0.0.1:554/s: Connection refused")]
    [TestCase("from 'mqtts://u:p@ss@b:8883' and 'http://v:x@c/'", "from 'mqtts://u:***@b:8883' and 'http://v:***@c/'")]
    [TestCase("rtsp://viewer@10.0.0.1:554/s", "rtsp://viewer@10.0.0.1:554/s")]
    [TestCase("http://10.0.0.1:8080/a@b", "http://10.0.0.1:8080/a@b")]
    public void Redact_TextWithUrls_EveryPasswordMasked(string text, string expected) =>
        Assert.That(UrlRedaction.Redact(text), Is.EqualTo(expected));

    private string Write(string name)
    {
        var file = Path.Combine(_dir, name + ".yaml");
        File.WriteAllText(file, Content(name, _dir));
        var secret = Path.Combine(_dir, "pw");
        File.WriteAllText(secret, "s3cret\n");
        File.SetUnixFileMode(secret, (UnixFileMode)0b110_100_100);
        return file;
    }

    private static void AssertNoSecretNorTrace(string text)
    {
        Assert.That(text, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(text, Does.Not.Contain("hunter2").And.Not.Contain("topsecret-pw").And.Not.Contain("s3cret"), "no secret");
    }

    private static async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
