using EdgeAgent.Audit;

using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Tests.Faces;

public sealed class FaceWatchlistTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private static float[] Largest(RgbImage image)
    {
        var analyzer = FaceModels.Analyzer(FaceCropMode.Similarity);
        var face = FaceAnalyzer.Largest(analyzer.Detect(image));
        Assert.That(face, Is.Not.Null, "no face");
        return analyzer.Describe(image, face!.Value);
    }

    private FaceWatchlist Open(WatchlistKey key, AuditLog? audit = null) =>
        new(WatchlistDatabase.PathIn(_dir), key, FaceResDescriptor.DefaultThreshold, FaceWatchlist.DefaultMargin, audit);

    [Test]
    public void Match_SamePersonOtherMegamindFrame_MatchesAndMessiDoesNot()
    {
        var key = WatchlistKey.Load(_dir, null, create: true);
        using var audit = AuditLog.Open(AuditLog.PathIn(_dir));
        using var list = Open(key, audit);
        list.Add("mm", "Megamind frame 3", "test", "faceres", [Largest(FaceDetectorTests.MegamindFrame(3))], "test");

        var same = list.Match(Largest(FaceDetectorTests.MegamindFrame(FrameOfSamePerson)), "faceres");
        Assert.That(same, Is.Not.Null);
        TestContext.Out.WriteLine($"same person: {same!.Value.Similarity:0.000}, margin {same.Value.Margin:0.000}");
        Assert.That(same.Value.Accepted, Is.True, $"similarity {same.Value.Similarity}");

        var other = list.Match(Largest(ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"))), "faceres");
        TestContext.Out.WriteLine($"messi: {other!.Value.Similarity:0.000}");
        Assert.That(other.Value.Accepted, Is.False, $"similarity {other.Value.Similarity}");
        list.RecordMatch(same.Value, "cam", 7, 2);
        var verified = AuditLog.Verify(audit.FilePath);
        Assert.That(verified.Ok, Is.True, verified.Reason);
        Assert.That(verified.Records, Is.EqualTo(2));
    }

    /// <summary>A later Megamind frame showing the same face as frame 3.</summary>
    internal const int FrameOfSamePerson = 11;

    [Test]
    public void Import_WrongDimensionOrTampered_RefusedAndListUnchanged()
    {
        var key = WatchlistKey.Load(_dir, null, create: true);
        var unit = new float[1024];
        unit[0] = 1;
        var small = new float[128];
        small[1] = 1;
        byte[] good, wrongDim;
        var sourceDir = Path.Combine(_dir, "source");
        using (var source = new FaceWatchlist(WatchlistDatabase.PathIn(sourceDir), key, 0.6f))
        {
            source.Add("a", "A", "test", "faceres", [unit], "test");
            using var ms = new MemoryStream();
            source.Export(ms, "test");
            good = ms.ToArray();
            source.Remove("a", "test");
            source.Add("b", "B", "test", "faceres", [small], "test");
            using var ms2 = new MemoryStream();
            source.Export(ms2, "test");
            wrongDim = ms2.ToArray();
        }

        using var list = Open(key);
        list.Add("keep", "Kept", "test", "faceres", [unit], "test");
        var ex = Assert.Throws<InvalidDataException>(() => list.Import(wrongDim, "wrong.json", "faceres", 1024, "test"));
        Assert.That(ex!.Message, Does.Contain("128 values").And.Contain("1024"));
        var tampered = (byte[])good.Clone();
        var at = Array.IndexOf(tampered, (byte)'"', 20);
        tampered[at + 1] ^= 1;
        ex = Assert.Throws<InvalidDataException>(() => list.Import(tampered, "tampered.json", "faceres", 1024, "test"));
        Assert.That(ex!.Message, Does.Contain("signature"));
        var otherKey = new WatchlistKey(new byte[32]);
        using (var foreign = new FaceWatchlist(Path.Combine(_dir, "foreign.db"), otherKey, 0.6f))
        {
            Assert.Throws<InvalidDataException>(() => foreign.Import(good, "good.json", "faceres", 1024, "test"));
        }
        Assert.That(list.List().Select(e => e.Id), Is.EqualTo(new[] { "keep" }));

        var (added, skipped) = list.Import(good, "good.json", "faceres", 1024, "test");
        Assert.That((added, skipped), Is.EqualTo((1, 0)));
        Assert.That(list.List().Select(e => e.Id), Is.EquivalentTo(new[] { "keep", "a" }));
    }

    [Test]
    public void Match_TwoIdentities_MarginIsOverTheSecond()
    {
        var key = WatchlistKey.Load(_dir, null, create: true);
        using var list = Open(key);
        float[] a = new float[4], b = new float[4], probe = new float[4];
        a[0] = 1;
        b[0] = 0.8f;
        b[1] = 0.6f;
        probe[0] = 1;
        list.Add("a", "A", "t", "m4", [a], "t");
        list.Add("b", "B", "t", "m4", [b], "t");
        var m = list.Match(probe, "m4")!.Value;
        Assert.That(m.Entry.Id, Is.EqualTo("a"));
        Assert.That(m.Margin, Is.EqualTo(0.2f).Within(1e-5));
        Assert.That(list.Match(probe, "another-model"), Is.Null);
    }
}
