namespace EdgeAgent.Control.Bundles;

/// <summary>Why a bundle was refused; the code goes on the command reply.</summary>
public enum BundleError
{
    /// <summary>Not a bundle, or its manifest or layout is wrong.</summary>
    Malformed,

    /// <summary>The signature does not verify with the pinned key (or there is no pinned key).</summary>
    BadSignature,

    /// <summary>A file's sha256 or size differs from the signed manifest, or a file is missing or extra.</summary>
    HashMismatch,

    /// <summary>The version is not newer than the installed one.</summary>
    Replay,

    /// <summary>The bundle needs a newer agent, or is of the wrong kind or target for this use.</summary>
    NotApplicable,
}

/// <summary>A bundle refused, with the reason in words and as a <see cref="BundleError"/>.</summary>
public sealed class BundleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BundleException(BundleError error, string message) : base(message) => Error = error;

    /// <summary>Required by the exception pattern.</summary>
    public BundleException() : this(BundleError.Malformed, "bundle refused") { }

    /// <summary>Required by the exception pattern.</summary>
    public BundleException(string message) : this(BundleError.Malformed, message) { }

    /// <summary>Required by the exception pattern.</summary>
    public BundleException(string message, Exception inner) : base(message, inner) => Error = BundleError.Malformed;

    /// <summary>Why.</summary>
    public BundleError Error { get; }

    /// <summary>The reply code: malformed, bad_signature, hash_mismatch, replay, not_applicable.</summary>
    public string Code => Error switch
    {
        BundleError.BadSignature => "bad_signature",
        BundleError.HashMismatch => "hash_mismatch",
        BundleError.Replay => "replay",
        BundleError.NotApplicable => "not_applicable",
        _ => "malformed",
    };
}
