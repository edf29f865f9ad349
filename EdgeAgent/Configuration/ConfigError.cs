namespace EdgeAgent.Configuration;

/// <summary>One problem in a configuration document, located by its path (for example <c>cameras[1].url</c>).</summary>
public sealed record ConfigError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>Thrown when a configuration document has one or more problems; carries all of them.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the collected problems.</summary>
    public ConfigException(string source, IReadOnlyList<ConfigError> errors)
        : base($"{source}: {errors.Count} configuration problem(s):{Environment.NewLine}" +
               string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>Required by the exception pattern; prefer the constructor with errors.</summary>
    public ConfigException() : this("config", []) { }

    /// <summary>Required by the exception pattern; prefer the constructor with errors.</summary>
    public ConfigException(string message) : base(message) { Errors = []; }

    /// <summary>Required by the exception pattern; prefer the constructor with errors.</summary>
    public ConfigException(string message, Exception inner) : base(message, inner) { Errors = []; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }
}
