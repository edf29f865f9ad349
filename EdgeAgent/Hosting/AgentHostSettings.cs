namespace EdgeAgent.Hosting;

/// <summary>Choices the command line makes about how the host runs (not part of the device config).</summary>
public sealed record AgentHostSettings
{
    /// <summary>Print every event as a JSON line on stdout.</summary>
    public bool PrintEvents { get; init; }

    /// <summary>Where printed events go (stdout when null).</summary>
    public TextWriter? EventOutput { get; init; }
}
