namespace EdgeAgent.Outbox;

/// <summary>The outbox could not store or read events; the message names the file. Nothing already accepted is lost.</summary>
public sealed class OutboxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutboxException() { }

    /// <summary>Creates the exception with a message.</summary>
    public OutboxException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public OutboxException(string message, Exception inner) : base(message, inner) { }
}
