using System.Security.Cryptography;
using System.Text;
using EdgeAgent.Audit;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Tests.Plates;

public sealed class PlateWatchlistTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string Db => WatchlistDatabase.PathIn(_dir);

    private WatchlistKey Key() => WatchlistKey.Load(_dir, null, create: true);

    [Test]
    public void Add_Plates_NeverStoredOrExportedInClear()
    {
        var key = Key();
        using var audit = AuditLog.Open(AuditLog.PathIn(_dir));
        var exported = new MemoryStream();
        using (var list = new PlateWatchlist(Db, key, audit))
        {
            list.Add("АА 1234 ВВ", "stolen 2025-04-30", "cli:test");
            list.Add("KA7777XK", "wanted", "cli:test");
            list.Export(exported);
        }
        var plates = new[] { "AA1234BB", "АА1234ВВ", "AA 1234 BB", "KA7777XK", "1234", "7777" };
        var db = File.ReadAllBytes(Db);
        var export = Encoding.UTF8.GetString(exported.ToArray());
        var auditText = File.ReadAllText(AuditLog.PathIn(_dir));
        foreach (var p in plates)
        {
            Assert.That(Contains(db, Encoding.UTF8.GetBytes(p)), Is.False, $"db holds {p} (UTF-8)");
            Assert.That(Contains(db, Encoding.Unicode.GetBytes(p)), Is.False, $"db holds {p} (UTF-16)");
            // Digit runs alone can occur in hex hashes and timestamps: only whole plates are checked in text.
            if (p.Length < 8) continue;
            Assert.That(export, Does.Not.Contain(p));
            Assert.That(auditText, Does.Not.Contain(p));
        }
        // The database is encrypted as a whole: even the reasons are not readable in the file.
        Assert.That(Contains(db, Encoding.UTF8.GetBytes("wanted")), Is.False);
        Assert.That(export, Does.Contain("wanted"));
        Assert.That(export.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2));
        Assert.That(export, Does.Contain(key.Hash(PlateWatchlist.Kind, "AA1234BB")));
    }

    [Test]
    public void Match_ExactAndLookAlikeSwaps_FindTheEntry()
    {
        using var list = new PlateWatchlist(Db, Key());
        var entry = list.Add("AB1058OC", "stolen", "cli:test");
        Assert.That(list.Match("AB1058OC", out var exact), Is.EqualTo(entry));
        Assert.That(exact, Is.True);
        Assert.That(list.Match("A81058OC", out exact), Is.EqualTo(entry), "B read as 8");
        Assert.That(exact, Is.False);
        Assert.That(list.Match("AB1O58OC", out _), Is.EqualTo(entry), "0 read as O");
        Assert.That(list.Match("A8IO58OC", out _), Is.Null, "three swaps is more than the bound");
        Assert.That(list.Match("AB1058OX", out _), Is.Null, "a different letter is a different plate");
        Assert.That(list.Match("AB1058O", out _), Is.Null);
    }

    [Test]
    public void Match_OperatorTypedCyrillic_MatchesTheLatinRead()
    {
        using var list = new PlateWatchlist(Db, Key());
        var entry = list.Add("ВІ 9426 НР", "wanted", "cli:test");
        Assert.That(list.Match(PlateGrammars.Default.Parse("BI9426HP").Text, out _), Is.EqualTo(entry));
    }

    [Test]
    public void Add_SamePlateTwice_KeepsOneEntry()
    {
        using var list = new PlateWatchlist(Db, Key());
        var a = list.Add("AA1234BB", "stolen", "cli:a");
        var b = list.Add("aa-1234-bb", "again", "cli:b");
        Assert.That(b.Id, Is.EqualTo(a.Id));
        Assert.That(list.Count, Is.EqualTo(1));
    }

    [Test]
    public void Remove_Entry_NoLongerMatchesAndIsAudited()
    {
        var key = Key();
        using var audit = AuditLog.Open(AuditLog.PathIn(_dir));
        string id;
        using (var list = new PlateWatchlist(Db, key, audit))
        {
            id = list.Add("AA1234BB", "stolen", "cli:test").Id;
            list.RecordMatch(list.Match("AA1234BB", out var exact)!, "gate-1", 42, exact);
            Assert.That(list.Remove(id, "cli:test"), Is.True);
            Assert.That(list.Remove(id, "cli:test"), Is.False);
        }
        using (var reopened = new PlateWatchlist(Db, key))
        {
            Assert.That(reopened.Count, Is.Zero);
            Assert.That(reopened.Match("AA1234BB", out _), Is.Null);
        }
        var lines = File.ReadAllLines(AuditLog.PathIn(_dir));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Does.Contain("watchlist.add").And.Contain(id));
        Assert.That(lines[1], Does.Contain("watchlist.match").And.Contain("camera:gate-1"));
        Assert.That(lines[2], Does.Contain("watchlist.remove"));
        Assert.That(AuditLog.Verify(AuditLog.PathIn(_dir)).Ok, Is.True);
    }

    [Test]
    public void Open_WithAnotherFleetKey_FailsNamingTheFile()
    {
        using (var list = new PlateWatchlist(Db, Key())) list.Add("AA1234BB", "stolen", "cli:test");
        var other = new WatchlistKey(RandomNumberGenerator.GetBytes(32));
        var ex = Assert.Throws<InvalidOperationException>(() => new PlateWatchlist(Db, other).Dispose());
        Assert.That(ex!.Message, Does.Contain(Db));
    }

    [Test]
    public void Hash_DependsOnTheKey()
    {
        var a = new WatchlistKey(RandomNumberGenerator.GetBytes(32));
        var b = new WatchlistKey(RandomNumberGenerator.GetBytes(32));
        Assert.That(a.Hash("plate", "AA1234BB"), Is.Not.EqualTo(b.Hash("plate", "AA1234BB")));
        // Same key bytes on two devices of a fleet give the same hash.
        Assert.That(new WatchlistKey(Key32).Hash("plate", "AA1234BB"), Is.EqualTo(new WatchlistKey(Key32.ToArray()).Hash("plate", "AA1234BB")));
        Assert.That(a.Hash("face", "AA1234BB"), Is.Not.EqualTo(a.Hash("plate", "AA1234BB")));
        Assert.That(a.Hash("plate", "AA1234BB"), Has.Length.EqualTo(64));
    }

    [Test]
    public void LoadKey_FileReadableByOthers_IsRefused()
    {
        Key();
        var path = WatchlistKey.PathIn(_dir);
        if (OperatingSystem.IsWindows()) return;
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var ex = Assert.Throws<UnauthorizedAccessException>(() => WatchlistKey.Load(_dir, null, create: false));
        Assert.That(ex!.Message, Does.Contain("chmod 600"));
    }

    [TestCase("")]
    [TestCase("A")]
    [TestCase("AA1234BB; DROP")]
    public void Normalise_NotAPlate_ThrowsNamingIt(string plate)
    {
        var ex = Assert.Throws<ArgumentException>(() => PlateWatchlist.Normalise(plate));
        Assert.That(ex!.Message, Does.Contain($"'{plate}'"));
    }

    private static readonly byte[] Key32 = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
