namespace EdgeAgent.Hosting;

/// <summary>Choices the command line makes about how the host runs (not part of the device config).</summary>
public sealed record AgentHostSettings
{
    /// <summary>Print every event as a JSON line on stdout.</summary>
    public bool PrintEvents { get; init; }

    /// <summary>Where printed events go (stdout when null).</summary>
    public TextWriter? EventOutput { get; init; }

    /// <summary>The GPIO bus per chip number (libgpiod when null); tests pass a simulated one, as dotnet/iot's do.</summary>
    public Func<int, System.Device.Gpio.GpioDriver>? GpioDriver { get; init; }

    /// <summary>How long the dispatcher retries a refusing sink before the agent exits with code 1.</summary>
    public EventDispatcherSettings Dispatcher { get; init; } = new();
}
