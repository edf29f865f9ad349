namespace EdgeAgent.Models;

/// <summary>Where a model stands after verification or loading.</summary>
public enum ModelState
{
    /// <summary>Not checked yet.</summary>
    Unchecked,

    /// <summary>The file exists and its sha256 matches the manifest.</summary>
    Verified,

    /// <summary>Verified, and an ONNX Runtime session is open and matches the manifest.</summary>
    Loaded,

    /// <summary>The manifest entry itself is invalid.</summary>
    InvalidEntry,

    /// <summary>The file is not in the model folder.</summary>
    Missing,

    /// <summary>The manifest has no sha256 for the file, so it cannot be trusted.</summary>
    Unpinned,

    /// <summary>The file's sha256 differs from the manifest (corrupt, truncated or replaced).</summary>
    HashMismatch,

    /// <summary>ONNX Runtime cannot load the file, or the model's inputs/outputs/labels differ from the manifest.</summary>
    Rejected,
}

/// <summary>One model's state with the reason when it is not usable.</summary>
public sealed record ModelStatus(string Id, ModelState State, string Reason)
{
    /// <summary>The file checked, when known.</summary>
    public string? FilePath { get; init; }

    /// <summary>File size in bytes, or -1 when absent.</summary>
    public long Size { get; init; } = -1;

    /// <summary>The sha256 computed from the file, when it was read.</summary>
    public string? ActualSha256 { get; init; }

    /// <summary>True for a file that may be used (verified or loaded).</summary>
    public bool IsGood => State is ModelState.Verified or ModelState.Loaded;

    /// <inheritdoc />
    public override string ToString() => IsGood ? $"model {Id}: {State}" : $"model {Id}: {Reason}";
}
