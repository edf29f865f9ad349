using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.Commands;
using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control;

/// <summary>Restarts requested by commands, recorded instead of exiting the test process (the process boundary).</summary>
internal sealed class RecordingLifecycle : IAgentLifecycle
{
    public List<string> Restarts { get; } = [];

    public void RequestRestart(string reason)
    {
        lock (Restarts) Restarts.Add(reason);
    }
}

/// <summary>A device folder for control tests: config, state, a maintainer key pinned on the device, and bundle builders.</summary>
internal sealed class ControlFixture : IDisposable
{
    public const string Model = "centernet-coco";

    public const string Shipped = "3.3.6";

    public ControlFixture(string device, Uri? broker = null)
    {
        Root = TestPaths.TempDir("edgeagent-control");
        Device = device;
        StateDir = Path.Combine(Root, "state");
        var keys = Path.Combine(Root, "maintainer");
        (PrivateKeyPath, PublicKeyPath) = SigningKeys.Generate(keys);
        Directory.CreateDirectory(Path.Combine(StateDir, "keys"));
        File.Copy(PublicKeyPath, SigningKeys.PinnedPath(StateDir));
        ConfigPath = Path.Combine(Root, "edgeagent.yaml");
        // A camera password comes from the environment: one written in the URL is refused by the loader.
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_CAMERA_PASSWORD", "hunter2");
        File.WriteAllText(ConfigPath, ConfigYaml(broker, [("cam1", TestPaths.Media("vtest.avi")), ("gate", "rtsp://viewer:${EDGEAGENT_TEST_CAMERA_PASSWORD}@10.0.0.9:554/s1")]));
    }

    public string Root { get; }

    public string Device { get; }

    public string StateDir { get; }

    public string ConfigPath { get; }

    public string PrivateKeyPath { get; }

    public string PublicKeyPath { get; }

    public static string ManifestPath => File.Exists(TestPaths.Manifest) ? TestPaths.Manifest : Path.Combine(TestPaths.ModelsDir, "manifest.yaml");

    /// <summary>Rewrites the config with no cameras on <paramref name="broker"/> (for a whole host) and loads it with its topics.</summary>
    public (EdgeAgent.Configuration.AgentOptions Options, EdgeAgent.Events.TopicNames Topics) WriteCameralessConfig(Uri broker)
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        File.WriteAllText(ConfigPath, ConfigYaml(broker, []));
        var options = EdgeAgent.Configuration.ConfigLoader.LoadFile(ConfigPath);
        return (options, new EdgeAgent.Events.TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id));
    }

    public string ConfigYaml(Uri? broker, IReadOnlyList<(string Id, string Url)> cameras, string extra = "")
    {
        var yaml = $"""
            device:
              site: s1
              id: {Device}
              state_dir: '{StateDir}'
            models:
              dir: '{TestPaths.ModelsDir}'
              manifest: '{ManifestPath}'
            broker:
              url: '{broker?.ToString().TrimEnd('/') ?? "mqtt://127.0.0.1:1"}'
              password: env:EDGEAGENT_TEST_SECRET
              username: dev
            {extra}
            cameras:

            """;
        foreach (var (id, url) in cameras)
        {
            // A camera with credentials in its URL is kept disabled: it shows redaction without being probed.
            yaml += $"  - id: {id}\n    url: '{url}'\n" + (url.Contains('@', StringComparison.Ordinal) ? "    enabled: false\n" : "");
        }
        if (cameras.Count == 0) yaml = yaml.Replace("cameras:\n", "cameras: []\n", StringComparison.Ordinal);
        return yaml;
    }

    /// <summary>A signed bundle of <paramref name="files"/> as bytes.</summary>
    public byte[] Pack(string kind, string id, string version, IReadOnlyList<string> files, string? keyPath = null)
    {
        using var key = SigningKeys.Load(keyPath ?? PrivateKeyPath);
        using var ms = new MemoryStream();
        SignedBundle.Pack(kind, id, version, files, key, ms);
        return ms.ToArray();
    }

    /// <summary>
    /// A model bundle for the object detector: <paramref name="onnx"/> (default the real model) and dog.jpg with the
    /// detections the shipped model finds on it, or <paramref name="expect"/> when given.
    /// </summary>
    public byte[] ModelBundle(string version, string? onnx = null, JsonArray? expect = null, string? keyPath = null)
    {
        var dir = Path.Combine(Root, "pack-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var model = Path.Combine(dir, Model + ".onnx");
        File.Copy(onnx ?? TestPaths.Model(Model + ".onnx"), model);
        var image = Path.Combine(dir, "dog.jpg");
        File.Copy(TestPaths.Media("dog.jpg"), image);
        expect ??= ReferenceDetections();
        var samples = new JsonObject
        {
            ["min_iou"] = 0.5,
            ["samples"] = new JsonArray(new JsonObject { ["image"] = "dog.jpg", ["expect"] = expect }),
        };
        var samplesPath = Path.Combine(dir, "samples.json");
        File.WriteAllText(samplesPath, samples.ToJsonString());
        return Pack("model", Model, version, [model, samplesPath, image], keyPath);
    }

    /// <summary>What the shipped detector finds on dog.jpg (score 0.4 and up): the expected detections a maintainer would ship.</summary>
    public static JsonArray ReferenceDetections()
    {
        var found = new ObjectDetector(ModelFixture.Registry.Get(Model)).Detect(ImageCodec.DecodeFile(TestPaths.Media("dog.jpg")));
        var list = new JsonArray();
        foreach (var d in found)
        {
            if (d.Score >= 0.4f) list.Add(new JsonObject { ["label"] = d.Label, ["box"] = new JsonArray(d.Box.X, d.Box.Y, d.Box.W, d.Box.H) });
        }
        Assert.That(list, Has.Count.GreaterThanOrEqualTo(2), "the shipped detector finds the dog and the bicycle on dog.jpg");
        return list;
    }

    /// <summary>A second maintainer key the device does not trust.</summary>
    public string OtherPrivateKey()
    {
        var dir = Path.Combine(Root, "other-" + Guid.NewGuid().ToString("n"));
        return SigningKeys.Generate(dir).PrivatePath;
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public static string Iso(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in /tmp are harmless.
        }
    }
}
