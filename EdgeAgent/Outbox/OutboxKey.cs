using System.Security.Cryptography;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control;

namespace EdgeAgent.Outbox;

/// <summary>
/// The outbox's encryption password: from a secret reference when configured, otherwise a random key kept in the state
/// folder, created on first start readable by the agent's user only. Never from the YAML, which travels in support bundles.
/// </summary>
public static class OutboxKey
{
    /// <summary>File name of the generated key in the state folder.</summary>
    public const string FileName = "outbox.key";

    /// <summary>Resolves the configured secret, or reads (creating if needed) <c>{stateDir}/outbox.key</c>.</summary>
    public static string LoadOrCreate(string stateDir, SecretRef? secret)
    {
        if (secret is not null)
        {
            var value = secret.Resolve();
            if (value.Length < 8) throw new OutboxException($"outbox.password ({secret}): the secret is shorter than 8 characters");
            return value;
        }
        var path = Path.Combine(stateDir, FileName);
        try
        {
            StateFiles.CreateDirectory(stateDir);
            if (File.Exists(path)) return ReadKey(path);
            var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            try
            {
                using var stream = StateFiles.CreateFile(path, FileMode.CreateNew);
                using var writer = new StreamWriter(stream);
                writer.Write(key);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it between our check and our create: use theirs.
                return ReadKey(path);
            }
            return key;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutboxException($"outbox key {path}: {ex.Message}", ex);
        }
    }

    private static string ReadKey(string path)
    {
        var key = File.ReadAllText(path).Trim();
        if (key.Length < 8) throw new OutboxException($"outbox key {path} is empty or truncated; restore it from backup (without it the outbox cannot be read)");
        return key;
    }
}
