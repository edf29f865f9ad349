namespace EdgeAgent.Events;

/// <summary>Prints each accepted event as one JSON line (the CLI form: pixels and frame numbers).</summary>
public sealed class ConsoleEventSink : IEventSink
{
    private readonly TextWriter _output;

    /// <summary>Prints to <paramref name="output"/>.</summary>
    public ConsoleEventSink(TextWriter output) => _output = output;

    /// <inheritdoc />
    public async ValueTask AcceptAsync(AgentEvent agentEvent, CancellationToken cancellationToken)
    {
        await _output.WriteLineAsync(EventJson.ToCliLine(agentEvent).AsMemory(), cancellationToken);
        await _output.FlushAsync(cancellationToken);
    }
}
