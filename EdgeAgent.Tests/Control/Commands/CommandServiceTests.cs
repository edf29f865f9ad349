using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Control.Bundles;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>Remote commands end to end: a real Mosquitto, the agent's command service, and a centre client that sends requests with a response topic and correlation data.</summary>
[NonParallelizable]
public sealed partial class CommandServiceTests
{
    private MosquittoBroker _broker = null!;
    private CommandDevice _device = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await MosquittoBroker.StartAsync();

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [SetUp]
    public async Task SetUp() => _device = await CommandDevice.StartAsync(_broker, "cmd",
        (options, audit, lifecycle) => new CommandProcessor(options, audit, lifecycle) { CameraStartTimeout = TimeSpan.FromSeconds(8) });

    [TearDown]
    public async Task TearDown() => await _device.DisposeAsync();

    private ControlFixture Fixture => _device.Fixture;

    private RecordingLifecycle Lifecycle => _device.Lifecycle;

    private Task<JsonElement> SendAsync(string name, JsonObject body) => _device.SendAsync(name, body);

    private Task<JsonElement> SendAsync(string name, string payload, string? responseTopic = null) => _device.SendRawAsync(name, payload, responseTopic);

    private static void AssertReply(JsonElement reply, bool ok, string code) => CommandDevice.AssertReply(reply, ok, code);

