using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Outbox;
using EdgeAgent.Tests.Fixtures;
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
        Assert.That(OutboxKey.LoadOrCreate(_dir, new SecretRef("file", secret)), Is.EqualTo("from-a-secret-file"));
        Assert.That(File.Exists(Path.Combine(_dir, OutboxKey.FileName)), Is.False);
    }

    [Test]
    public void Accept_DiskFull_ThrowsNamingFile_AndKeepsEverythingAccepted()
    {
        var mount = Path.Combine(_dir, "small-disk");
        Directory.CreateDirectory(mount);
        if (!TryMountTmpfs(mount, "256k")) Assert.Ignore("mounting a small tmpfs needs root (CI runs as root)");
        try
        {
            var path = Path.Combine(mount, "outbox.db");
            var accepted = new List<Guid>();
            OutboxException? error = null;
            using (var outbox = OutboxFixture.Open(path))
            {
                for (var i = 0; i < 100_000 && error is null; i++)
                {
                    var e = OutboxFixture.Event();
                    try
                    {
                        outbox.Accept(e);
                        accepted.Add(e.Id);
                    }
                    catch (OutboxException ex)
                    {
                        error = ex;
                    }
                }
            }
            Assert.That(error, Is.Not.Null, "a 256 KiB disk must fill up");
            Assert.That(error!.Message, Does.Contain(path));
            Assert.That(accepted, Is.Not.Empty);

            // Copy to a roomy disk and read back: every event that Accept returned for is there.
            var copy = Path.Combine(_dir, "copy.db");
            File.Copy(path, copy);
            var log = Path.ChangeExtension(path, null) + "-log.db";
            if (File.Exists(log)) File.Copy(log, Path.ChangeExtension(copy, null) + "-log.db");
            using var reopened = OutboxFixture.Open(copy);
            var ids = reopened.PeekBatch(100_000).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetGuid()).ToHashSet();
            Assert.That(accepted.Where(id => !ids.Contains(id)), Is.Empty);
        }
        finally
        {
            // A lazy unmount when a late file handle keeps the small disk busy, so TearDown can delete the folder.
            if (Run("umount", mount) != 0) Run("umount", "-l", mount);
        }
    }

    private static bool TryMountTmpfs(string path, string size) =>
        Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) == 0;

    private static int Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
