namespace EdgeAgent.Devices;

/// <summary>
/// A repeating blink pattern: alternating on and off durations starting with on. A pattern with one step is steady.
/// The table is what a technician's card documents, so it lives in one place.
/// </summary>
public sealed record LedPattern(string Name, TimeSpan[] Steps)
{
    /// <summary>Fast even blink: the agent is starting.</summary>
    public static readonly LedPattern Booting = new("booting", [Ms(100), Ms(100)]);

    /// <summary>A short heartbeat every two seconds: all well.</summary>
    public static readonly LedPattern Running = new("running", [Ms(100), Ms(1900)]);

    /// <summary>Two blinks and a pause: the broker is unreachable.</summary>
    public static readonly LedPattern BrokerDown = new("broker_down", [Ms(300), Ms(300), Ms(300), Ms(1100)]);

    /// <summary>Three blinks and a pause: a camera is down.</summary>
    public static readonly LedPattern CameraDown = new("camera_down", [Ms(300), Ms(300), Ms(300), Ms(300), Ms(300), Ms(1100)]);

    /// <summary>Steady on: the enclosure is open.</summary>
    public static readonly LedPattern Tamper = new("tamper", [TimeSpan.Zero]);

    /// <summary>
    /// The pattern for a set of conditions. Tamper first (the person at the box should see that it was noticed), then
    /// booting (nothing else is known yet), then a camera down (fixable at the pole), then the broker (usually not).
    /// </summary>
    public static LedPattern For(LedCondition conditions) => conditions switch
    {
        _ when conditions.HasFlag(LedCondition.Tamper) => Tamper,
        _ when conditions.HasFlag(LedCondition.Booting) => Booting,
        _ when conditions.HasFlag(LedCondition.CameraDown) => CameraDown,
        _ when conditions.HasFlag(LedCondition.BrokerDown) => BrokerDown,
        _ => Running,
    };

    /// <summary>True for a pattern that does not blink.</summary>
    public bool IsSteady => Steps.Length == 1;

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);
}
