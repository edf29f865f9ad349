using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using EdgeAgent.Common;

namespace EdgeAgent.Control.Bundles;

/// <summary>
/// A signed bundle: a tar.gz holding <c>manifest.json</c>, <c>manifest.sig</c> (base64 ECDSA P-256/SHA-256 signature of the
/// manifest bytes, IEEE P1363 form) and the files under <c>files/</c>. <see cref="Open"/> checks the signature against
/// the pinned key before it extracts anything, then streams each file into a staging folder up to its signed size and
/// checks its sha256; only a bundle that passes all of it is returned.
/// </summary>
public sealed class SignedBundle : IDisposable
{
    /// <summary>Largest bundle accepted (sum of file sizes): a model plus samples, with room.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>Largest manifest.json or manifest.sig read (into memory, before the signature is checked).</summary>
    private const int MaxManifestBytes = 1 << 20;

    private const string ManifestName = "manifest.json";
    private const string SignatureName = "manifest.sig";
    private const string FilesPrefix = "files/";

    private SignedBundle(BundleManifest manifest, string dir)
    {
        Manifest = manifest;
        Folder = dir;
    }

    /// <summary>The verified manifest.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>Folder holding the verified files (removed on dispose).</summary>
    public string Folder { get; }

    /// <summary>Path of a verified file by its bundle name; null when the bundle has no such file.</summary>
    public string? FilePath(string name)
    {
        foreach (var f in Manifest.Files)
        {
            if (f.Name == name) return Path.Combine(Folder, name);
        }
        return null;
    }