    [Test]
    public async Task ConfigGet_ConfigWithSecrets_ReturnsItRedacted()
    {
        var reply = await SendAsync("config.get", new JsonObject());
        AssertReply(reply, true, "ok");
        var text = reply.GetProperty("result").ToString();
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("result").GetProperty("broker").GetProperty("password").GetString(), Is.EqualTo("***"));
            Assert.That(reply.GetProperty("result").GetProperty("device").GetProperty("id").GetString(), Is.EqualTo(Fixture.Device));
            Assert.That(text, Does.Not.Contain("hunter2").And.Not.Contain("EDGEAGENT_TEST_SECRET").And.Not.Contain("s3cret"));
            Assert.That(text, Does.Contain("rtsp://viewer:***@10.0.0.9"));
        });
    }

    [Test]
    public async Task Reply_NoResponseTopic_GoesToDefaultReplyTopic()
    {
        // A request without an MQTT response topic: the reply goes to the command's own .../cmd/config.get/reply, still
        // carrying the request's correlation data (RequestWithoutResponseTopicAsync checks both).
        var fallback = _device.Topics.CommandReply("config.get");
        Assert.That(fallback, Is.Not.EqualTo(_device.ReplyTopic), "the fallback is not the topic the centre names in its other requests");
        await _device.Centre.SubscribeAsync(fallback);
        var reply = await _device.Centre.RequestWithoutResponseTopicAsync(_device.Topics.Command("config.get"), """{"seq": 1}""", fallback);
        AssertReply(reply, true, "ok");
        Assert.That(reply.GetProperty("result").GetProperty("device").GetProperty("id").GetString(), Is.EqualTo(Fixture.Device), "the command ran");
    }

    [Test]
    public async Task ConfigSet_ValidDocument_AppliedLastGoodKeptRestartRequested()
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        // The local file's cameras (a file source may stay, not be added remotely), with a setting of the centre's changed.
        var desired = Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi")), ("gate", Gate)],
            extra: "log_level: debug");
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = desired });
        AssertReply(reply, true, "ok");
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(desired));
            Assert.That(File.ReadAllText(Fixture.ConfigPath + ".last-good"), Is.EqualTo(before));
            Assert.That(ConfigLoader.LoadFile(Fixture.ConfigPath).Cameras, Has.Count.EqualTo(2));
            Assert.That(Lifecycle.Restarts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ConfigSet_InvalidDocument_RefusedFileUnchanged()
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        var desired = Fixture.ConfigYaml(_broker.Url, [("cam1", "gopher://nowhere/x")], extra: "log_level: loud");
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = desired });
        AssertReply(reply, false, "invalid_config");
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("message").GetString(), Does.Contain("cameras[0].url").And.Contain("log_level"));
            Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(before));
            Assert.That(Lifecycle.Restarts, Is.Empty);
        });
    }

    [Test]
    public async Task ConfigSet_CameraFailsToStart_PreviousConfigRestored()
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        var desired = Fixture.ConfigYaml(_broker.Url, [("cam1", TestPaths.Media("vtest.avi")), ("door", $"rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/stream")]);
        var reply = await SendAsync("config.set", new JsonObject { ["config"] = desired });
        AssertReply(reply, false, "camera_failed");
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("message").GetString(), Does.Contain("camera door").And.Contain("restored"));
            Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(before));
            Assert.That(Lifecycle.Restarts, Is.Empty);
        });
    }

    [Test]
    public async Task BadRequests_ErrorReplyNamingTheProblem_NothingChanged()
    {
        var before = await File.ReadAllTextAsync(Fixture.ConfigPath);
        var malformed = await SendAsync("config.set", "{not json");
        var unknown = await SendAsync("camera.explode", """{"seq": 100}""");
        var noSeq = await SendAsync("config.get", "{}");
        var missing = await SendAsync("config.set", new JsonObject { ["seq"] = 101 });
        var badBase64 = await SendAsync("model.update", new JsonObject { ["seq"] = 102, ["bundle"] = "%%%" });
        Assert.Multiple(() =>
        {
            AssertReply(malformed, false, "malformed");
            AssertReply(unknown, false, "unknown_command");
            Assert.That(unknown.GetProperty("message").GetString(), Does.Contain("camera.explode"));
            AssertReply(noSeq, false, "missing_field");
            Assert.That(noSeq.GetProperty("message").GetString(), Does.Contain("seq or ts"));
            AssertReply(missing, false, "missing_field");
            Assert.That(missing.GetProperty("message").GetString(), Does.Contain("'config'"));
            AssertReply(badBase64, false, "malformed");
            Assert.That(File.ReadAllText(Fixture.ConfigPath), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Replay_SameOrOlderSeqOrTs_Refused()
    {
        AssertReply(await SendAsync("config.get", """{"seq": 5}"""), true, "ok");
        var same = await SendAsync("config.get", """{"seq": 5}""");
        var older = await SendAsync("config.get", """{"seq": 4}""");
        var now = DateTimeOffset.UtcNow;
        AssertReply(await SendAsync("config.get", $$"""{"ts": "{{ControlFixture.Iso(now)}}"}"""), true, "ok");
        var oldTs = await SendAsync("config.get", $$"""{"ts": "{{ControlFixture.Iso(now.AddSeconds(-1))}}"}""");
        Assert.Multiple(() =>
        {
            AssertReply(same, false, "replay");
            AssertReply(older, false, "replay");
            AssertReply(oldTs, false, "replay");
            Assert.That(older.GetProperty("message").GetString(), Does.Contain("seq 4"));
        });
        // The high-water mark survives a restart of the agent.
        Assert.That(new CommandSequence(Fixture.StateDir).TryAccept(5, null), Does.Contain("not newer"));
    }

    [Test]
    public async Task ModelUpdate_GoodBundle_InstalledReportedAndRestartRequested()
    {
        var reply = await SendAsync("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.ModelBundle("3.3.7")) });
        AssertReply(reply, true, "ok");
        var result = reply.GetProperty("result");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("version").GetString(), Is.EqualTo("3.3.7"));
            Assert.That(result.GetProperty("previous_version").GetString(), Is.EqualTo("3.3.6"));
            Assert.That(result.GetProperty("live_slot").GetString(), Is.EqualTo("a"));
            Assert.That(Lifecycle.Restarts, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ModelUpdate_SignedByUnpinnedKey_RefusedBadSignature()
    {
        var reply = await SendAsync("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.ModelBundle("3.3.7", keyPath: Fixture.OtherPrivateKey())) });
        AssertReply(reply, false, "bad_signature");
        Assert.That(Directory.Exists(Path.Combine(Fixture.StateDir, "models")), Is.False);
    }

    [Test]
    public async Task ModelUpdate_ModelFileAltered_RefusedHashMismatch()
    {
        var good = Fixture.ModelBundle("3.3.7");
        var model = SignedBundleTests.Read(good, "files/centernet-coco.onnx");
        model[model.Length / 2] ^= 0x5a;
        var reply = await SendAsync("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(SignedBundleTests.Rewrite(good, "files/centernet-coco.onnx", model)) });
        AssertReply(reply, false, "hash_mismatch");
        Assert.That(reply.GetProperty("message").GetString(), Does.Contain("centernet-coco.onnx"));
    }

    [Test]
    public async Task ModelUpdate_OlderThanInstalled_RefusedReplay()
    {
        var reply = await SendAsync("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.ModelBundle("3.3.5")) });
        AssertReply(reply, false, "replay");
        Assert.That(reply.GetProperty("message").GetString(), Does.Contain("3.3.5").And.Contain("3.3.6"));
    }

    [Test]
    public async Task ModelUpdate_LoadsButFailsSamples_RolledBackAndReported()
    {
        var wrong = new JsonArray(new JsonObject { ["label"] = "giraffe", ["box"] = new JsonArray(10, 10, 200, 300) });
        var reply = await SendAsync("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.ModelBundle("3.3.7", expect: wrong)) });
        AssertReply(reply, false, "samples_failed");
        Assert.Multiple(() =>
        {
            Assert.That(reply.GetProperty("result").GetProperty("rolled_back").GetBoolean(), Is.True);
            Assert.That(reply.GetProperty("result").GetProperty("version").GetString(), Is.EqualTo("3.3.6"));
            Assert.That(Lifecycle.Restarts, Is.Empty);
        });
    }

    [Test]
    public async Task WatchlistSync_SignedThenTampered_AppliedThenRefusedListUnchanged()
    {
        var plates = Path.Combine(Fixture.Root, "plates.json");
        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"},{"plate":"KA7777XX","reason":"wanted"}]}""");
        var v1 = Fixture.Pack("watchlist", "national", "1", [plates]);
        AssertReply(await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(v1) }), true, "ok");

        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
        var v2 = Fixture.Pack("watchlist", "national", "2", [plates]);
        var tampered = SignedBundleTests.Rewrite(v2, "files/plates.json", """{"plates":[{"plate":"ZZ0000ZZ","reason":"planted"}]}"""u8.ToArray());
        var refused = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(tampered) });
        AssertReply(refused, false, "hash_mismatch");
        var replayed = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(v1) });
        AssertReply(replayed, false, "replay");

        using (var list = new PlateWatchlist(WatchlistDatabase.PathIn(Fixture.StateDir), WatchlistKey.Load(Fixture.StateDir, null, create: false)))
        {
            Assert.Multiple(() =>
            {
                Assert.That(list.Count, Is.EqualTo(2));
                Assert.That(list.Match("KA7777XX", out var exact), Is.Not.Null);
                Assert.That(exact, Is.True);
                Assert.That(list.Match("ZZ0000ZZ", out _), Is.Null);
            });
        }

        // The genuine v2 syncs: the plate dropped from the list is removed.
        var synced = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(v2) });
        AssertReply(synced, true, "ok");
        Assert.That(synced.GetProperty("result").GetProperty("plates").GetProperty("removed").GetInt32(), Is.EqualTo(1));
    }

    /// <summary>A face list as a maintainer ships it: descriptors computed with the real models from real photos.</summary>
    private string FacesJson(params (string Id, string Name, string Photo)[] people)
    {
        var analyzer = FaceCommand.Analyzer(ModelFixture.Registry);
        var entries = new JsonArray();
        foreach (var (id, name, photo) in people)
        {
            var d = FaceCommand.EnrolmentDescriptor(analyzer, TestPaths.Media(photo), ImageLimits.Default);
            entries.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["category"] = "wanted",
                ["model"] = FaceCommand.DescriptorModel,
                ["descriptors"] = new JsonArray(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.AsSpan()))),
            });
        }
        var path = Path.Combine(Fixture.Root, "faces.json");
        File.WriteAllText(path, new JsonObject { ["format"] = FaceWatchlist.ExportFormat, ["entries"] = entries }.ToJsonString());
        return path;
    }

    [Test]
    public async Task WatchlistSync_FacesAndPlates_BothListsSyncedLocalEntriesKept()
    {
        // A technician enrolled someone locally before the first sync: the bundle must not take it over or remove it.
        var key = WatchlistKey.Load(Fixture.StateDir, null, create: true);
        var analyzer = FaceCommand.Analyzer(ModelFixture.Registry);
        using (var local = new FaceWatchlist(WatchlistDatabase.PathIn(Fixture.StateDir), key, 0.6f))
        {
            local.Add("local-1", "Local", "staff", FaceCommand.DescriptorModel, [FaceCommand.EnrolmentDescriptor(analyzer, TestPaths.Media("messi5.jpg"), ImageLimits.Default)], "cli:tech");
        }
        var plates = Path.Combine(Fixture.Root, "plates.json");
        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
        var v1 = Fixture.Pack("watchlist", "national", "1", [plates, FacesJson(("w-1", "Messi", "messi5.jpg"), ("local-1", "Not local", "messi5.jpg"))]);
        var reply = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(v1) });
        AssertReply(reply, true, "ok");
        var faces = reply.GetProperty("result").GetProperty("faces");
        Assert.Multiple(() =>
        {
            Assert.That(faces.GetProperty("added").GetInt32(), Is.EqualTo(1));
            Assert.That(faces.GetProperty("skipped").GetInt32(), Is.EqualTo(1), "local-1 stays the technician's");
            Assert.That(faces.GetProperty("count").GetInt32(), Is.EqualTo(2));
            Assert.That(reply.GetProperty("result").GetProperty("plates").GetProperty("added").GetInt32(), Is.EqualTo(1));
            Assert.That(reply.GetProperty("result").GetProperty("restart").GetBoolean(), Is.False, "the device had a key and lists: they reload live");
        });

        // v2 drops Messi: the bundle's entry goes, the local one stays.
        var v2 = Fixture.Pack("watchlist", "national", "2", [FacesJson(("local-1", "Not local", "messi5.jpg"))]);
        AssertReply(await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(v2) }), true, "ok");
        using (var list = new FaceWatchlist(WatchlistDatabase.PathIn(Fixture.StateDir), key, 0.6f))
        {
            Assert.That(list.List().Select(e => e.Id), Is.EqualTo(new[] { "local-1" }));
            Assert.That(list.List()[0].CreatedBy, Is.EqualTo("cli:tech"));
        }
        var audit = await File.ReadAllTextAsync(AuditLog.PathIn(Fixture.StateDir));
        Assert.That(audit, Does.Contain("\"action\":\"watchlist.add\",\"actor\":\"bundle:national\"").And.Contain("\"action\":\"watchlist.remove\",\"actor\":\"bundle:national\""));
    }

    [Test]
    public async Task WatchlistSync_FaceListOfAnotherModel_RefusedNothingChanged()
    {
        var path = FacesJson(("w-1", "Messi", "messi5.jpg"));
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"faceres\"", "\"arcface\"", StringComparison.Ordinal));
        var plates = Path.Combine(Fixture.Root, "plates.json");
        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
        var reply = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.Pack("watchlist", "national", "1", [plates, path])) });
        AssertReply(reply, false, "malformed");
        Assert.That(reply.GetProperty("message").GetString(), Does.Contain("faces.json: entries[0]: descriptors of model 'arcface'"));
        Assert.That(File.Exists(WatchlistDatabase.PathIn(Fixture.StateDir)), Is.False, "the plates were not written either");
    }

    [Test]
    public async Task WatchlistSync_DeviceWithoutAnyList_InstalledThenRestartToStartMatching()
    {
        var plates = Path.Combine(Fixture.Root, "plates.json");
        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
        var reply = await SendAsync("watchlist.sync", new JsonObject { ["bundle"] = Convert.ToBase64String(Fixture.Pack("watchlist", "national", "1", [plates])) });
        AssertReply(reply, true, "ok");
        Assert.That(reply.GetProperty("result").GetProperty("restart").GetBoolean(), Is.True);
        Assert.That(Lifecycle.Restarts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task EveryCommand_AuditedInAnIntactChain()
    {
        await SendAsync("config.get", new JsonObject());
        await SendAsync("nope", new JsonObject());
        await SendAsync("config.get", """{"seq": 1}""");
        var text = await File.ReadAllTextAsync(AuditLog.PathIn(Fixture.StateDir));
        Assert.Multiple(() =>
        {
            Assert.That(AuditLog.Verify(AuditLog.PathIn(Fixture.StateDir)).Ok, Is.True);
            Assert.That(text, Does.Contain("\"action\":\"command.config.get\"").And.Contain("\"action\":\"command.unknown\"").And.Contain("\"code\":\"replay\""));
        });
    }

    [Test]
    public async Task AgentRestart_Replied_ThenRestartRequested()
    {
        var reply = await SendAsync("agent.restart", new JsonObject { ["reason"] = "test" });
        AssertReply(reply, true, "ok");
        Assert.That(Lifecycle.Restarts, Is.EqualTo(new[] { "test" }));
    }
}
