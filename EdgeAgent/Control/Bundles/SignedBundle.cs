using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace EdgeAgent.Control.Bundles;

/// <summary>
/// A signed bundle: a tar.gz holding <c>manifest.json</c>, <c>manifest.sig</c> (base64 ECDSA P-256/SHA-256 signature of the
/// manifest bytes, IEEE P1363 form) and the files under <c>files/</c>. <see cref="Open"/> extracts into a staging folder
/// and checks, in order, the layout, the signature against the pinned key, then every file's size and sha256; only a
/// bundle that passes all three is returned.
/// </summary>
public sealed class SignedBundle : IDisposable
{
    /// <summary>Largest bundle accepted (sum of file sizes): a model plus samples, with room.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

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
    /// </summary>
    public static SignedBundle Open(Stream tarGz, ECDsa pinnedKey, string stagingRoot)
    {
        ArgumentNullException.ThrowIfNull(tarGz);
        ArgumentNullException.ThrowIfNull(pinnedKey);
        var dir = Path.Combine(stagingRoot, "bundle-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        try
        {
            var (manifestBytes, signature, present) = Extract(tarGz, dir);
            if (manifestBytes is null) throw new BundleException(BundleError.Malformed, $"bundle: no {ManifestName}");
            if (signature is null) throw new BundleException(BundleError.BadSignature, $"bundle: no {SignatureName} (unsigned bundles are refused)");
            // Signature before anything the manifest says is trusted: an unsigned manifest may lie about anything.
            if (!pinnedKey.VerifyData(manifestBytes, signature, HashAlgorithmName.SHA256))
            {
                throw new BundleException(BundleError.BadSignature, "bundle: the signature does not verify with the pinned update-signing key (signed by another key, or the manifest was altered)");
            }
            var manifest = BundleManifest.Parse(manifestBytes);
            foreach (var f in manifest.Files)
            {
                var path = Path.Combine(dir, f.Name);
                if (!present.Remove(f.Name)) throw new BundleException(BundleError.HashMismatch, $"bundle: {f.Name} is listed in the manifest but missing");
                string actual;
                long size;
                using (var s = File.OpenRead(path))
                {
                    size = s.Length;
                    actual = Convert.ToHexStringLower(SHA256.HashData(s));
                }
                if (actual != f.Sha256 || (f.Size >= 0 && size != f.Size))
                {
                    throw new BundleException(BundleError.HashMismatch, $"bundle: {f.Name} has sha256 {actual} ({size} bytes), the signed manifest says {f.Sha256} ({f.Size} bytes)");
                }
            }
            if (present.Count > 0) throw new BundleException(BundleError.HashMismatch, $"bundle: {string.Join(", ", present)} not listed in the signed manifest");
            return new SignedBundle(manifest, dir);
        }
        catch
        {
            TryDelete(dir);
            throw;
        }
    }

    private static (byte[]? Manifest, byte[]? Signature, HashSet<string> Files) Extract(Stream tarGz, string dir)
    {
        byte[]? manifest = null;
        byte[]? signature = null;
        var files = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
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
                total += entry.Length;
                if (total > MaxBytes) throw new BundleException(BundleError.Malformed, $"bundle: larger than {MaxBytes / (1024 * 1024)} MiB");
                if (entry.Name == ManifestName || entry.Name == SignatureName)
                {
                    if (entry.Length > 1 << 20) throw new BundleException(BundleError.Malformed, $"bundle: {entry.Name} is too large");
                    using var ms = new MemoryStream();
                    entry.DataStream?.CopyTo(ms);
                    if (entry.Name == ManifestName) manifest = ms.ToArray();
                    else signature = DecodeSignature(ms.ToArray());
                    continue;
                }
                var name = entry.Name.StartsWith(FilesPrefix, StringComparison.Ordinal) ? entry.Name[FilesPrefix.Length..] : "";
                if (!BundleManifest.IsSafeName(name)) throw new BundleException(BundleError.Malformed, $"bundle: unexpected entry '{entry.Name}'");
                if (!files.Add(name)) throw new BundleException(BundleError.Malformed, $"bundle: {name} appears twice");
                using var output = File.Create(Path.Combine(dir, name));
                entry.DataStream?.CopyTo(output);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or IOException and not FileNotFoundException)
        {
            throw new BundleException(BundleError.Malformed, $"bundle: not a readable tar.gz: {ex.Message}");
        }
        return (manifest, signature, files);
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
