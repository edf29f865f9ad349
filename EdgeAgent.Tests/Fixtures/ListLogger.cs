using Microsoft.Extensions.Logging;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>A logger that keeps what was logged, so a test can check that something was said, and said once.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    /// <summary>Every entry: level, event id and formatted message.</summary>
    public List<(LogLevel Level, EventId Id, string Message)> Entries { get; } = [];

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (Entries) Entries.Add((logLevel, eventId, formatter(state, exception)));
    }
}
