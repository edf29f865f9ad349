namespace EdgeAgent.Devices;

/// <summary>States the status LED can show; several may hold at once and the LED shows the most urgent.</summary>
[Flags]
public enum LedCondition
{
    /// <summary>Nothing wrong: the agent is running.</summary>
    None = 0,

    /// <summary>Starting up: the first health sample has not been taken.</summary>
    Booting = 1,

    /// <summary>The MQTT broker is unreachable (events queue in the outbox).</summary>
    BrokerDown = 2,

    /// <summary>At least one camera has had no frames for the configured time.</summary>
    CameraDown = 4,

    /// <summary>The tamper switch is in its tampered position.</summary>
    Tamper = 8,
}
