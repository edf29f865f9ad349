using EdgeAgent.Configuration;

namespace EdgeAgent.Tests.Configuration;

public sealed class DeviceHealthOptionsTests
{
    [Test]
    public void Parse_HealthAndDevices_ReadsEveryField()
    {
        var o = ConfigLoader.Parse("""
            health:
              interval: 15s
              overheat_celsius: 85
              overheat_clear_celsius: 78
              disk_free_min_percent: 5
              disk_free_clear_percent: 8
              camera_down_after: 2m
            devices:
              tamper: {chip: 0, pin: 17, active_low: false, debounce: 30ms}
              led: {chip: 1, pin: 27}
              bme280: {bus: 3, address: 0x77}
            """, "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(o.Health, Is.EqualTo(new HealthOptions
            {
                Interval = TimeSpan.FromSeconds(15), OverheatCelsius = 85, OverheatClearCelsius = 78,
                DiskFreeMinPercent = 5, DiskFreeClearPercent = 8, CameraDownAfter = TimeSpan.FromMinutes(2),
            }));
            Assert.That(o.Devices.Tamper, Is.EqualTo(new TamperOptions { Chip = 0, Pin = 17, ActiveLow = false, Debounce = TimeSpan.FromMilliseconds(30) }));
            Assert.That(o.Devices.Led, Is.EqualTo(new LedOptions { Chip = 1, Pin = 27 }));
            Assert.That(o.Devices.Bme280, Is.EqualTo(new Bme280Options { Bus = 3, Address = 0x77 }));
        });
    }

    [Test]
    public void Parse_NoSections_DefaultsAndNoHardware()
    {
        var o = ConfigLoader.Parse("device: {id: d1}\n", "t.yaml");

        Assert.That(o.Health.Interval, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(o.Devices.Tamper ?? o.Devices.Led ?? (object?)o.Devices.Bme280, Is.Null);
    }

    [Test]
    public void Parse_BadValues_ReportsEachWithItsPath()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("""
            health:
              disk_free_min_percent: 20
              disk_free_clear_percent: 10
              interval: 0s
            devices:
              bme280: {address: 0x99}
              tamper: {pin: x, bounce: 10ms}
            """, "t.yaml"))!;

        Assert.That(ex.Errors.Select(e => e.ToString()), Is.EquivalentTo(new[]
        {
            "health.interval: 0s is out of range 00:00:01..01:00:00",
            "health.disk_free_clear_percent: must be above disk_free_min_percent (20) so the condition cannot flap",
            "devices.bme280.address: '0x99' is not a 7-bit I2C address (for a BME280: 0x76 or 0x77)",
            "devices.tamper.pin: 'x' is not a whole number",
            "devices.tamper.bounce: unknown key",
        }));
    }
}
