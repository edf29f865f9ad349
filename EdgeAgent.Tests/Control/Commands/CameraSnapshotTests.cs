using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Events;
using EdgeAgent.Faces;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>
/// camera.snapshot end to end: a real Mosquitto, the camera service running real ffmpeg pipelines (messi5.jpg looped as a
/// live camera, a disabled camera, and one whose RTSP server is not there), the command service, and a centre client.
/// </summary>
[NonParallelizable]
public sealed class CameraSnapshotTests
{
    private MosquittoBroker _broker = null!;
    private ControlFixture _f = null!;
    private AgentOptions _options = null!;
    private AuditLog _audit = null!;
    private SnapshotTaps _taps = null!;
    private CameraPipelineFactory _factory = null!;
    private CameraService _cameras = null!;
    private CommandProcessor _processor = null!;
    private CommandService _service = null!;
    private CentreClient _centre = null!;
    private TopicNames _topics = null!;
    private long _seq;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await MosquittoBroker.StartAsync();

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [SetUp]
    public async Task SetUp()
    {
        _f = new ControlFixture("snap-" + Guid.NewGuid().ToString("n")[..8], _broker.Url);
        // No analysis stages: the test is about the frame the pipeline carries, and two cores are shared.
        await File.WriteAllTextAsync(_f.ConfigPath, $"""
            device:
              site: s1
              id: {_f.Device}
              state_dir: '{_f.StateDir}'
            models:
              dir: '{TestPaths.ModelsDir}'
              manifest: '{ControlFixture.ManifestPath}'
            broker:
              url: '{_broker.Url.ToString().TrimEnd('/')}'
            cameras:
              - id: street
                url: '{TestPaths.Media("messi5.jpg")}'
                input_args: ['-loop', '1']
                analytics: []
                motion: {"{"}enabled: false{"}"}
              - id: gate
                url: '{TestPaths.Media("vtest.avi")}'
                enabled: false
              - id: dead
                url: 'rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/cam'
                analytics: []
                motion: {"{"}enabled: false{"}"}
            """);
        _options = ConfigLoader.LoadFile(_f.ConfigPath);
        _topics = new TopicNames(_options.Broker.TopicPrefix, _options.Device.Site, _options.Device.Id);
        _audit = AuditLog.Open(AuditLog.PathIn(_options.StateDir));
        _taps = new SnapshotTaps();
        _factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, _options, ModelFixture.Registry, sharedAudit: _audit);
        _cameras = new CameraService(_options, _factory, new EventBus(FrameChannels.CreateEventChannel<AgentEvent>(4096)),
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<CameraService>.Instance, snapshots: _taps);
        await _cameras.StartAsync(CancellationToken.None);
        _processor = new CommandProcessor(_options, _audit, new RecordingLifecycle(), _taps, ModelFixture.Registry) { SnapshotTimeout = TimeSpan.FromSeconds(5) };
        _service = new CommandService(MqttPublisherSettings.From(_options), _processor, TimeProvider.System, NullLogger<CommandService>.Instance);
        await _service.StartAsync(CancellationToken.None);

        _centre = await CentreClient.ConnectAsync(_broker.Port, $"centre/replies/{_f.Device}");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((!_service.Subscribed || _taps.Running.Count < 2) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(_service.Subscribed, Is.True, "the command service subscribed within 15 s");
        Assert.That(_taps.Running, Is.EqualTo(new[] { "dead", "street" }), "the two enabled cameras are running");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        await _cameras.StopAsync(CancellationToken.None);
        _cameras.Dispose();
        _processor.Dispose();
        _factory.Dispose();
        await _centre.DisposeAsync();
        _audit.Dispose();
        _f.Dispose();
    }

    private Task<JsonElement> SendAsync(JsonObject body)
    {
        body["seq"] ??= ++_seq;
        return _centre.RequestAsync(_topics.Command("camera.snapshot"), body.ToJsonString());
    }

    private static void AssertReply(JsonElement reply, bool ok, string code) => CommandDevice.AssertReply(reply, ok, code);

