using System.Text;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Outbox;
using EdgeAgent.Tests.Fixtures;
using LiteDB;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Outbox;

public sealed class DurableOutboxTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("outbox");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string DbPath => Path.Combine(_dir, "outbox.db");

    [Test]
    public void Accept_ThenReopen_KeepsRecordsAndSequence()
    {
        var ids = new List<Guid>();
        using (var outbox = OutboxFixture.Open(DbPath))
        {
            for (var i = 0; i < 5; i++)
            {
                var e = OutboxFixture.Event();
                Assert.That(outbox.Accept(e), Is.EqualTo(i + 1));
                ids.Add(e.Id);
            }
        }
        using var reopened = OutboxFixture.Open(DbPath);
        Assert.That(reopened.Depth, Is.EqualTo(5));
        var batch = reopened.PeekBatch(10);
        Assert.That(batch.Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
        Assert.That(batch.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetGuid()), Is.EqualTo(ids));
        Assert.That(batch[0].Topic, Is.EqualTo("edgeagent/v1/lab/dev-1/events/cam1/object"));
        Assert.That(reopened.Accept(OutboxFixture.Event()), Is.EqualTo(6));
    }

    [Test]
    public void Accept_AfterDrainAndReopen_NeverReusesSequence()
    {
        using (var outbox = OutboxFixture.Open(DbPath))
        {
            outbox.Accept(OutboxFixture.Event());
            outbox.Accept(OutboxFixture.Event());
            outbox.Remove(outbox.PeekBatch(10));
            Assert.That(outbox.Depth, Is.Zero);
        }
        using var reopened = OutboxFixture.Open(DbPath);
        Assert.That(reopened.Accept(OutboxFixture.Event()), Is.EqualTo(3));
    }

    [Test]
    public void PeekBatch_HighWaiting_ReturnsHighFirstThenRestBySequence()
    {
        using var outbox = OutboxFixture.Open(DbPath);
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Normal)); // 1
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Low)); // 2
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.High)); // 3
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Normal)); // 4
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.High)); // 5

        var first = outbox.PeekBatch(10);
        Assert.That(first.Select(r => r.Sequence), Is.EqualTo(new long[] { 3, 5 }));
        outbox.Remove(first);
        var rest = outbox.PeekBatch(10);
        Assert.That(rest.Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2, 4 }));
        Assert.That(outbox.PeekBatch(2).Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public void Remove_RemovesOnlyGivenRecords_AndDepthFollows()
    {
        using var outbox = OutboxFixture.Open(DbPath);
        for (var i = 0; i < 10; i++) outbox.Accept(OutboxFixture.Event());
        var batch = outbox.PeekBatch(4);
        outbox.Remove(batch);
        Assert.That(outbox.Depth, Is.EqualTo(6));
        Assert.That(outbox.PeekBatch(1)[0].Sequence, Is.EqualTo(5));
        outbox.Remove(batch); // already gone: a repeated ack changes nothing
        Assert.That(outbox.Depth, Is.EqualTo(6));
        Assert.That(outbox.Bytes, Is.EqualTo(outbox.PeekBatch(100).Sum(r => (long)r.Body.Length)));
    }

    [Test]
    public void Accept_Full_DropsOldestLowThenNormal_NeverHigh_AndCounts()
    {
        var limits = new OutboxOptions { MaxEvents = 100 };
        using var outbox = OutboxFixture.Open(DbPath, limits);
        for (var i = 0; i < 40; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        for (var i = 0; i < 30; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.Normal));
        for (var i = 0; i < 30; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.Low));
        Assert.That(outbox.Dropped, Is.Zero);

        for (var i = 0; i < 20; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        Assert.That(outbox.Depth, Is.EqualTo(100));
        Assert.That(outbox.DroppedLow, Is.EqualTo(20));
        Assert.That(outbox.DroppedNormal, Is.Zero);

        for (var i = 0; i < 30; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        Assert.That(outbox.DroppedLow, Is.EqualTo(30));
        Assert.That(outbox.DroppedNormal, Is.EqualTo(20));

        // Only high priority events are kept; the oldest normal ones went first.
        var all = outbox.PeekBatch(1000);
        Assert.That(all.Count(r => r.Priority == EventPriority.High), Is.EqualTo(90));
        outbox.Remove(all.Where(r => r.Priority == EventPriority.High).ToList());
        Assert.That(outbox.PeekBatch(1000).Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(61, 10).Select(i => (long)i)));
    }

    [Test]
    public void Accept_FullOfHigh_KeepsEveryHighEvent()
    {
        using var outbox = OutboxFixture.Open(DbPath, new OutboxOptions { MaxEvents = 100 });
        for (var i = 0; i < 130; i++) outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        Assert.That(outbox.Depth, Is.EqualTo(130));
        Assert.That(outbox.Dropped, Is.Zero);
    }

    [Test]
    public void PeekBatch_OlderThanMaxAge_DropsLowAndNormalOnly()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var outbox = OutboxFixture.Open(DbPath, new OutboxOptions { MaxAge = TimeSpan.FromHours(1) }, time);
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Low));
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Normal));
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.High));
        time.Advance(TimeSpan.FromMinutes(30));
        outbox.Accept(OutboxFixture.Event(priority: EventPriority.Normal));
        time.Advance(TimeSpan.FromMinutes(31));

        var batch = outbox.PeekBatch(10);
        Assert.That(outbox.DroppedExpired, Is.EqualTo(2));
        Assert.That(batch.Select(r => r.Sequence), Is.EqualTo(new long[] { 3 }));
        outbox.Remove(batch);
        Assert.That(outbox.PeekBatch(10).Select(r => r.Sequence), Is.EqualTo(new long[] { 4 }));
    }

    [Test]
    public void Open_WrongPassword_ThrowsNamingTheFile()
    {
        using (var outbox = OutboxFixture.Open(DbPath)) outbox.Accept(OutboxFixture.Event());
        var ex = Assert.Throws<OutboxException>(() =>
            DurableOutbox.Open(DbPath, "another-password", new OutboxOptions(), OutboxFixture.Topics, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        Assert.That(ex!.Message, Does.Contain(DbPath));
    }

    [Test]
    public void File_IsEncrypted_NoPayloadTextOnDisk()
    {
        using (var outbox = OutboxFixture.Open(DbPath))
        {
            for (var i = 0; i < 20; i++) outbox.Accept(OutboxFixture.Event(camera: "plainly-visible-camera"));
        }
        Assert.That(File.GetUnixFileMode(DbPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var raw = File.ReadAllBytes(DbPath);
        Assert.That(raw, Is.Not.Empty);
        Assert.That(Encoding.Latin1.GetString(raw), Does.Not.Contain("plainly-visible-camera"));
    }

    [Test]
    public void LoadOrCreate_NoKey_CreatesOwnerOnlyFile_AndReusesIt()
    {
        var key = OutboxKey.LoadOrCreate(_dir, null);
        var path = Path.Combine(_dir, OutboxKey.FileName);
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(key, Has.Length.EqualTo(64));
        Assert.That(OutboxKey.LoadOrCreate(_dir, null), Is.EqualTo(key));
    }

    [Test]
    public void LoadOrCreate_SecretFile_UsesIt()
    {
        var secret = Path.Combine(_dir, "secret");
        File.WriteAllText(secret, "from-a-secret-file\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.That(OutboxKey.LoadOrCreate(_dir, new SecretRef("file", secret)), Is.EqualTo("from-a-secret-file"));
        Assert.That(File.Exists(Path.Combine(_dir, OutboxKey.FileName)), Is.False);
    }

    [Test]
    public void Accept_DiskFull_KeepsHighInMemory_DropsOthersWithAGap_RecoversWithin10sOfSpaceReturning()
    {
        using var disk = SmallDisk.Mount(_dir, "1m");
        var path = Path.Combine(disk.Path, "outbox.db");
        // The repair runs at most once a second: on a fake clock the test says when that second has passed.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var outbox = OutboxFixture.Open(path, time: time);
        var stored = Enumerable.Range(0, 50).Select(_ => outbox.Accept(OutboxFixture.Event())).ToList();
        disk.Fill();

        // Nothing throws: the camera threads go on. High priority waits in memory, the rest is dropped and counted.
        var during = new List<(long Seq, EventPriority Priority)>();
        for (var i = 0; i < 200; i++)
        {
            var priority = i % 10 == 0 ? EventPriority.High : EventPriority.Normal;
            during.Add((outbox.Accept(OutboxFixture.Event(priority: priority)), priority));
        }
        Assert.That(outbox.Fault, Does.Contain(path).And.Contain("No space left"));
        var normalDuring = during.Count(d => d.Priority == EventPriority.Normal);
        var highDuring = during.Count(d => d.Priority == EventPriority.High);
        // The first failed write may be the one of a high event (then held); every normal one from then on is dropped.
        Assert.That(outbox.DroppedUnwritable, Is.InRange(normalDuring - 1, normalDuring));
        // The outbox's own alarm (device disk_full, start) waits with the held events.
        Assert.That(outbox.Held, Is.GreaterThanOrEqualTo(highDuring + 1));
        var sequences = during.Select(d => d.Seq).ToList();
        Assert.That(sequences, Is.Ordered.Ascending.And.Unique, "numbers are spent on dropped events too: the centre sees a gap");

        // Stored events keep draining while the disk is full: the file is read by a fresh instance; acks are remembered.
        var first = outbox.PeekBatch(1000);
        var held = first.Where(r => r.Priority == EventPriority.High).ToList();
        Assert.That(held, Has.Count.EqualTo(outbox.Held), "held events are handed out first");
        Assert.That(held.Count(r => r.Topic.EndsWith("/device", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(JsonDocument.Parse(held.Single(r => r.Topic.EndsWith("/device", StringComparison.Ordinal)).Body).RootElement.GetProperty("reason").GetString(), Is.EqualTo("disk_full"));
        outbox.Remove(held);
        var old = outbox.PeekBatch(30);
        Assert.That(old.Select(r => r.Sequence), Is.EqualTo(stored.Take(30)));
        outbox.Remove(old);
        Assert.That(outbox.PeekBatch(100).Select(r => r.Sequence), Is.EqualTo(stored.Skip(30)), "acknowledged records are not handed out again");

        disk.Free();
        outbox.Maintain();
        Assert.That(outbox.Fault, Is.Not.Null, "no repair before its second has passed");
        time.Advance(TimeSpan.FromSeconds(1));
        outbox.Maintain();
        Assert.That(outbox.Fault, Is.Null, "the first repair after space returned ends the failure, without a restart");
        var after = outbox.Accept(OutboxFixture.Event());
        Assert.That(after, Is.GreaterThan(sequences[^1]));
        // What is left: the end notice of disk_full (high, so first), then 20 stored before the fault and the new event.
        var end = outbox.PeekBatch(1000).Single();
        Assert.That(end.Topic, Does.EndWith("/device"));
        Assert.That(JsonDocument.Parse(end.Body).RootElement.GetProperty("event").GetString(), Is.EqualTo("end"));
        outbox.Remove([end]);
        var rest = outbox.PeekBatch(1000);
        Assert.That(rest.Select(r => r.Sequence), Is.EqualTo(stored.Skip(30).Append(after)));
        // Exact accounting: every number was handed out once or counted as dropped, nothing else.
        var seen = first.Concat(old).Append(end).Concat(rest).Select(r => r.Sequence).ToList();
        Assert.That(seen, Is.Unique);
        Assert.That(seen.Count + outbox.DroppedUnwritable, Is.EqualTo(outbox.LastSequence));

        // Acknowledged while the disk was full, deleted when it came back: a restart sends none of them again.
        outbox.Dispose();
        using var reopened = OutboxFixture.Open(path);
        Assert.That(reopened.PeekBatch(1000).Select(r => r.Sequence), Is.EqualTo(rest.Select(r => r.Sequence)));
        Assert.That(reopened.LastSequence, Is.EqualTo(after));
    }

    [Test]
    public void DeadLetter_SetsTheRecordAsideWithItsReason_AndItNeverComesBack()
    {
        using var outbox = OutboxFixture.Open(DbPath);
        for (var i = 0; i < 3; i++) outbox.Accept(OutboxFixture.Event());
        var batch = outbox.PeekBatch(10);
        outbox.DeadLetter(batch[1], "NotAuthorized (0x87)");
        outbox.Remove([batch[0], batch[2]]);
        Assert.That((outbox.Depth, outbox.DeadLettered), Is.EqualTo((0L, 1L)));
        outbox.Dispose();
        using var reopened = OutboxFixture.Open(DbPath);
        Assert.That(reopened.PeekBatch(10), Is.Empty);
        var dead = reopened.ReadDeadLetters().Single();
        Assert.That((dead.Sequence, dead.Topic, dead.Reason), Is.EqualTo((batch[1].Sequence, batch[1].Topic, "NotAuthorized (0x87)")));
        Assert.That(dead.Body, Is.EqualTo(batch[1].Body));
    }

    [Test]
    public void Open_FileInTheLayoutDevicesHave_RecordsDeadLettersAndSequenceCarryOn()
    {
        // Written by hand in the layout earlier versions wrote: devices in the field have such files, and their records
        // must go out as stored (the split into store, retention and encoder must not have moved a field).
        const string topic = "edgeagent/v1/lab/dev-1/events/cam1/object";
        var normal = Encoding.UTF8.GetBytes("{\"v\":1,\"seq\":7,\"kind\":\"object\"}");
        var high = Encoding.UTF8.GetBytes("{\"v\":1,\"seq\":5,\"kind\":\"left_object\"}");
        var dead = Encoding.UTF8.GetBytes("{\"v\":1,\"seq\":3,\"kind\":\"object\"}");
        using (var db = new LiteDatabase(new ConnectionString { Filename = DbPath, Password = OutboxFixture.Password, Connection = ConnectionType.Direct }))
        {
            db.GetCollection("normal", BsonAutoId.Int64).Insert(new BsonDocument { ["_id"] = 7L, ["t"] = topic, ["b"] = normal, ["a"] = 1000L });
            db.GetCollection("high", BsonAutoId.Int64).Insert(new BsonDocument { ["_id"] = 5L, ["t"] = topic, ["b"] = high, ["a"] = 900L });
            db.GetCollection("dead", BsonAutoId.Int64).Insert(new BsonDocument
            {
                ["_id"] = 3L, ["t"] = topic, ["b"] = dead, ["a"] = 800L, ["p"] = 1, ["r"] = "NotAuthorized (0x87)", ["d"] = 850L,
            });
            db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "seq", ["v"] = 9L });
        }
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(2000));
        using var outbox = OutboxFixture.Open(DbPath, time: time);
        Assert.That((outbox.Depth, outbox.Bytes, outbox.LastSequence), Is.EqualTo((2L, (long)(normal.Length + high.Length), 9L)));
        var first = outbox.PeekBatch(10).Single();
        Assert.That((first.Sequence, first.Priority, first.Topic, first.AcceptedMs), Is.EqualTo((5L, EventPriority.High, topic, 900L)), "high priority first");
        Assert.That(first.Body, Is.EqualTo(high));
        outbox.Remove([first]);
        var second = outbox.PeekBatch(10).Single();
        Assert.That((second.Sequence, second.Priority, second.Topic, second.AcceptedMs), Is.EqualTo((7L, EventPriority.Normal, topic, 1000L)));
        Assert.That(second.Body, Is.EqualTo(normal));
        Assert.That(Encoding.UTF8.GetString(EventEncoder.StampPublishTime(second.Body, time.GetUtcNow())), Is.EqualTo("{\"v\":1,\"seq\":7,\"kind\":\"object\",\"pt\":2000}"));
        var letter = outbox.ReadDeadLetters().Single();
        Assert.That((letter.Sequence, letter.Topic, letter.Reason), Is.EqualTo((3L, topic, "NotAuthorized (0x87)")));
        Assert.That(letter.Body, Is.EqualTo(dead));
        Assert.That(outbox.Accept(OutboxFixture.Event()), Is.EqualTo(10), "numbering carries on from the stored counter");
    }
}
