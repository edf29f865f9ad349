using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string Minimal = """
        device: {site: s1, id: d1}
        cameras:
          - id: cam1
            url: rtsp://10.0.0.1/stream
        """;

    [Test]
    public void Parse_MinimalDocument_AppliesDefaults()
    {
        var o = ConfigLoader.Parse(Minimal, "test.yaml");
        Assert.That(o.Device.Site, Is.EqualTo("s1"));
        Assert.That(o.Cameras, Has.Count.EqualTo(1));
        Assert.That(o.Cameras[0].Detect.Fps, Is.EqualTo(5));
        Assert.That(o.Cameras[0].SourceKind, Is.EqualTo("rtsp"));
        Assert.That(o.Broker.Url, Is.Null, "no URL means the embedded broker");
    }

    [Test]
    public void Parse_PlatesReport_DefaultAllMatchesReadUnknownRefused()
    {
        Assert.That(ConfigLoader.Parse(Minimal, "t.yaml").Cameras[0].Plates.Report, Is.EqualTo(PlateReport.All), "default: every read, as before the option");
        Assert.That(ConfigLoader.Parse(Minimal + "\n    plates: {report: matches}", "t.yaml").Cameras[0].Plates.Report, Is.EqualTo(PlateReport.Matches));
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(Minimal + "\n    plates: {report: some}", "t.yaml"))!;
        Assert.That(ex.Errors.Single().Path, Is.EqualTo("cameras[0].plates.report"));
    }

    [Test]
    public void Parse_WrongScheme_NamesPathAndAllowedSchemes()
    {
        var yaml = """
            cameras:
              - {id: a, url: rtsp://h/x}
              - {id: b, url: "rtps://h/x"}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        Assert.That(ex.Errors.Select(e => e.ToString()), Does.Contain("cameras[1].url: scheme 'rtps' is not one of rtsp, rtmp, http, https, file"));
    }

    [Test]
    public void Parse_SeveralProblems_ReportsEveryOneWithItsPath()
    {
        var yaml = """
            device: {site: "bad/site", idd: x}
            broker: {url: "ftp://x", keep_alive: soon}
            cameras:
              - id: a
                detect: {width: abc, fps: 500}
                motion: {threshold: 300, colour: red}
              - {id: a, url: /dev/video0}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        var paths = ex.Errors.Select(e => e.Path).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "device.site", "device.idd", "broker.url", "broker.keep_alive", "cameras[0].url", "cameras[0].detect.width",
            "cameras[0].detect.fps", "cameras[0].motion.threshold", "cameras[0].motion.colour", "cameras[1].id",
        }));
        Assert.That(ex.Errors.Single(e => e.Path == "device.idd").Message, Is.EqualTo("unknown key"));
        Assert.That(ex.Errors.Single(e => e.Path == "cameras[0].url").Message, Is.EqualTo("is required"));
        Assert.That(ex.Errors.Single(e => e.Path == "cameras[0].detect.width").Message, Does.Contain("'abc' is not a whole number"));
        Assert.That(ex.Message, Does.Contain("t.yaml"));
    }

    [Test]
    public void Parse_WrongTypes_SayWhatWasExpected()
    {
        var yaml = """
            cameras: {id: a}
            models: [1, 2]
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        Assert.That(ex.Errors.Select(e => e.ToString()), Does.Contain("cameras: must be a list, not a mapping"));
        Assert.That(ex.Errors.Select(e => e.ToString()), Does.Contain("models: must be a mapping of keys to values, not a list"));
    }

    [Test]
    public void Parse_InvalidYaml_GivesLineAndColumn()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("cameras:\n  - id: a\n   url: [x\n", "t.yaml"))!;
        Assert.That(ex.Errors, Has.Count.EqualTo(1));
        Assert.That(ex.Errors[0].Message, Does.StartWith("invalid YAML"));
        Assert.That((ex.Errors[0].Line, ex.Errors[0].Column), Is.EqualTo((3, 4)));
        Assert.That(ex.Message, Does.StartWith("t.yaml:3:4: invalid YAML"));
    }

    [Test]
    public void LoadFile_Unreadable_NamesTheFile()
    {
        var path = Path.Combine(TestPaths.TempDir(), "missing.yaml");
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(path))!;
        Assert.That(ex.Message, Does.Contain(path));
        Assert.That(ex.Errors[0].Message, Does.StartWith("cannot read the file"));
    }

    [Test]
    public void Parse_SecretInClear_IsRefused()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("broker: {url: 'mqtts://b:8883', password: hunter2}", "t.yaml"))!;
        Assert.That(ex.Errors.Single().ToString(), Does.StartWith("broker.password: secrets are not written in the YAML"));
    }

    [Test]
    public void Parse_SecretFromFile_ResolvesAtUse()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "pw");
        File.WriteAllText(file, "s3cret\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var o = ConfigLoader.Parse($"broker: {{url: 'mqtts://b:8883', username: u, password: 'file:{file}'}}", "t.yaml");
        Assert.That(o.Broker.Password!.Resolve(), Is.EqualTo("s3cret"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void Parse_PlainMqttToRemoteHost_RequiresInsecure()
    {
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse("broker: {url: 'mqtt://10.1.1.1:1883'}", "t.yaml"));
        Assert.DoesNotThrow(() => ConfigLoader.Parse("broker: {url: 'mqtt://10.1.1.1:1883', insecure: true}", "t.yaml"));
        Assert.DoesNotThrow(() => ConfigLoader.Parse("broker: {url: 'mqtt://127.0.0.1:1883'}", "t.yaml"));
    }

    [Test]
    public void Parse_EnvironmentVariables_AreExpandedAndMissingOnesReported()
    {
        Environment.SetEnvironmentVariable("EA_TEST_CAM_HOST", "10.9.8.7");
        var o = ConfigLoader.Parse("cameras: [{id: a, url: 'rtsp://${EA_TEST_CAM_HOST}/s'}]", "t.yaml");
        Assert.That(o.Cameras[0].Url, Is.EqualTo("rtsp://10.9.8.7/s"));
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("cameras: [{id: a, url: 'rtsp://${EA_TEST_UNSET_VAR}/s'}]", "t.yaml"))!;
        Assert.That(ex.Errors.Select(e => e.ToString()), Does.Contain("cameras[0].url: environment variable EA_TEST_UNSET_VAR is not set"));
    }

    [Test]
    public void Parse_ZonesAndLines_ValidateGeometry()
    {
        var yaml = """
            cameras:
              - id: a
                url: /tmp/x.mp4
                zones:
                  - {name: z, polygon: [[0, 0], [1, 0]]}
                  - {name: z, polygon: [[0, 0], [1, 0], [2, 1]]}
                lines:
                  - {name: l, points: [[0, 0.5]]}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        var text = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.That(text, Does.Contain("cameras[0].zones[0].polygon: a polygon needs at least 3 points (normalised 0..1)"));
        Assert.That(text, Does.Contain("cameras[0].zones[1].polygon[2]: point [2, 1] is outside 0..1"));
        Assert.That(text, Does.Contain("cameras[0].zones: name 'z' is used twice"));
        Assert.That(text, Does.Contain("cameras[0].lines[0].points: a line is two points [[ax, ay], [bx, by]] (normalised 0..1)"));
    }

    [TestCase("demo.yaml")]
    [TestCase("edgeagent.example.yaml")]
    [TestCase("examples/rtsp-camera.yaml")]
    [TestCase("examples/http-mjpeg-camera.yaml")]
    [TestCase("examples/usb-camera.yaml")]
    [TestCase("examples/file-camera.yaml")]
    public void LoadFile_ShippedExamples_AreValid(string name)
    {
        // The examples take paths and passwords from the environment; set what is missing for this test only,
        // since other tests read EDGEAGENT_MEDIA and EDGEAGENT_MODELS.
        var names = new[] { "EDGEAGENT_STATE", "EDGEAGENT_MODELS", "EDGEAGENT_MEDIA", "EDGEAGENT_DEMO_PORT", "CAM_ENTRANCE_PASSWORD", "CAM_PLATFORM2_PASSWORD" };
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var n in names.Where(n => saved[n] is null)) Environment.SetEnvironmentVariable(n, n == "EDGEAGENT_DEMO_PORT" ? "1883" : "/tmp/x");
            Assert.DoesNotThrow(() => ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "config", name)));
        }
        finally
        {
            foreach (var (n, v) in saved) Environment.SetEnvironmentVariable(n, v);
        }
    }
}
