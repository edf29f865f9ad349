using System.Formats.Tar;
using System.IO.Compression;
using EdgeAgent.Cli;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Control.Bundles;

public sealed class SignedBundleTests
{
    private ControlFixture _f = null!;
    private string _plates = null!;

    [SetUp]
    public void SetUp()
    {
        _f = new ControlFixture("bundle-dev");
        _plates = Path.Combine(_f.Root, "plates.json");
        File.WriteAllText(_plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
    }

    [TearDown]
    public void TearDown() => _f.Dispose();

    private SignedBundle Open(byte[] bytes, string? publicKey = null)
    {
        using var key = SigningKeys.Load(publicKey ?? _f.PublicKeyPath);
        using var ms = new MemoryStream(bytes);
        return SignedBundle.Open(ms, key, _f.Root);
    }

    [Test]
    public void Open_PackedBySameKey_VerifiesManifestAndFiles()
    {
        using var bundle = Open(_f.Pack("watchlist", "national", "3", [_plates]));
        Assert.Multiple(() =>
        {
            Assert.That(bundle.Manifest.Kind, Is.EqualTo("watchlist"));
            Assert.That(bundle.Manifest.Version, Is.EqualTo("3"));
            Assert.That(bundle.Manifest.Files.Single().Sha256, Is.EqualTo(ControlFixture.Sha256(_plates)));
            Assert.That(File.ReadAllText(bundle.FilePath("plates.json")!), Does.Contain("AA1234BB"));
        });
    }

    [Test]
    public void Open_SignedByAnotherKey_RefusedBadSignature()
    {
        var bytes = _f.Pack("watchlist", "national", "3", [_plates], _f.OtherPrivateKey());
        var ex = Assert.Throws<BundleException>(() => Open(bytes));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.BadSignature));
        Assert.That(ex.Message, Does.Contain("pinned update-signing key"));
    }

    [Test]
    public void Open_FileReplacedAfterSigning_RefusedHashMismatch()
    {
        var bytes = Rewrite(_f.Pack("watchlist", "national", "3", [_plates]), "files/plates.json",
            """{"plates":[{"plate":"ZZ9999ZZ","reason":"planted"}]}"""u8.ToArray());
        var ex = Assert.Throws<BundleException>(() => Open(bytes));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.HashMismatch));
        Assert.That(ex.Message, Does.Contain("plates.json"));
    }

    [Test]
    public void Open_ManifestEdited_RefusedBadSignature()
    {
        var original = _f.Pack("watchlist", "national", "3", [_plates]);
        var manifest = Read(original, "manifest.json");
        var edited = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(manifest).Replace("\"version\": \"3\"", "\"version\": \"99\"", StringComparison.Ordinal));
        Assert.That(edited, Is.Not.EqualTo(manifest));
        var ex = Assert.Throws<BundleException>(() => Open(Rewrite(original, "manifest.json", edited)));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.BadSignature));
    }

    [Test]
    public void Open_ExtraUnlistedFile_Refused()
    {
        var bytes = Rewrite(_f.Pack("watchlist", "national", "3", [_plates]), "files/extra.sh", "rm -rf /"u8.ToArray());
        var ex = Assert.Throws<BundleException>(() => Open(bytes));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.HashMismatch));
        Assert.That(ex.Message, Does.Contain("extra.sh"));
    }

    [Test]
    public void Open_PathTraversalEntry_RefusedMalformed()
    {
        var bytes = Rewrite(_f.Pack("watchlist", "national", "3", [_plates]), "files/../../evil", "x"u8.ToArray());
        var ex = Assert.Throws<BundleException>(() => Open(bytes));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.Malformed));
        Assert.That(File.Exists(Path.Combine(_f.Root, "..", "evil")), Is.False);
    }

    [Test]
    public void Open_NotATarGz_RefusedMalformed()
    {
        var ex = Assert.Throws<BundleException>(() => Open("not a bundle"u8.ToArray()));
        Assert.That(ex!.Error, Is.EqualTo(BundleError.Malformed));
    }

    [Test]
    public void Open_Refused_LeavesNoStagingFolder()
    {
        var bytes = _f.Pack("watchlist", "national", "3", [_plates], _f.OtherPrivateKey());
        Assert.Throws<BundleException>(() => Open(bytes));
        Assert.That(Directory.GetDirectories(_f.Root, "bundle-*"), Is.Empty);
    }

    [TestCase("3.3.7", "3.3.6", 1)]
    [TestCase("3.3.6", "3.3.6", 0)]
    [TestCase("3.10", "3.9.9", 1)]
    [TestCase("1.2", "1.2.0", 0)]
    [TestCase("junk", "0.0.1", -1)]
    public void Compare_DottedVersions_NumericOrder(string a, string b, int sign) =>
        Assert.That(Math.Sign(BundleVersion.Compare(a, b)), Is.EqualTo(sign));

    [Test]
    public async Task Cli_KeysPackVerify_ValidThenTamperedExit4()
    {
        var keys = Path.Combine(_f.Root, "cli-keys");
        Assert.That(await CliRoot.InvokeAsync(["keys", "generate", "--out", keys], TextWriter.Null, TextWriter.Null), Is.EqualTo(ExitCodes.Ok));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Path.Combine(keys, SigningKeys.PrivateFile)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
        var bundle = Path.Combine(_f.Root, "wl.tar.gz");
        var output = new StringWriter();
        var error = new StringWriter();
        var pack = await CliRoot.InvokeAsync(["bundle", "pack", "--kind", "watchlist", "--id", "national", "--version", "7",
            "--sign", Path.Combine(keys, SigningKeys.PrivateFile), "--out", bundle, _plates], output, error);
        Assert.That(pack, Is.EqualTo(ExitCodes.Ok), error.ToString());
        var pub = Path.Combine(keys, SigningKeys.PublicFile);
        output = new StringWriter();
        Assert.That(await CliRoot.InvokeAsync(["bundle", "verify", bundle, "--key", pub], output, error), Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(output.ToString(), Does.Contain("valid watchlist bundle national 7"));

        await File.WriteAllBytesAsync(bundle, Rewrite(await File.ReadAllBytesAsync(bundle), "files/plates.json", "{}"u8.ToArray()));
        error = new StringWriter();
        Assert.That(await CliRoot.InvokeAsync(["bundle", "verify", bundle, "--key", pub], TextWriter.Null, error), Is.EqualTo(ExitCodes.Verification));
        Assert.That(error.ToString(), Does.Contain("hash_mismatch"));
        error = new StringWriter();
        Assert.That(await CliRoot.InvokeAsync(["bundle", "verify", bundle, "--key", _f.PublicKeyPath], TextWriter.Null, error), Is.EqualTo(ExitCodes.Verification));
        Assert.That(error.ToString(), Does.Contain("bad_signature"));
    }

    /// <summary>The bundle with entry <paramref name="name"/> replaced (or added) by <paramref name="data"/>, everything else as packed.</summary>
    internal static byte[] Rewrite(byte[] bundle, string name, byte[] data)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var gz = new GZipStream(new MemoryStream(bundle), CompressionMode.Decompress))
        using (var tar = new TarReader(gz))
        {
            while (tar.GetNextEntry() is { } e)
            {
                using var ms = new MemoryStream();
                e.DataStream?.CopyTo(ms);
                entries.Add((e.Name, ms.ToArray()));
            }
        }
        var i = entries.FindIndex(e => e.Name == name);
        if (i >= 0) entries[i] = (name, data);
        else entries.Add((name, data));
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (n, d) in entries) tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, n) { DataStream = new MemoryStream(d) });
        }
        return output.ToArray();
    }

    internal static byte[] Read(byte[] bundle, string name)
    {
        using var gz = new GZipStream(new MemoryStream(bundle), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        while (tar.GetNextEntry() is { } e)
        {
            if (e.Name != name) continue;
            using var ms = new MemoryStream();
            e.DataStream?.CopyTo(ms);
            return ms.ToArray();
        }
        throw new AssertionException($"no {name} in the bundle");
    }
}
