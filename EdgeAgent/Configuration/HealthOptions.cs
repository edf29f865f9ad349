namespace EdgeAgent.Configuration;

/// <summary>Health telemetry: how often it is sampled and the thresholds that raise <c>device</c> events.</summary>
public sealed record HealthOptions
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    public double OverheatCelsius { get; init; } = 80;

    public double OverheatClearCelsius { get; init; } = 75;

    public double DiskFreeMinPercent { get; init; } = 10;

    public double DiskFreeClearPercent { get; init; } = 15;

    public TimeSpan CameraDownAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The <c>health:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<HealthOptions> Table = new OptionTable<HealthOptions>("Health telemetry: how often it is sampled and the thresholds that raise device events.")
        .Duration("interval", o => o.Interval, (o, v) => o with { Interval = v }, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), "Time between two health reports.")
        .Number("overheat_celsius", o => o.OverheatCelsius, (o, v) => o with { OverheatCelsius = v }, 30, 150, "CPU temperature (°C) at which overheating starts.")
        .Number("overheat_clear_celsius", o => o.OverheatClearCelsius, (o, v) => o with { OverheatClearCelsius = v }, 20, 150, "CPU temperature (°C) below which overheating ends; lower than the start so a value near it does not flap.")
        .Number("disk_free_min_percent", o => o.DiskFreeMinPercent, (o, v) => o with { DiskFreeMinPercent = v }, 0, 100, "Free space of the state folder, in percent, below which the disk is nearly full.")
        .Number("disk_free_clear_percent", o => o.DiskFreeClearPercent, (o, v) => o with { DiskFreeClearPercent = v }, 0, 100, "Free space, in percent, the disk must regain before the condition ends.")
        .Duration("camera_down_after", o => o.CameraDownAfter, (o, v) => o with { CameraDownAfter = v }, TimeSpan.FromSeconds(10), TimeSpan.FromDays(1), "A camera without frames for this long is reported down.")
        .Check(static (m, o) =>
        {
            if (o.OverheatClearCelsius >= o.OverheatCelsius)
            {
                m.Error("overheat_clear_celsius", $"must be below overheat_celsius ({o.OverheatCelsius}) so the condition cannot flap");
            }
            if (o.DiskFreeClearPercent <= o.DiskFreeMinPercent)
            {
                m.Error("disk_free_clear_percent", $"must be above disk_free_min_percent ({o.DiskFreeMinPercent}) so the condition cannot flap");
            }
            return o;
        });
}
