using System.Security.Cryptography;
using EdgeAgent.Common;

namespace EdgeAgent.Control.Bundles;

/// <summary>
/// Maintainer update-signing keys: ECDSA P-256, private key as PKCS#8 PEM (mode 0600), public key as SubjectPublicKeyInfo
/// PEM. Devices pin the public key in <c>{state_dir}/keys/update-signing.pub</c>.
/// </summary>
public static class SigningKeys
{
    /// <summary>File name of the private key written by <see cref="Generate"/>.</summary>
    public const string PrivateFile = "update-signing.key";

    /// <summary>File name of the public key, on the maintainer's machine and on the device.</summary>
    public const string PublicFile = SigningKeyFiles.PublicFile;

    /// <summary>Where a device keeps its pinned update-signing key.</summary>
    public static string PinnedPath(string stateDir) => SigningKeyFiles.PinnedPath(stateDir);

    /// <summary>Creates a key pair in <paramref name="dir"/>; refuses to overwrite an existing private key.</summary>
    public static (string PrivatePath, string PublicPath) Generate(string dir)
    {
        Directory.CreateDirectory(dir);
        var priv = Path.Combine(dir, PrivateFile);
        var pub = Path.Combine(dir, PublicFile);
        if (File.Exists(priv)) throw new IOException($"{priv} exists; move it away first (a lost signing key cannot be recovered, an overwritten one neither)");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        WriteSecret(priv, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(pub, key.ExportSubjectPublicKeyInfoPem() + "\n");
        return (priv, pub);
    }

    /// <summary>Writes <paramref name="text"/> to a new file readable by its owner only (0600 from creation, never wider).</summary>
    public static void WriteSecret(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
            if (!text.EndsWith('\n')) writer.Write('\n');
        }
        // A file that already existed keeps its old mode through FileMode.Create: narrow it explicitly.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>Loads a P-256 key (private or public) from a PEM file; throws naming the file when it is not one.</summary>
    public static ECDsa Load(string path)
    {
        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BundleException(BundleError.BadSignature, $"key {path}: cannot read: {ex.Message}");
        }
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256) throw new BundleException(BundleError.BadSignature, $"key {path}: not a P-256 key ({key.KeySize} bits)");
            return key;
        }
        catch (ArgumentException ex)
        {
            key.Dispose();
            throw new BundleException(BundleError.BadSignature, $"key {path}: not a PEM EC key: {ex.Message}");
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new BundleException(BundleError.BadSignature, $"key {path}: not a PEM EC key: {ex.Message}");
        }
    }
}
