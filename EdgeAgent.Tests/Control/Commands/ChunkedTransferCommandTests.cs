using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;
using static EdgeAgent.Tests.Control.CommandDevice;

namespace EdgeAgent.Tests.Control.Commands;

/// <summary>Bundles sent in chunks over a real Mosquitto to the agent's command service, then installed by naming the transfer.</summary>
[NonParallelizable]
public sealed class ChunkedTransferCommandTests
{
    private const int ChunkBytes = 512 * 1024;

    private MosquittoBroker _broker = null!;
    private CommandDevice _device = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await MosquittoBroker.StartAsync();

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [SetUp]
    public async Task SetUp() => _device = await CommandDevice.StartAsync(_broker, "chunks");

    [TearDown]
    public async Task TearDown() => await _device.DisposeAsync();

    private string TransferDir(string id) => Path.Combine(_device.Fixture.StateDir, "transfers", id);

    private static int ChunkCount(byte[] bundle) => (bundle.Length + ChunkBytes - 1) / ChunkBytes;

    [Test]
    public async Task ModelUpdate_BundleSentInChunks_InstalledTransferRemovedAuditedOnce()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        var count = ChunkCount(bundle);
        Assert.That(count, Is.GreaterThanOrEqualTo(4), "the model bundle spans several chunks");
        var replies = new List<System.Text.Json.JsonElement>();
        for (var i = 0; i < count; i++) replies.Add(await _device.SendAsync("bundle.chunk", Chunk("cn-337", bundle, ChunkBytes, i)));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < count; i++)
            {
                AssertReply(replies[i], true, "ok");
                var r = replies[i].GetProperty("result");
                Assert.That(r.GetProperty("held").GetInt32(), Is.EqualTo(i + 1), replies[i].ToString());
                Assert.That(r.GetProperty("complete").GetBoolean(), Is.EqualTo(i == count - 1), replies[i].ToString());
                Assert.That(Missing(replies[i]), Is.EqualTo(Enumerable.Range(i + 1, count - i - 1).ToArray()), replies[i].ToString());
            }
            Assert.That(replies[0].GetProperty("result").GetProperty("effect").GetString(), Is.EqualTo("started"));
            Assert.That(replies[^1].GetProperty("result").GetProperty("effect").GetString(), Is.EqualTo("completed"));
            Assert.That(replies[^1].GetProperty("message").GetString(), Does.Contain("verified"));
        });

        var installed = await _device.SendAsync("model.update", new JsonObject { ["transfer"] = "cn-337" });
        AssertReply(installed, true, "ok");
        var slot = new ModelSlots(_device.Fixture.StateDir, ControlFixture.Model).Read("a");
        var audit = await File.ReadAllLinesAsync(AuditLog.PathIn(_device.Fixture.StateDir));
        Assert.Multiple(() =>
        {
            Assert.That(installed.GetProperty("result").GetProperty("version").GetString(), Is.EqualTo("3.3.7"));
            Assert.That(slot, Is.Not.Null);
            Assert.That(ControlFixture.Sha256(slot!.File), Is.EqualTo(ControlFixture.Sha256(TestPaths.Model(ControlFixture.Model + ".onnx"))));
            Assert.That(_device.Lifecycle.Restarts, Has.Count.EqualTo(1));
            Assert.That(Directory.Exists(TransferDir("cn-337")), Is.False, "the transfer is removed once used");
            // The start and the completion of the transfer, not one record per chunk; then the install.
            Assert.That(audit.Count(l => l.Contains("\"action\":\"command.bundle.chunk\"", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(audit.Count(l => l.Contains("\"action\":\"command.model.update\"", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(AuditLog.Verify(AuditLog.PathIn(_device.Fixture.StateDir)).Ok, Is.True);
        });
    }

    [Test]
    public async Task Transfer_InterruptedHalfway_StatusListsExactlyTheMissingThenResumes()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        var count = ChunkCount(bundle);
        var sent = new[] { 0, 1, 2, count - 1 };
        foreach (var i in sent) AssertReply(await _device.SendAsync("bundle.chunk", Chunk("cn-resume", bundle, ChunkBytes, i)), true, "ok");
        await _device.DisconnectCentreAsync();
        await _device.ConnectCentreAsync();

        var status = await _device.SendAsync("bundle.status", new JsonObject { ["transfer"] = "cn-resume" });
        AssertReply(status, true, "ok");
        var expectedMissing = Enumerable.Range(3, count - 4).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("result").GetProperty("held").GetInt32(), Is.EqualTo(4));
            Assert.That(status.GetProperty("result").GetProperty("missing_count").GetInt32(), Is.EqualTo(expectedMissing.Length));
            Assert.That(Missing(status), Is.EqualTo(expectedMissing));
            Assert.That(status.GetProperty("result").GetProperty("complete").GetBoolean(), Is.False);
        });

        // Installing now is refused and keeps what arrived.
        var early = await _device.SendAsync("model.update", new JsonObject { ["transfer"] = "cn-resume" });
        AssertReply(early, false, "incomplete");
        Assert.That(early.GetProperty("message").GetString(), Does.Contain("4/" + count));

        // A chunk sent again is harmless.
        var duplicate = await _device.SendAsync("bundle.chunk", Chunk("cn-resume", bundle, ChunkBytes, 1));
        AssertReply(duplicate, true, "ok");
        Assert.That(duplicate.GetProperty("result").GetProperty("effect").GetString(), Is.EqualTo("duplicate"));
        Assert.That(duplicate.GetProperty("result").GetProperty("held").GetInt32(), Is.EqualTo(4));

        System.Text.Json.JsonElement last = default;
        foreach (var i in expectedMissing) last = await _device.SendAsync("bundle.chunk", Chunk("cn-resume", bundle, ChunkBytes, i));
        AssertReply(last, true, "ok");
        Assert.That(last.GetProperty("result").GetProperty("complete").GetBoolean(), Is.True);
        var installed = await _device.SendAsync("model.update", new JsonObject { ["transfer"] = "cn-resume" });
        AssertReply(installed, true, "ok");
        Assert.That(installed.GetProperty("result").GetProperty("version").GetString(), Is.EqualTo("3.3.7"));
    }

    [Test]
    public async Task Transfer_ChunkDataAltered_WholeHashMismatchDiscardedNothingInstalled()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        var count = ChunkCount(bundle);
        System.Text.Json.JsonElement last = default;
        for (var i = 0; i < count; i++)
        {
            byte[]? data = null;
            if (i == 2)
            {
                data = bundle.AsSpan(2 * ChunkBytes, ChunkBytes).ToArray();
                data[1000] ^= 0x01;
            }
            last = await _device.SendAsync("bundle.chunk", Chunk("cn-bad", bundle, ChunkBytes, i, data));
            if (i < count - 1) AssertReply(last, true, "ok");
        }
        AssertReply(last, false, "hash_mismatch");
        var status = await _device.SendAsync("bundle.status", new JsonObject { ["transfer"] = "cn-bad" });
        var install = await _device.SendAsync("model.update", new JsonObject { ["transfer"] = "cn-bad" });
        Assert.Multiple(() =>
        {
            Assert.That(last.GetProperty("message").GetString(), Does.Contain("discarded"));
            AssertReply(status, false, "unknown_transfer");
            AssertReply(install, false, "unknown_transfer");
            Assert.That(Directory.Exists(TransferDir("cn-bad")), Is.False);
            Assert.That(Directory.Exists(Path.Combine(_device.Fixture.StateDir, "models")), Is.False, "nothing installed");
            Assert.That(_device.Lifecycle.Restarts, Is.Empty);
        });
    }

    [Test]
    public async Task Chunk_InconsistentOrBadFields_RefusedNamingTheField()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        AssertReply(await _device.SendAsync("bundle.chunk", Chunk("cn-meta", bundle, ChunkBytes, 0)), true, "ok");
        var otherCount = Chunk("cn-meta", bundle, ChunkBytes, 1);
        otherCount["count"] = ChunkCount(bundle) + 1;
        var otherSize = Chunk("cn-meta", bundle, ChunkBytes, 1);
        otherSize["size"] = bundle.Length - 1;
        var otherHash = Chunk("cn-meta", bundle, ChunkBytes, 1);
        otherHash["sha256"] = new string('a', 64);
        var badId = Chunk("../etc", bundle, ChunkBytes, 1);
        var tooBig = Chunk("cn-meta", bundle, ChunkBytes, 1, new byte[ChunkBytes + 1]);
        var badIndex = Chunk("cn-meta", bundle, ChunkBytes, 1);
        badIndex["index"] = ChunkCount(bundle);
        var noData = Chunk("cn-meta", bundle, ChunkBytes, 1);
        noData.Remove("data");

        var count = await _device.SendAsync("bundle.chunk", otherCount);
        var size = await _device.SendAsync("bundle.chunk", otherSize);
        var hash = await _device.SendAsync("bundle.chunk", otherHash);
        var id = await _device.SendAsync("bundle.chunk", badId);
        var big = await _device.SendAsync("bundle.chunk", tooBig);
        var index = await _device.SendAsync("bundle.chunk", badIndex);
        var missing = await _device.SendAsync("bundle.chunk", noData);
        var status = await _device.SendAsync("bundle.status", new JsonObject { ["transfer"] = "cn-meta" });
        Assert.Multiple(() =>
        {
            AssertReply(count, false, "conflict");
            Assert.That(count.GetProperty("message").GetString(), Does.Contain("'count'"));
            AssertReply(size, false, "conflict");
            Assert.That(size.GetProperty("message").GetString(), Does.Contain("'size'"));
            AssertReply(hash, false, "conflict");
            Assert.That(hash.GetProperty("message").GetString(), Does.Contain("'sha256'"));
            AssertReply(id, false, "malformed");
            Assert.That(id.GetProperty("message").GetString(), Does.Contain("'transfer'"));
            AssertReply(big, false, "malformed");
            Assert.That(big.GetProperty("message").GetString(), Does.Contain("'data'"));
            AssertReply(index, false, "malformed");
            Assert.That(index.GetProperty("message").GetString(), Does.Contain("'index'"));
            AssertReply(missing, false, "missing_field");
            Assert.That(missing.GetProperty("message").GetString(), Does.Contain("'data'"));
            // Nothing refused touched what was accepted.
            Assert.That(status.GetProperty("result").GetProperty("held").GetInt32(), Is.EqualTo(1));
            Assert.That(Directory.Exists(Path.Combine(_device.Fixture.StateDir, "etc")), Is.False);
        });
    }

    [Test]
    public async Task ModelUpdate_TransferSignedByUnpinnedKey_RefusedAndTransferRemoved()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7", keyPath: _device.Fixture.OtherPrivateKey());
        for (var i = 0; i < ChunkCount(bundle); i++) AssertReply(await _device.SendAsync("bundle.chunk", Chunk("cn-unsigned", bundle, ChunkBytes, i)), true, "ok");
        var reply = await _device.SendAsync("model.update", new JsonObject { ["transfer"] = "cn-unsigned" });
        AssertReply(reply, false, "bad_signature");
        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(TransferDir("cn-unsigned")), Is.False, "a refused bundle is not kept for a retry");
            Assert.That(Directory.Exists(Path.Combine(_device.Fixture.StateDir, "models")), Is.False);
        });
    }

    [Test]
    public async Task WatchlistSync_FromTransfer_AppliedAndCancelledTransferForgotten()
    {
        var plates = Path.Combine(_device.Fixture.Root, "plates.json");
        await File.WriteAllTextAsync(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"},{"plate":"KA7777XX","reason":"wanted"}]}""");
        var bundle = _device.Fixture.Pack("watchlist", "national", "1", [plates]);
        const int small = 256;
        var chunks = (bundle.Length + small - 1) / small;
        for (var i = 0; i < chunks; i++) AssertReply(await _device.SendAsync("bundle.chunk", Chunk("wl-1", bundle, small, i)), true, "ok");
        var synced = await _device.SendAsync("watchlist.sync", new JsonObject { ["transfer"] = "wl-1" });
        AssertReply(synced, true, "ok");
        Assert.That(synced.GetProperty("result").GetProperty("plates").GetProperty("added").GetInt32(), Is.EqualTo(2));

        AssertReply(await _device.SendAsync("bundle.chunk", Chunk("wl-2", bundle, small, 0)), true, "ok");
        var cancelled = await _device.SendAsync("bundle.cancel", new JsonObject { ["transfer"] = "wl-2" });
        var after = await _device.SendAsync("bundle.status", new JsonObject { ["transfer"] = "wl-2" });
        var audit = await File.ReadAllTextAsync(AuditLog.PathIn(_device.Fixture.StateDir));
        Assert.Multiple(() =>
        {
            AssertReply(cancelled, true, "ok");
            AssertReply(after, false, "unknown_transfer");
            Assert.That(Directory.Exists(TransferDir("wl-2")), Is.False);
            Assert.That(audit, Does.Contain("\"action\":\"command.bundle.cancel\""));
            Assert.That(audit, Does.Not.Contain("\"action\":\"command.bundle.status\""), "status queries change nothing and are not audited");
        });
    }
}
