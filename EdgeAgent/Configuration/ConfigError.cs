namespace EdgeAgent.Configuration;

/// <summary>One problem in a configuration document, located by its path (for example <c>cameras[1].url</c>).</summary>
public sealed record ConfigError(string Path, string Message)
{
    /// <summary>Line (1-based) of a problem in the YAML text itself (syntax, limits); 0 when it belongs to a key.</summary>
    public int Line { get; init; }

    /// <summary>Column (1-based) that goes with <see cref="Line"/>.</summary>
    public int Column { get; init; }

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{Line}:{Column}: {Message}" : Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>Thrown when a configuration document has one or more problems; carries all of them.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the collected problems.</summary>
    public ConfigException(string source, IReadOnlyList<ConfigError> errors)
        : base(errors is [{ Line: > 0 } located]
            // One problem in the text itself reads as compilers write it, so editors and terminals can jump to it.
            ? $"{source}:{located}"
            : $"{source}: {errors.Count} configuration problem(s):{Environment.NewLine}" +
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