    /// <summary>The JPEG of a successful reply, decoded; checks the reported size and byte count against it.</summary>
    private static RgbImage Jpeg(JsonElement reply)
    {
        var result = reply.GetProperty("result");
        var bytes = Convert.FromBase64String(result.GetProperty("jpeg").GetString()!);
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }), "JPEG SOI marker");
        var image = ImageCodec.Decode(bytes, "snapshot");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("bytes").GetInt32(), Is.EqualTo(bytes.Length));
            Assert.That(result.GetProperty("width").GetInt32(), Is.EqualTo(image.Width));
            Assert.That(result.GetProperty("height").GetInt32(), Is.EqualTo(image.Height));
            Assert.That(result.GetProperty("camera").GetString(), Is.EqualTo("street"));
        });
        return image;
    }

    /// <summary>The camera.snapshot audit records, oldest first.</summary>
    private List<JsonElement> SnapshotAudits()
    {
        var records = new List<JsonElement>();
        using var stream = new FileStream(AuditLog.PathIn(_f.StateDir), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var e = JsonDocument.Parse(line).RootElement.Clone();
            if (e.GetProperty("action").GetString() == "command.camera.snapshot") records.Add(e.GetProperty("data"));
        }
        return records;
    }

    /// <summary>Mean absolute luminance gradient (x and y) inside <paramref name="r"/>: the detail a face's features make.</summary>
    internal static double GradientEnergy(RgbImage image, PixelRect r)
    {
        static double Luma(RgbImage im, int x, int y)
        {
            var o = y * im.Stride + x * 3;
            return 0.299 * im.Data[o] + 0.587 * im.Data[o + 1] + 0.114 * im.Data[o + 2];
        }
        double sum = 0;
        var n = 0;
        for (var y = r.Y; y < r.Bottom - 1; y++)
        {
            for (var x = r.X; x < r.Right - 1; x++)
            {
                sum += Math.Abs(Luma(image, x + 1, y) - Luma(image, x, y)) + Math.Abs(Luma(image, x, y + 1) - Luma(image, x, y));
                n++;
            }
        }
        return sum / n;
    }

    [Test]
    public async Task CameraSnapshot_FaceInView_BlurredByDefaultBackWithBlurOffBothAudited()
    {
        var before = DateTimeOffset.UtcNow;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var blurredReply = await SendAsync(new JsonObject { ["camera"] = "street" });
        var blurTook = watch.Elapsed;
        AssertReply(blurredReply, true, "ok");
        watch.Restart();
        var clearReply = await SendAsync(new JsonObject { ["camera"] = "street", ["blur_faces"] = false });
        TestContext.Out.WriteLine($"round trip: {blurTook.TotalMilliseconds:F0} ms blurred (first use loads the face model), {watch.Elapsed.TotalMilliseconds:F0} ms unblurred");
        AssertReply(clearReply, true, "ok");
        var blurred = Jpeg(blurredReply);
        var clear = Jpeg(clearReply);

        // Detect size is 640x360 by default; max_width 1280 leaves it alone.
        Assert.That((blurred.Width, blurred.Height), Is.EqualTo((640, 360)));
        Assert.That((clear.Width, clear.Height), Is.EqualTo((640, 360)));
        var r = blurredReply.GetProperty("result");
        var c = clearReply.GetProperty("result");
        Assert.Multiple(() =>
        {
            Assert.That(r.GetProperty("blurred").GetBoolean(), Is.True);
            Assert.That(r.GetProperty("faces_blurred").GetInt32(), Is.GreaterThanOrEqualTo(1), "messi5.jpg shows Messi's face (and blurry ones in the crowd)");
            Assert.That(c.GetProperty("blurred").GetBoolean(), Is.False);
            Assert.That(c.GetProperty("faces_blurred").GetInt32(), Is.Zero);
            Assert.That(DateTimeOffset.FromUnixTimeMilliseconds(r.GetProperty("captured").GetInt64()),
                Is.InRange(before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)), "captured is the frame's wall time");
        });

        // The unblurred snapshot shows the face; in the blurred one its detail is gone and BlazeFace (shipped threshold, tiles
        // included) no longer finds it. Not "no detection at all": a borderline false face on the crowd texture (0.5-0.6,
        // under the threshold in the raw frame, over it after JPEG) is in both snapshots and tells nothing about the blur.
        var redactor = new FaceRedactor(ModelFixture.Registry.Get(CameraPipelineFactory.FaceDetectorModel));
        var faces = redactor.Find(clear, confidentOnly: true);
        Assert.That(faces, Is.Not.Empty, "the face is back with blur_faces false");
        var face = faces[0];
        var box = PixelRect.Around(face.Box, clear.Width, clear.Height);
        var detailClear = GradientEnergy(clear, box);
        var detailBlurred = GradientEnergy(blurred, box);
        var after = redactor.Find(blurred, confidentOnly: true);
        TestContext.Out.WriteLine($"face {face.Score:F2} {box}: gradient energy {detailClear:F2} clear, {detailBlurred:F2} blurred; " +
            $"{r.GetProperty("faces_blurred")} face(s) blurred; jpeg {r.GetProperty("bytes")} / {c.GetProperty("bytes")} bytes; " +
            $"detections clear [{string.Join(", ", faces.Select(f => $"{f.Score:F2}"))}], blurred [{string.Join(", ", after.Select(f => $"{f.Score:F2}"))}]");
        Assert.Multiple(() =>
        {
            Assert.That(face.Score, Is.GreaterThan(0.8f), "Messi's face");
            Assert.That(detailBlurred, Is.LessThan(detailClear * 0.2), "the face's detail collapses");
            Assert.That(after.Where(f => f.Box.IoU(face.Box) > 0.1f), Is.Empty, "BlazeFace no longer finds the face");
            Assert.That(after.Where(f => f.Score > 0.7f), Is.Empty, "nor any clear face anywhere");
        });

        var audits = SnapshotAudits();
        Assert.That(audits, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(audits[0].GetProperty("camera").GetString(), Is.EqualTo("street"));
            Assert.That(audits[0].GetProperty("ok").GetString(), Is.EqualTo("true"));
            Assert.That(audits[0].GetProperty("blurred").GetString(), Is.EqualTo("true"));
            Assert.That(audits[0].GetProperty("faces_blurred").GetString(), Is.EqualTo(r.GetProperty("faces_blurred").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(audits[1].GetProperty("blurred").GetString(), Is.EqualTo("false"));
            Assert.That(audits[1].GetProperty("blur_faces").GetString(), Is.EqualTo("false"));
            Assert.That(audits[1].GetProperty("faces_blurred").GetString(), Is.EqualTo("0"));
            Assert.That(audits[0].TryGetProperty("jpeg", out _), Is.False, "no pixels in the audit log");
            Assert.That(AuditLog.Verify(AuditLog.PathIn(_f.StateDir)).Ok, Is.True);
        });
    }

    [Test]
    public async Task CameraSnapshot_MaxWidthAndQuality_DownscaledKeepingAspect()
    {
        var small = await SendAsync(new JsonObject { ["camera"] = "street", ["max_width"] = 320, ["quality"] = 30 });
        AssertReply(small, true, "ok");
        var image = Jpeg(small);
        Assert.That((image.Width, image.Height), Is.EqualTo((320, 180)));
        Assert.That(small.GetProperty("result").GetProperty("faces_blurred").GetInt32(), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task CameraSnapshot_UnknownOrDisabledCamera_ErrorNamingItAndTheRunningOnes()
    {
        var unknown = await SendAsync(new JsonObject { ["camera"] = "nowhere" });
        var disabled = await SendAsync(new JsonObject { ["camera"] = "gate" });
        Assert.Multiple(() =>
        {
            AssertReply(unknown, false, "unknown_camera");
            Assert.That(unknown.GetProperty("message").GetString(), Does.Contain("'nowhere'").And.Contain("running: dead, street"));
            Assert.That(unknown.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null));
            AssertReply(disabled, false, "camera_disabled");
            Assert.That(disabled.GetProperty("message").GetString(), Does.Contain("camera gate is disabled"));
        });
        var audits = SnapshotAudits();
        Assert.That(audits, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(audits.Select(a => a.GetProperty("ok").GetString()), Is.All.EqualTo("false"));
            Assert.That(audits[0].GetProperty("camera").GetString(), Is.EqualTo("nowhere"));
            Assert.That(audits.Select(a => a.TryGetProperty("blurred", out _)), Is.All.False, "nothing was taken");
        });
    }

    [Test]
    public async Task CameraSnapshot_CameraDeliversNoFrame_OfflineErrorAfterTimeout()
    {
        var started = DateTime.UtcNow;
        var reply = await SendAsync(new JsonObject { ["camera"] = "dead" });
        var took = DateTime.UtcNow - started;
        AssertReply(reply, false, "camera_offline");
        Assert.That(reply.GetProperty("message").GetString(), Does.Contain("camera dead delivered no frame within 5 s"));
        Assert.That(took, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(4.9)), "it waited for the timeout");
        // The camera that is up still answers afterwards.
        AssertReply(await SendAsync(new JsonObject { ["camera"] = "street" }), true, "ok");
    }

    [Test]
    public async Task CameraSnapshot_BadOptions_RefusedNamingTheFieldSeqNotSpent()
    {
        var wide = await SendAsync(new JsonObject { ["seq"] = 10, ["camera"] = "street", ["max_width"] = 5000 });
        var quality = await SendAsync(new JsonObject { ["seq"] = 10, ["camera"] = "street", ["quality"] = 0 });
        var blur = await SendAsync(new JsonObject { ["seq"] = 10, ["camera"] = "street", ["blur_faces"] = "no" });
        var noCamera = await SendAsync(new JsonObject { ["seq"] = 10 });
        Assert.Multiple(() =>
        {
            AssertReply(wide, false, "malformed");
            Assert.That(wide.GetProperty("message").GetString(), Does.Contain("max_width").And.Contain("3840"));
            AssertReply(quality, false, "malformed");
            Assert.That(quality.GetProperty("message").GetString(), Does.Contain("quality"));
            AssertReply(blur, false, "malformed");
            Assert.That(blur.GetProperty("message").GetString(), Does.Contain("blur_faces"));
            AssertReply(noCamera, false, "missing_field");
            Assert.That(noCamera.GetProperty("message").GetString(), Does.Contain("'camera'"));
        });
        AssertReply(await SendAsync(new JsonObject { ["seq"] = 10, ["camera"] = "street" }), true, "ok");
    }

    [Test]
    public async Task CameraSnapshot_FaceModelUnavailable_RefusedUnlessBlurOff()
    {
        var emptyModels = Path.Combine(_f.Root, "no-models");
        Directory.CreateDirectory(emptyModels);
        using var registry = new ModelRegistry(ModelManifest.LoadFile(ControlFixture.ManifestPath), emptyModels, new ModelRuntimeSettings(1));
        using var processor = new CommandProcessor(_options, _audit, new RecordingLifecycle(), _taps, registry);
        var refused = await processor.HandleAsync("camera.snapshot", """{"seq": 1, "camera": "street"}"""u8.ToArray(), "test", CancellationToken.None);
        var clear = await processor.HandleAsync("camera.snapshot", """{"seq": 2, "camera": "street", "blur_faces": false}"""u8.ToArray(), "test", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Ok, Is.False);
            Assert.That(refused.Code, Is.EqualTo("face_model_unavailable"));
            Assert.That(refused.Message, Does.Contain(CameraPipelineFactory.FaceDetectorModel).And.Contain("no image was taken"));
            Assert.That(refused.Result, Is.Null);
            Assert.That(clear.Ok, Is.True, clear.Message);
            Assert.That(clear.Result!["blurred"]!.GetValue<bool>(), Is.False);
        });
    }
}
