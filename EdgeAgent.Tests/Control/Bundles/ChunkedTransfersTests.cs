using System.Security.Cryptography;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Bundles;

/// <summary>The on-disk transfer store: restart, power-cut leftovers, disk budget, expiry.</summary>
public sealed class ChunkedTransfersTests
{
    private string _state = null!;

    [SetUp]
    public void SetUp() => _state = TestPaths.TempDir("edgeagent-transfers");

    [TearDown]
    public void TearDown() => Directory.Delete(_state, recursive: true);

    private static (byte[] Bytes, TransferHeader Header) Bundle(int size, int chunk)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return (bytes, new TransferHeader((size + chunk - 1) / chunk, size, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    private static ReadOnlySpan<byte> Slice(byte[] bytes, int chunk, int index) => bytes.AsSpan(index * chunk, Math.Min(chunk, bytes.Length - index * chunk));

    [Test]
    public void Put_AgentRestartsMidTransfer_HeldChunksSurviveAndTheTransferCompletes()
    {
        var (bytes, header) = Bundle(10_000, 1000);
        var first = new ChunkedTransfers(_state);
        for (var i = 0; i < 6; i++) first.Put("t1", i, header, Slice(bytes, 1000, i));
        // A power cut while chunk 6 was being written leaves its temp file, never a chunk file.
        File.WriteAllBytes(Path.Combine(first.Root, "t1", "000006.part.tmp"), new byte[300]);

        var second = new ChunkedTransfers(_state);
        var status = second.Status("t1")!;
        Assert.Multiple(() =>
        {
            Assert.That(status.Held, Is.EqualTo(6));
            Assert.That(status.Missing, Is.EqualTo(new[] { 6, 7, 8, 9 }));
            Assert.That(File.Exists(Path.Combine(second.Root, "t1", "000006.part.tmp")), Is.False, "leftover temp file removed");
        });
        ChunkOutcome last = default;
        for (var i = 6; i < 10; i++) last = second.Put("t1", i, header, Slice(bytes, 1000, i));
        Assert.Multiple(() =>
        {
            Assert.That(last.Effect, Is.EqualTo(ChunkEffect.Completed));
            Assert.That(File.ReadAllBytes(second.CompletedPath("t1")), Is.EqualTo(bytes));
            Assert.That(Directory.GetFiles(Path.Combine(second.Root, "t1"), "*.part"), Is.Empty, "chunks freed once assembled");
        });
    }

    [Test]
    public void Status_AllChunksHeldButAssemblyCutShort_AssemblesOnNextStatus()
    {
        var (bytes, header) = Bundle(3000, 1000);
        var store = new ChunkedTransfers(_state);
        store.Put("t2", 0, header, Slice(bytes, 1000, 0));
        store.Put("t2", 1, header, Slice(bytes, 1000, 1));
        // The last chunk reached the disk but the agent died before joining them.
        File.WriteAllBytes(Path.Combine(store.Root, "t2", "000002.part"), Slice(bytes, 1000, 2).ToArray());
        File.WriteAllBytes(Path.Combine(store.Root, "t2", "bundle.tar.gz.tmp"), new byte[10]);

        var status = new ChunkedTransfers(_state).Status("t2")!;
        Assert.That(status.Complete, Is.True);
        Assert.That(File.ReadAllBytes(Path.Combine(store.Root, "t2", "bundle.tar.gz")), Is.EqualTo(bytes));
    }

    [Test]
    public void Put_NewTransferOverBudget_RefusedNamingTheTransfersInProgress()
    {
        var (a, ha) = Bundle(6000, 1000);
        var (_, hb) = Bundle(5000, 1000);
        var store = new ChunkedTransfers(_state) { Budget = 10_000 };
        store.Put("first", 0, ha, Slice(a, 1000, 0));
        var ex = Assert.Throws<TransferException>(() => store.Put("second", 0, hb, new byte[1000]));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Code, Is.EqualTo("no_space"));
            Assert.That(ex.Message, Does.Contain("first (6000 bytes, 1/6)").And.Contain("bundle.cancel"));
            Assert.That(Directory.Exists(Path.Combine(store.Root, "second")), Is.False);
        });
        store.Cancel("first");
        Assert.That(store.Put("second", 0, hb, new byte[1000]).Effect, Is.EqualTo(ChunkEffect.Started));
    }

    [Test]
    public void Put_NewTransferStarts_TransfersIdleOverExpirySwept()
    {
        var (a, ha) = Bundle(2000, 1000);
        var store = new ChunkedTransfers(_state);
        store.Put("stale", 0, ha, Slice(a, 1000, 0));
        store.Put("recent", 0, ha, Slice(a, 1000, 0));
        // The folder's time is the transfer's last activity: "stale" received nothing for 25 h, "recent" for 23 h.
        Directory.SetLastWriteTimeUtc(Path.Combine(store.Root, "stale"), DateTime.UtcNow.AddHours(-25));
        Directory.SetLastWriteTimeUtc(Path.Combine(store.Root, "recent"), DateTime.UtcNow.AddHours(-23));
        Assert.That(store.Status("stale"), Is.Not.Null, "nothing is swept until a transfer starts");
        store.Put("new", 0, ha, Slice(a, 1000, 0));
        Assert.Multiple(() =>
        {
            Assert.That(store.Status("stale"), Is.Null);
            Assert.That(Directory.Exists(Path.Combine(store.Root, "stale")), Is.False);
            Assert.That(store.Status("recent")!.Held, Is.EqualTo(1));
            Assert.That(store.Status("new")!.Held, Is.EqualTo(1));
        });
    }

    [Test]
    public void Put_ChunkPastDeclaredSize_RefusedNamingSize()
    {
        var (bytes, header) = Bundle(2500, 1000);
        var store = new ChunkedTransfers(_state);
        store.Put("t3", 0, header, Slice(bytes, 1000, 0));
        store.Put("t3", 1, header, Slice(bytes, 1000, 1));
        var ex = Assert.Throws<TransferException>(() => store.Put("t3", 2, header, new byte[1000]));
        Assert.That(ex!.Code, Is.EqualTo("conflict"));
        Assert.That(ex.Message, Does.Contain("'size'"));
        Assert.That(store.Status("t3")!.Held, Is.EqualTo(2));
    }

    [TestCase("..")]
    [TestCase(".hidden")]
    [TestCase("UPPER")]
    [TestCase("a/b")]
    [TestCase("")]
    [TestCase("x123456789x123456789x123456789x123456789x123456789x123456789x1234")]
    public void IsValidId_NotAnId_False(string id) => Assert.That(ChunkedTransfers.IsValidId(id), Is.False);

    [TestCase("cn-3.3.7")]
    [TestCase("push-0123456789abcdef")]
    [TestCase("a_b")]
    public void IsValidId_Id_True(string id) => Assert.That(ChunkedTransfers.IsValidId(id), Is.True);
}
