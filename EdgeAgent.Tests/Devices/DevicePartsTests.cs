using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Devices;

public sealed class DevicePartsTests
{
    private static readonly DevicesOptions AllParts = new()
    {
        Tamper = new TamperOptions { Chip = 0, Pin = 17 },
        Led = new LedOptions { Chip = 0, Pin = 27 },
        Bme280 = new Bme280Options { Bus = 1, Address = 0x76 },
    };

    [Test]
    public void Open_MachineWithoutTheHardware_LogsEachPartAbsentOnceAndGoesOn()
    {
        if (File.Exists("/dev/gpiochip0") || File.Exists("/dev/i2c-1"))
        {
            Assert.Ignore("this machine has a GPIO chip or an I2C bus; the test needs one without");
        }
        var logger = new ListLogger<DeviceParts>();

        // The real drivers: libgpiod on /dev/gpiochip0, the kernel's /dev/i2c-1.
        using var parts = new DeviceParts(AllParts, TimeProvider.System, logger);

        Assert.Multiple(() =>
        {
            Assert.That(parts.Tamper, Is.Null);
            Assert.That(parts.Led, Is.Null);
            Assert.That(parts.Enclosure, Is.Null);
            Assert.That(parts.TryRead(out _), Is.False);
        });
        var absent = logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.That(absent, Has.Count.EqualTo(3), string.Join("\n", absent));
        Assert.That(absent, Has.One.StartsWith("tamper switch on gpiochip0 line 17 is absent"));
        Assert.That(absent, Has.One.StartsWith("status LED on gpiochip0 line 27 is absent"));
        Assert.That(absent, Has.One.StartsWith("BME280 enclosure sensor on i2c-1 address 0x76 is absent"));
    }

    [Test]
    public void Open_SimulatedBoard_OpensEveryPartOnOneController()
    {
        var time = new FakeTimeProvider();
        var drivers = 0;
        var driver = new SimulatedGpioDriver(time);
        using var parts = new DeviceParts(AllParts, time, new ListLogger<DeviceParts>(), _ =>
        {
            drivers++;
            return driver;
        }, _ => new SimulatedBme280(25, 1010, 40));

        Assert.Multiple(() =>
        {
            Assert.That(parts.Tamper, Is.Not.Null);
            Assert.That(parts.Led, Is.Not.Null);
            Assert.That(parts.Enclosure, Is.Not.Null);
            Assert.That(drivers, Is.EqualTo(1), "switch and LED on the same chip share one controller");
            Assert.That(parts.TryRead(out var r) && Math.Abs(r.TemperatureC!.Value - 25) < 0.01, Is.True);
        });
    }

    [Test]
    public void Open_NothingConfigured_OpensNothingAndSaysNothing()
    {
        var logger = new ListLogger<DeviceParts>();
        using var parts = new DeviceParts(new DevicesOptions(), TimeProvider.System, logger);

        Assert.That(parts.Tamper ?? parts.Led ?? (object?)parts.Enclosure, Is.Null);
        Assert.That(logger.Entries, Is.Empty);
    }
}