    /// <summary>Packs <paramref name="files"/> with <paramref name="manifest"/>'s identity, signs with <paramref name="key"/>, writes a tar.gz.</summary>
    public static BundleManifest Pack(string kind, string id, string version, IReadOnlyList<string> files, ECDsa key, Stream output,
        IReadOnlyList<string>? targetModels = null, string minAgentVersion = "0.0.0", TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(key);
        var entries = new List<BundleFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            if (!names.Add(name)) throw new BundleException(BundleError.Malformed, $"two files are named {name}; bundle files are flat");
            using var stream = File.OpenRead(path);
            entries.Add(new BundleFile(name, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream))));
        }
        var manifest = new BundleManifest
        {
            Kind = kind,
            Id = id,
            Version = version,
            MinAgentVersion = minAgentVersion,
            TargetModels = targetModels ?? (kind == "model" ? [id] : []),
            Created = (time ?? TimeProvider.System).GetUtcNow(),
            Files = entries,
        };
        var json = manifest.ToJson();
        // Parse back what we sign: a maintainer must not be able to pack what a device would refuse as malformed.
        BundleManifest.Parse(json);
        var signature = key.SignData(json, HashAlgorithmName.SHA256);
        using (var gz = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax, leaveOpen: true))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, ManifestName) { DataStream = new MemoryStream(json) });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, SignatureName)
            {
                DataStream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(signature) + "\n")),
            });
            for (var i = 0; i < files.Count; i++)
            {
                using var data = File.OpenRead(files[i]);
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, FilesPrefix + entries[i].Name) { DataStream = data });
            }
        }
        return manifest;
    }

    /// <summary>
    /// Extracts <paramref name="tarGz"/> into a new folder under <paramref name="stagingRoot"/> and verifies it against
    /// <paramref name="pinnedKey"/>; throws <see cref="BundleException"/> with the reason (the folder is removed then).
    /// The manifest and its signature must come first in the archive and are checked before any file is written; each
    /// file is then written only up to the size the signed manifest declares, so a hostile archive (unsigned, a
    /// gzip bomb, a file larger than declared) costs at most what the maintainer signed for.
    /// </summary>
    public static SignedBundle Open(Stream tarGz, ECDsa pinnedKey, string stagingRoot)
    {
        ArgumentNullException.ThrowIfNull(tarGz);
        ArgumentNullException.ThrowIfNull(pinnedKey);
        var dir = Path.Combine(stagingRoot, "bundle-" + Guid.NewGuid().ToString("n"));
        StateFiles.CreateDirectory(dir);
        try
        {
            return new SignedBundle(Extract(tarGz, pinnedKey, dir), dir);
        }
        catch
        {
            TryDelete(dir);
            throw;
        }
    }

    private static BundleManifest Extract(Stream tarGz, ECDsa pinnedKey, string dir)
    {
        byte[]? manifestBytes = null;
        byte[]? signature = null;
        BundleManifest? manifest = null;
        var written = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var gz = new GZipStream(tarGz, CompressionMode.Decompress, leaveOpen: true);
            using var tar = new TarReader(gz);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is TarEntryType.Directory) continue;
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    throw new BundleException(BundleError.Malformed, $"bundle: entry {entry.Name} is a {entry.EntryType}, only regular files are allowed");
                }
                if (entry.Name == ManifestName || entry.Name == SignatureName)
                {
                    if (manifest is not null || (entry.Name == ManifestName ? manifestBytes : signature) is not null)
                    {
                        throw new BundleException(BundleError.Malformed, $"bundle: a second {entry.Name}");
                    }
                    var bytes = ReadSmall(entry);
                    if (entry.Name == ManifestName) manifestBytes = bytes;
                    else signature = DecodeSignature(bytes);
                    if (manifestBytes is not null && signature is not null) manifest = Verify(manifestBytes, signature, pinnedKey);
                    continue;
                }
                // Nothing is written before the signature is checked: an unsigned manifest may lie about anything.
                manifest ??= Verify(manifestBytes, signature, pinnedKey);
                var name = entry.Name.StartsWith(FilesPrefix, StringComparison.Ordinal) ? entry.Name[FilesPrefix.Length..] : "";
                if (!BundleManifest.IsSafeName(name)) throw new BundleException(BundleError.Malformed, $"bundle: unexpected entry '{entry.Name}'");
                var file = manifest.Files.FirstOrDefault(f => f.Name == name)
                    ?? throw new BundleException(BundleError.HashMismatch, $"bundle: {name} not listed in the signed manifest");
                if (!written.Add(name)) throw new BundleException(BundleError.Malformed, $"bundle: {name} appears twice");
                if (entry.Length != file.Size)
                {
                    throw new BundleException(BundleError.HashMismatch, $"bundle: {name} is {entry.Length} bytes in the archive, the signed manifest says {file.Size}; nothing was written");
                }
                WriteDeclared(entry.DataStream, Path.Combine(dir, name), file);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or IOException and not FileNotFoundException)
        {
            throw new BundleException(BundleError.Malformed, $"bundle: not a readable tar.gz: {ex.Message}");
        }
        manifest ??= Verify(manifestBytes, signature, pinnedKey);
        foreach (var f in manifest.Files)
        {
            if (!written.Contains(f.Name)) throw new BundleException(BundleError.HashMismatch, $"bundle: {f.Name} is listed in the manifest but missing");
        }
        return manifest;
    }

    /// <summary>The signed manifest, once its signature verifies; refuses a bundle with no manifest or no signature (before its files).</summary>
    private static BundleManifest Verify(byte[]? manifestBytes, byte[]? signature, ECDsa pinnedKey)
    {
        if (manifestBytes is null) throw new BundleException(BundleError.Malformed, $"bundle: no {ManifestName} before the files");
        if (signature is null) throw new BundleException(BundleError.BadSignature, $"bundle: no {SignatureName} before the files (unsigned bundles are refused)");
        if (!pinnedKey.VerifyData(manifestBytes, signature, HashAlgorithmName.SHA256))
        {
            throw new BundleException(BundleError.BadSignature, "bundle: the signature does not verify with the pinned update-signing key (signed by another key, or the manifest was altered)");
        }
        return BundleManifest.Parse(manifestBytes);
    }

    private static byte[] ReadSmall(TarEntry entry)
    {
        if (entry.Length > MaxManifestBytes) throw new BundleException(BundleError.Malformed, $"bundle: {entry.Name} is {entry.Length} bytes, more than {MaxManifestBytes}");
        using var ms = new MemoryStream();
        entry.DataStream?.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>
    /// Writes at most <paramref name="file"/>'s declared size from <paramref name="data"/>, hashing as it goes; more data
    /// than declared, or a different hash, refuses the bundle (the caller deletes the partial file with the folder).
    /// </summary>
    private static void WriteDeclared(Stream? data, string path, BundleFile file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        using (var output = StateFiles.CreateFile(path))
        {
            while (data is not null)
            {
                // One byte past the declared size is enough to know it is too long.
                var want = (int)Math.Min(buffer.Length, file.Size - size + 1);
                var n = data.Read(buffer, 0, want);
                if (n == 0) break;
                size += n;
                if (size > file.Size)
                {
                    throw new BundleException(BundleError.HashMismatch, $"bundle: {file.Name} is longer than the {file.Size} bytes the signed manifest says; stopped there");
                }
                hash.AppendData(buffer, 0, n);
                output.Write(buffer, 0, n);
            }
        }
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (actual != file.Sha256 || size != file.Size)
        {
            throw new BundleException(BundleError.HashMismatch, $"bundle: {file.Name} has sha256 {actual} ({size} bytes), the signed manifest says {file.Sha256} ({file.Size} bytes)");
        }
    }

    private static byte[] DecodeSignature(byte[] text)
    {
        try
        {
            return Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(text).Trim());
        }
        catch (FormatException)
        {
            throw new BundleException(BundleError.BadSignature, "bundle: manifest.sig is not base64");
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Staging leftovers are cleared with the staging folder; never let cleanup hide the real error.
        }
    }

    /// <summary>Checks the bundle's minimum agent version against <paramref name="agentVersion"/>.</summary>
    public void EnsureAgentVersion(string agentVersion)
    {
        if (BundleVersion.Compare(agentVersion, Manifest.MinAgentVersion) < 0)
        {
            throw new BundleException(BundleError.NotApplicable, $"bundle {Manifest.Id} {Manifest.Version} needs agent {Manifest.MinAgentVersion} or newer; this is {agentVersion}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => TryDelete(Folder);
}
