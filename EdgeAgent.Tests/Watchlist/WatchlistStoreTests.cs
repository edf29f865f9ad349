using EdgeAgent.Faces;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;
using LiteDB;

namespace EdgeAgent.Tests.Watchlist;

public sealed class WatchlistStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string Db => WatchlistDatabase.PathIn(_dir);

    private WatchlistKey Key() => WatchlistKey.Load(_dir, null, create: true);

    private WatchlistStore<Note> Open(WatchlistKey key) => new(Db, key, new NoteCodec());

    [Test]
    public void Replace_TouchesOnlyTheOwnersEntries_InTheBundlesOrder()
    {
        var key = Key();
        using var store = Open(key);
        store.Add(new Note("t1", "k1", "technician", "cli:tech", T0), out _);

        var first = store.Replace([new("b1", "k1", "bundle", "bundle:a", T0.AddHours(1)), new("b2", "k2", "two", "bundle:a", T0.AddHours(1)), new("b3", "k3", "three", "bundle:a", T0.AddHours(1))], "bundle:a", Changed);
        Assert.That(first.Changes.Select(c => (c.Kind, c.Entry.Id)), Is.EqualTo(new[] { (WatchlistChangeKind.Added, "b2"), (WatchlistChangeKind.Added, "b3") }));
        Assert.That(first.Skipped, Is.EqualTo(1), "k1 is the technician's");

        var second = store.Replace([new("b2", "k2", "two, edited", "bundle:a", T0.AddHours(2)), new("b4", "k4", "four", "bundle:a", T0.AddHours(3))], "bundle:a", Changed);
        Assert.That(second.Changes.Select(c => (c.AuditAction, c.Entry.Id)), Is.EqualTo(new[] { ("watchlist.replace", "b2"), ("watchlist.add", "b4"), ("watchlist.remove", "b3") }));
        Assert.That((second.Added, second.Replaced, second.Removed, second.Skipped), Is.EqualTo((1, 1, 1, 0)));

        using var reopened = Open(key);
        Assert.That(reopened.Snapshot.Entries.Select(e => (e.Id, e.Text)), Is.EqualTo(new[] { ("t1", "technician"), ("b2", "two, edited"), ("b4", "four") }), "oldest first, the technician's untouched");
    }

    [Test]
    public void Replace_FailingPartWay_WritesNothing()
    {
        var key = Key();
        using (var store = Open(key))
        {
            store.Replace([new("b1", "k1", "one", "bundle:a", T0)], "bundle:a", Changed);
            Assert.Throws<InvalidOperationException>(() => store.Replace(
                [new("b2", "k2", "two", "bundle:a", T0), new("b1", "k1", "changed", "bundle:a", T0)], "bundle:a",
                (_, _) => throw new InvalidOperationException("bad entry")));
        }
        using var reopened = Open(key);
        Assert.That(reopened.Snapshot.Entries.Select(e => (e.Id, e.Text)), Is.EqualTo(new[] { ("b1", "one") }), "k2 was inserted before the failure and rolled back");
    }

    [Test]
    public void AddMissing_ListedOrRepeatedKeys_AreSkipped()
    {
        using var store = Open(Key());
        var listed = store.Add(new Note("a", "k1", "first", "cli", T0), out var added);
        Assert.That(added, Is.True);
        Assert.That(store.Add(new Note("b", "k1", "again", "cli", T0), out added), Is.EqualTo(listed));
        Assert.That(added, Is.False);

        var (n, skipped) = store.AddMissing([new("c", "k1", "x", "import", T0), new("d", "k2", "y", "import", T0), new("e", "k2", "z", "import", T0)]);
        Assert.That((n, skipped), Is.EqualTo((1, 2)));
        Assert.That(store.Snapshot.TryGet("k2", out var k2), Is.True);
        Assert.That(k2!.Id, Is.EqualTo("d"));
        Assert.That(store.Remove("d")?.Text, Is.EqualTo("y"));
        Assert.That(store.Remove("d"), Is.Null);
        Assert.That(store.Snapshot.Count, Is.EqualTo(1));
    }

    [Test]
    public void Snapshot_OneKeyUnderTwoIds_IsListedOnce()
    {
        var key = Key();
        using (var db = WatchlistDatabase.Open(Db, key))
        {
            // Two processes adding the same plate at once can leave this behind.
            WatchlistDatabase.Write(db, NoteCodec.Name, c =>
            {
                c.Insert(new NoteCodec().ToDocument(new Note("a", "k1", "one", "cli", T0)));
                c.Insert(new NoteCodec().ToDocument(new Note("b", "k1", "one again", "cli", T0.AddMinutes(1))));
            });
        }
        using var store = Open(key);
        Assert.That(store.Snapshot.Count, Is.EqualTo(1));
        Assert.That(store.Snapshot.Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public void PlateAndFaceLists_DocumentsAsDevicesHoldThem_ReadTheSame()
    {
        var key = Key();
        var at = new DateTime(2025, 11, 2, 8, 30, 0, DateTimeKind.Utc);
        var descriptor = new float[] { 0.6f, 0.8f, 0f, 0f };
        using (var db = WatchlistDatabase.Open(Db, key))
        {
            // The documents exactly as the agent wrote them before the lists shared one store.
            db.GetCollection("plates").Insert(new BsonDocument
            {
                ["_id"] = "p0123456789", ["kind"] = "plate", ["hash"] = key.Hash("plate", "AA1234BB"), ["reason"] = "stolen",
                ["created_by"] = "cli:tech", ["created_at"] = at,
            });
            db.GetCollection("faces").Insert(new BsonDocument
            {
                ["_id"] = "mm", ["kind"] = "face", ["name"] = "Megamind", ["category"] = "wanted", ["model"] = "faceres",
                ["descriptors"] = new BsonArray { new BsonValue(System.Runtime.InteropServices.MemoryMarshal.AsBytes(descriptor.AsSpan()).ToArray()) },
                ["created_by"] = "bundle:w", ["created_at"] = at, ["threshold"] = 0.5,
            });
        }
        using (var plates = new PlateWatchlist(Db, key))
        {
            var plate = plates.Match("AA1234BB", out var exact);
            Assert.That(plate, Is.EqualTo(new WatchlistEntry("p0123456789", "plate", key.Hash("plate", "AA1234BB"), "stolen", "cli:tech", new DateTimeOffset(at))));
            Assert.That(exact, Is.True);
        }
        using (var faces = new FaceWatchlist(Db, key, 0.9f))
        {
            var face = faces.List().Single();
            Assert.That((face.Id, face.Name, face.Category, face.Model, face.Threshold, face.CreatedBy, face.CreatedAt), Is.EqualTo(("mm", "Megamind", "wanted", "faceres", (float?)0.5f, "bundle:w", new DateTimeOffset(at))));
            Assert.That(face.Descriptors.Single(), Is.EqualTo(descriptor));
            Assert.That(faces.Match([1f, 0f, 0f, 0f], "faceres")!.Value.Accepted, Is.True, "similarity 0.6 passes its own threshold, not the list's 0.9");
        }
        using var check = WatchlistDatabase.Open(Db, key);
        Assert.That(check.GetCollectionNames().Order(), Is.EqualTo(new[] { "faces", "plates" }));
    }

    private static bool Changed(Note existing, Note wanted) => existing.Text != wanted.Text;

    /// <summary>A minimal entry kind, so the store is tested apart from what plates and faces add.</summary>
    private sealed record Note(string Id, string Key, string Text, string CreatedBy, DateTimeOffset CreatedAt) : IWatchlistRecord;

    private sealed class NoteCodec : IWatchlistCodec<Note>
    {
        public const string Name = "notes";

        public string Collection => Name;

        public BsonDocument ToDocument(Note entry) => new()
        {
            ["_id"] = entry.Id, ["key"] = entry.Key, ["text"] = entry.Text, ["created_by"] = entry.CreatedBy, ["created_at"] = entry.CreatedAt.UtcDateTime,
        };

        public Note FromDocument(BsonDocument document) => new(
            document["_id"].AsString, document["key"].AsString, document["text"].AsString, document["created_by"].AsString,
            WatchlistDatabase.ReadUtc(document["created_at"]));
    }
}
