using System.Security.Cryptography;

namespace EdgeAgent.Models;

/// <summary>
/// Checks a model file against its manifest entry before ONNX Runtime sees it: present, readable and of the pinned
/// sha256 (streamed, the file is never held in memory). Keeps no state: the registry remembers the outcomes.
/// </summary>
public sealed class ModelVerifier
{
    /// <summary>A verifier of the files in <paramref name="modelDir"/>.</summary>
    public ModelVerifier(string modelDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelDir);
        ModelDir = Path.GetFullPath(modelDir);
    }

    /// <summary>The folder holding the .onnx files.</summary>
    public string ModelDir { get; }

    /// <summary>
    /// The entry's file as found: <see cref="ModelState.Verified"/> with its path, size and sha256, or why it cannot be
    /// used (missing, unreadable, unpinned, another sha256) with the command that fixes it.
    /// </summary>
    public ModelStatus Verify(ModelEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = Path.Combine(ModelDir, entry.File);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new ModelStatus(entry.Id, ModelState.Missing, $"file {path} is missing (run scripts/fetch-models.sh {entry.Id})") { FilePath = path };
        }
        string actual;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ModelStatus(entry.Id, ModelState.Missing, $"cannot read {path}: {ex.Message}") { FilePath = path };
        }
        var status = entry.Sha256.Length == 0
            ? new ModelStatus(entry.Id, ModelState.Unpinned, $"the manifest has no sha256 for {entry.File}; its sha256 is {actual}: check the model, then pin it")
            : actual != entry.Sha256
                ? new ModelStatus(entry.Id, ModelState.HashMismatch, $"sha256 of {path} is {actual}, the manifest expects {entry.Sha256} (truncated, corrupt or replaced file: run scripts/fetch-models.sh {entry.Id})")
                : new ModelStatus(entry.Id, ModelState.Verified, "");
        return status with { FilePath = path, Size = info.Length, ActualSha256 = actual };
    }
}
