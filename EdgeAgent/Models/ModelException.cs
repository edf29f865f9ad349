namespace EdgeAgent.Models;

/// <summary>A model that cannot be used: the message names the model and the reason.</summary>
public sealed class ModelException : Exception
{
    /// <summary>Creates the exception for model <paramref name="modelId"/>.</summary>
    public ModelException(string modelId, string reason, Exception? inner = null)
        : base($"model {modelId}: {reason}", inner)
    {
        ModelId = modelId;
        Reason = reason;
    }

    /// <summary>Required by the exception pattern; prefer the constructor with a model id.</summary>
    public ModelException() : this("?", "unknown problem") { }

    /// <summary>Required by the exception pattern; prefer the constructor with a model id.</summary>
    public ModelException(string message) : this("?", message) { }

    /// <summary>Required by the exception pattern; prefer the constructor with a model id.</summary>
    public ModelException(string message, Exception inner) : this("?", message, inner) { }

    /// <summary>The model's id from the manifest.</summary>
    public string ModelId { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }
}
