namespace EdgeAgent.Configuration;

/// <summary>Health telemetry: how often it is sampled and the thresholds that raise <c>device</c> events.</summary>
public sealed record HealthOptions
{
    /// <summary>Time between two health reports.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CPU temperature (°C) at which overheating starts.</summary>
    public double OverheatCelsius { get; init; } = 80;

    /// <summary>CPU temperature (°C) below which overheating ends; lower than the start so a value near it does not flap.</summary>
    public double OverheatClearCelsius { get; init; } = 75;

    /// <summary>Free space of the state folder, in percent, below which the disk is nearly full.</summary>
    public double DiskFreeMinPercent { get; init; } = 10;

    /// <summary>Free space, in percent, the disk must regain before the condition ends.</summary>
    public double DiskFreeClearPercent { get; init; } = 15;

    /// <summary>A camera without frames for this long is reported down.</summary>
    public TimeSpan CameraDownAfter { get; init; } = TimeSpan.FromMinutes(5);

    internal static HealthOptions Read(ConfigMap m)
    {
        var o = new HealthOptions
        {
            Interval = m.Duration("interval", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)),
            OverheatCelsius = m.Number("overheat_celsius", 80, 30, 150),
            OverheatClearCelsius = m.Number("overheat_clear_celsius", 75, 20, 150),
            DiskFreeMinPercent = m.Number("disk_free_min_percent", 10, 0, 100),
            DiskFreeClearPercent = m.Number("disk_free_clear_percent", 15, 0, 100),
            CameraDownAfter = m.Duration("camera_down_after", TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), TimeSpan.FromDays(1)),
        };
        if (o.OverheatClearCelsius >= o.OverheatCelsius)
        {
            m.Error("overheat_clear_celsius", $"must be below overheat_celsius ({o.OverheatCelsius}) so the condition cannot flap");
        }
        if (o.DiskFreeClearPercent <= o.DiskFreeMinPercent)
        {
            m.Error("disk_free_clear_percent", $"must be above disk_free_min_percent ({o.DiskFreeMinPercent}) so the condition cannot flap");
        }
        return o;
    }
}
