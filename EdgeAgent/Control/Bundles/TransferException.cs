namespace EdgeAgent.Control.Bundles;

/// <summary>A chunk or transfer request refused, with the reply code (malformed, conflict, no_space, unknown_transfer, hash_mismatch).</summary>
public sealed class TransferException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransferException(string code, string message) : base(message) => Code = code;

    /// <summary>Required by the exception pattern.</summary>
    public TransferException() : this("malformed", "transfer refused") { }

    /// <summary>Required by the exception pattern.</summary>
    public TransferException(string message) : this("malformed", message) { }

    /// <summary>Required by the exception pattern.</summary>
    public TransferException(string message, Exception inner) : base(message, inner) => Code = "malformed";

    /// <summary>The reply code.</summary>
    public string Code { get; }
}
