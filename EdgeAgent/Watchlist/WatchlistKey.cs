using System.Security.Cryptography;
using System.Text;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control;

namespace EdgeAgent.Watchlist;

/// <summary>
/// The per-fleet secret that keys watchlist hashes and the watchlist database's password. Held outside the config:
/// a SecretRef (env/file) or <c>{state_dir}/watchlist.key</c> (base64, mode 0600). Anyone holding the key can test
/// guesses against the hashes, so the key file must be as protected as the device's other credentials.
/// </summary>
public sealed class WatchlistKey
{
    /// <summary>Smallest key accepted, in bytes.</summary>
    public const int MinBytes = 32;

    private readonly byte[] _key;

    /// <summary>Wraps key bytes (at least <see cref="MinBytes"/>).</summary>
    public WatchlistKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinBytes) throw new ArgumentException($"watchlist key must be at least {MinBytes} bytes, got {key.Length}", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>Where the key is looked for when the config names no SecretRef.</summary>
    public static string PathIn(string stateDir) => Path.Combine(stateDir, "watchlist.key");

    /// <summary>Password of the encrypted watchlist database, derived so the key is the only secret to provision.</summary>
    public string DatabasePassword => Convert.ToHexStringLower(Mac("edgeagent/watchlist-db/v1"u8));

    /// <summary>
    /// Loads the key from <paramref name="secret"/> when given, else from the key file in <paramref name="stateDir"/>,
    /// creating a random one there (mode 0600) when <paramref name="create"/> is true. A key file others can read is
    /// refused with the chmod to run.
    /// </summary>
    public static WatchlistKey Load(string stateDir, SecretRef? secret, bool create)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDir);
        if (secret is not null) return Parse(secret.Resolve(), secret.ToString());
        var path = PathIn(stateDir);
        if (!File.Exists(path))
        {
            if (!create) throw new FileNotFoundException($"watchlist key {path} does not exist; add an entry (which creates it) or provision the fleet key (watchlist.key in the config)", path);
            StateFiles.CreateDirectory(stateDir);
            var bytes = RandomNumberGenerator.GetBytes(MinBytes);
            // Written whole beside it, then moved in without overwriting: two processes creating the key at once (the
            // agent's watchlist.sync and a technician's CLI) end with one key, and neither reads a half-written file.
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            using (var file = StateFiles.CreateFile(temp))
            {
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes) + "\n"));
                file.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(temp, path, overwrite: false);
                return new WatchlistKey(bytes);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp);
            }
        }
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
            {
                throw new UnauthorizedAccessException($"watchlist key {path} is readable or writable by other users; run: chmod 600 {path}");
            }
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>HMAC-SHA256 of a kind-tagged value, hex: the stored form of a watchlist entry.</summary>
    /// <param name="kind">Entry kind (<c>plate</c>), so equal strings of different kinds never share a hash.</param>
    /// <param name="value">Normalised value.</param>
    public string Hash(string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(kind.Length + value.Length + 1)];
        var n = Encoding.UTF8.GetBytes(kind, input);
        input[n++] = (byte)'\n';
        n += Encoding.UTF8.GetBytes(value, input[n..]);
        return Convert.ToHexStringLower(Mac(input[..n]));
    }

    private byte[] Mac(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_key, data);

    private static WatchlistKey Parse(string text, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"watchlist key from {source} is not base64", ex);
        }
        if (bytes.Length < MinBytes) throw new InvalidOperationException($"watchlist key from {source} has {bytes.Length} bytes; at least {MinBytes} are needed");
        return new WatchlistKey(bytes);
    }
}
