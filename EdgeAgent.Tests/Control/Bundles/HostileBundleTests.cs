using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.Commands;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Bundles;

/// <summary>
/// Hostile bundles through <c>bundle verify</c> and the device's <c>model.update</c> / <c>watchlist.sync</c>: each is
/// refused with the reason and the file named, no stack trace, and nothing beyond the signed sizes reaches the disk.
/// </summary>
[NonParallelizable] // bundle verify stages under $TMPDIR, which these tests point at a folder they measure
public sealed class HostileBundleTests
{
    private const long Bomb = 64L << 20;

    private static readonly string Plates = """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""";

    private ControlFixture _f = null!;
    private string _tmp = null!;
    private string? _oldTmp;

    [SetUp]
    public void SetUp()
    {
        _f = new ControlFixture("hostile");
        _tmp = Path.Combine(_f.Root, "tmp");
        Directory.CreateDirectory(_tmp);
        _oldTmp = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", _tmp);
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("TMPDIR", _oldTmp);
        _f.Dispose();
    }

    private string At(string name) => Path.Combine(_f.Root, name);

    private static string PlatesSha => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Plates)));

    private static JsonObject GoodManifest(string version = "5") => HostileBundles.Manifest(version, ("plates.json", Encoding.UTF8.GetByteCount(Plates), PlatesSha));

    private static TarItem PlatesEntry => new("files/plates.json", Encoding.UTF8.GetBytes(Plates));

    /// <summary>Runs <c>bundle verify</c> on <paramref name="bundle"/> while measuring $TMPDIR; returns the exit code, stderr and the peak bytes staged.</summary>
    private async Task<(int Code, string Err, long Peak)> Verify(string bundle)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var peak = new FolderPeak(_tmp);
        var code = await CliRoot.InvokeAsync(["bundle", "verify", bundle, "--key", _f.PublicKeyPath], output, error);
        var max = peak.Stop();
        Assert.That(peak.Now, Is.Zero, "nothing is left in the temp folder");
        var all = output + error.ToString();
        Assert.That(all, Does.Not.Contain("   at "), "a refused bundle never prints a stack trace");
        return (code, error.ToString(), max);
    }

    private async Task AssertRefused(string bundle, string code, params string[] says)
    {
        var (exit, err, peak) = await Verify(bundle);
        Assert.That(exit, Is.EqualTo(ExitCodes.Verification), err);
        Assert.That(err, Does.StartWith(bundle + ": " + code));
        foreach (var s in says) Assert.That(err, Does.Contain(s));
        Assert.That(peak, Is.Zero, "nothing was extracted");
    }

    [Test]
    public async Task Verify_SoundHandMadeBundle_Valid()
    {
        // The builder makes bundles the agent accepts: the refusals below are for what each one changes. Large enough
        // (8 MiB) for the sampler to see it staged.
        const long size = 8L << 20;
        var manifest = HostileBundles.Manifest("5", ("zeros.bin", size, HostileBundles.ZerosSha256(size)));
        var bundle = HostileBundles.Write(At("ok.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), _f.PrivateKeyPath, new TarItem("files/zeros.bin", Zeros: size)));

        var (code, err, peak) = await Verify(bundle);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(peak, Is.GreaterThan(0), "the measured folder is where verify stages");
    }

    [Test]
    public async Task Verify_UnsignedGzipBomb_RefusedBeforeWritingAByte()
    {
        var manifest = HostileBundles.Manifest("5", ("zeros.bin", Bomb, HostileBundles.ZerosSha256(0)));
        var bundle = HostileBundles.Write(At("bomb.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), null, new TarItem("files/zeros.bin", Zeros: Bomb)));
        Assert.That(new FileInfo(bundle).Length, Is.LessThan(1 << 20), "64 MB of zeros compress to well under 1 MB");

        await AssertRefused(bundle, "bad_signature", "unsigned");
    }

    [Test]
    public async Task Verify_EntryLargerThanSigned_RefusedBeforeWritingIt()
    {
        // Signed for a 52-byte plates.json; the archive carries 64 MB under that name.
        var bundle = HostileBundles.Write(At("big.tar.gz"), HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, new TarItem("files/plates.json", Zeros: Bomb)));

        await AssertRefused(bundle, "hash_mismatch", "plates.json", $"{Bomb} bytes");
    }

    [Test]
    public async Task Verify_SignedSizeButWrongContent_WritesAtMostTheSignedSizeThenDeletesIt()
    {
        const long size = 32L << 20;
        var manifest = HostileBundles.Manifest("5", ("zeros.bin", size, new string('a', 64)));
        var bundle = HostileBundles.Write(At("wrong.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), _f.PrivateKeyPath, new TarItem("files/zeros.bin", Zeros: size)));

        var (code, err, peak) = await Verify(bundle);

        Assert.That(code, Is.EqualTo(ExitCodes.Verification), err);
        Assert.That(err, Does.StartWith(bundle + ": hash_mismatch").And.Contain("zeros.bin"));
        Assert.That(peak, Is.LessThanOrEqualTo(size), "never more than the signed size on disk");
    }

    [Test]
    public async Task Verify_EntryNotInTheManifest_Refused()
    {
        var bundle = HostileBundles.Write(At("extra.tar.gz"), HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath,
            new TarItem("files/payload.sh", Zeros: Bomb), PlatesEntry));

        await AssertRefused(bundle, "hash_mismatch", "payload.sh", "not listed");
    }

    [TestCase(TarEntryType.SymbolicLink, "files/plates.json", "/etc/passwd")]
    [TestCase(TarEntryType.HardLink, "files/plates.json", "/etc/shadow")]
    public async Task Verify_LinkEntry_Refused(TarEntryType type, string name, string target)
    {
        var bundle = HostileBundles.Write(At("link.tar.gz"), HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, new TarItem(name, Type: type, LinkTo: target)));

        await AssertRefused(bundle, "malformed", type.ToString(), "only regular files");
    }

    [TestCase("/etc/cron.d/edgeagent")]
    [TestCase("files/../../../tmp/evil")]
    [TestCase("files/sub/plates.json")]
    public async Task Verify_PathOutsideTheBundle_Refused(string name)
    {
        var bundle = HostileBundles.Write(At("path.tar.gz"), HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, new TarItem(name, Encoding.UTF8.GetBytes("x"))));

        await AssertRefused(bundle, "malformed", "unexpected entry", name);
        Assert.That(File.Exists("/tmp/evil"), Is.False);
    }

    [Test]
    public async Task Verify_FilesBeforeTheManifest_RefusedBeforeWriting()
    {
        var items = HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, PlatesEntry);
        items.Reverse();
        var bundle = HostileBundles.Write(At("late.tar.gz"), items);

        await AssertRefused(bundle, "malformed", "no manifest.json before the files");
    }

    [TestCase("1e300", "1e300 is not a whole number")]
    [TestCase("-5", "-5 is out of range")]
    [TestCase("\"52\"", "is not a whole number")]
    [TestCase(null, "missing")]
    public async Task Verify_SignedManifestWithBadSize_RefusedNamingTheField(string? size, string says)
    {
        var manifest = HostileBundles.Manifest("5", ("plates.json", size is null ? null : JsonNode.Parse(size), PlatesSha));
        var bundle = HostileBundles.Write(At("size.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), _f.PrivateKeyPath, PlatesEntry));

        await AssertRefused(bundle, "malformed", "files[0].size", says);
    }

    [Test]
    public async Task Verify_DeclaredTotalOverTheLimit_RefusedNamingTheField()
    {
        var manifest = HostileBundles.Manifest("5", ("a.bin", 300L << 20, new string('a', 64)), ("b.bin", 300L << 20, new string('b', 64)));
        var bundle = HostileBundles.Write(At("total.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), _f.PrivateKeyPath));

        await AssertRefused(bundle, "malformed", "files[1].size", "bundle limit");
    }

    [TestCase("3.3.7-evil; rm -rf /", "version")]
    [TestCase("3.3.7 ", "version")]
    public async Task Verify_SignedVersionWithShellText_Refused(string version, string field)
    {
        var bundle = HostileBundles.Write(At("version.tar.gz"), HostileBundles.Signed(GoodManifest(version).ToJsonString(), _f.PrivateKeyPath, PlatesEntry));

        await AssertRefused(bundle, "malformed", $"{field} '{version}'");
    }

    [Test]
    public async Task Verify_SignedIdWithTraversal_Refused()
    {
        var manifest = GoodManifest();
        manifest["id"] = "../../etc/cron.d/x";
        var bundle = HostileBundles.Write(At("id.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), _f.PrivateKeyPath, PlatesEntry));

        await AssertRefused(bundle, "malformed", "id '../../etc/cron.d/x'");
    }

    [Test]
    public async Task Verify_TruncatedArchive_RefusedNamingTheFile()
    {
        var whole = HostileBundles.Write(At("whole.tar.gz"), HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, new TarItem("files/plates.json", Zeros: 1 << 20)));
        var bytes = await File.ReadAllBytesAsync(whole);
        var cut = At("cut.tar.gz");
        await File.WriteAllBytesAsync(cut, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var (code, err, _) = await Verify(cut);

        Assert.That(code, Is.EqualTo(ExitCodes.Verification), err);
        Assert.That(err, Does.StartWith(cut + ": "));
    }

    [Test]
    public async Task Pack_VersionWithShellText_ExitsTwo()
    {
        var plates = At("plates.json");
        await File.WriteAllTextAsync(plates, Plates);
        using var error = new StringWriter();

        var code = await CliRoot.InvokeAsync(["bundle", "pack", "--kind", "watchlist", "--id", "national", "--version", "3.3.7-evil; rm -rf /",
            "--sign", _f.PrivateKeyPath, "--out", At("wl.tar.gz"), plates], TextWriter.Null, error);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), error.ToString());
        Assert.That(error.ToString(), Does.Contain("--version '3.3.7-evil; rm -rf /'"));
        Assert.That(File.Exists(At("wl.tar.gz")), Is.False);
    }

    private async Task<(CommandReply Reply, long Peak)> OnDevice(string command, JsonObject payload)
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        var options = ConfigLoader.LoadFile(_f.ConfigPath);
        using var audit = AuditLog.Open(AuditLog.PathIn(options.StateDir));
        using var processor = new CommandProcessor(options, audit, new RecordingLifecycle());
        var staging = Path.Combine(options.StateDir, "staging");
        using var peak = new FolderPeak(staging);
        payload["ts"] = ControlFixture.Iso(DateTimeOffset.UtcNow);
        var reply = await processor.HandleAsync(command, Encoding.UTF8.GetBytes(payload.ToJsonString()), "centre", CancellationToken.None);
        var max = peak.Stop();
        Assert.That(peak.Now, Is.Zero, "nothing is left in staging");
        Assert.That(reply.Message, Does.Not.Contain("   at "));
        return (reply, max);
    }

    [Test]
    public async Task ModelUpdate_UnsignedGzipBomb_RefusedWithNothingStaged()
    {
        var manifest = HostileBundles.Manifest("5", ("zeros.bin", Bomb, HostileBundles.ZerosSha256(0)));
        manifest["kind"] = "model";
        manifest["id"] = ControlFixture.Model;
        var bundle = HostileBundles.Write(At("bomb.tar.gz"), HostileBundles.Signed(manifest.ToJsonString(), null, new TarItem("files/zeros.bin", Zeros: Bomb)));

        var (reply, peak) = await OnDevice("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(await File.ReadAllBytesAsync(bundle)) });

        Assert.That((reply.Ok, reply.Code), Is.EqualTo((false, "bad_signature")), reply.Message);
        Assert.That(reply.Message, Does.Contain("unsigned"));
        Assert.That(peak, Is.Zero);
    }

    [Test]
    public async Task WatchlistSync_TransferWithOversizedEntry_RefusedWithNothingStaged()
    {
        var bytes = await File.ReadAllBytesAsync(HostileBundles.Write(At("big.tar.gz"),
            HostileBundles.Signed(GoodManifest().ToJsonString(), _f.PrivateKeyPath, new TarItem("files/plates.json", Zeros: Bomb))));
        Assert.That(bytes, Has.Length.LessThan(256 * 1024), "one chunk carries it");
        var chunk = new JsonObject
        {
            ["transfer"] = "hostile-1",
            ["index"] = 0,
            ["count"] = 1,
            ["size"] = bytes.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["data"] = Convert.ToBase64String(bytes),
        };
        var (sent, _) = await OnDevice("bundle.chunk", chunk);
        Assert.That(sent.Ok, Is.True, sent.Message);

        var (reply, peak) = await OnDevice("watchlist.sync", new JsonObject { ["transfer"] = "hostile-1" });

        Assert.That((reply.Ok, reply.Code), Is.EqualTo((false, "hash_mismatch")), reply.Message);
        Assert.That(reply.Message, Does.Contain("plates.json"));
        Assert.That(peak, Is.Zero);
    }

    [Test]
    public async Task ModelUpdate_SampleImageIsABomb_RefusedNamingItAndTheOldModelStays()
    {
        var dir = Directory.CreateDirectory(At("pack")).FullName;
        var onnx = Path.Combine(dir, ControlFixture.Model + ".onnx");
        File.Copy(TestPaths.Model(ControlFixture.Model + ".onnx"), onnx);
        var bomb = HostileImages.Png(Path.Combine(dir, "bomb.png"), 60000, 60000, rows: 4);
        var samples = Path.Combine(dir, "samples.json");
        await File.WriteAllTextAsync(samples, """{"min_iou":0.5,"samples":[{"image":"bomb.png","expect":[{"label":"dog","box":[1,1,10,10]}]}]}""");
        var bundle = _f.Pack("model", ControlFixture.Model, "3.3.7", [onnx, samples, bomb]);

        var (reply, _) = await OnDevice("model.update", new JsonObject { ["bundle"] = Convert.ToBase64String(bundle) });

        Assert.That((reply.Ok, reply.Code), Is.EqualTo((false, "malformed")), reply.Message);
        Assert.That(reply.Message, Does.Contain("samples.json").And.Contain("bomb.png").And.Contain("60000x60000"));
        Assert.That(JsonSerializer.Serialize(reply.Result), Does.Contain(ControlFixture.Shipped), "the shipped model stays live");
    }
}
