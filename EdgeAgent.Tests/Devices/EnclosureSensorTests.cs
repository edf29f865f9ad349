using System.Device.I2c;
using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Devices;

public sealed class EnclosureSensorTests
{
    [TestCase(23.5, 1013.25, 45.0)]
    [TestCase(-12.0, 985.0, 90.0)]
    [TestCase(61.3, 1030.4, 8.5)]
    public void TryRead_SimulatedBme280_ReadsTheClimateBack(double celsius, double hpa, double humidity)
    {
        using var sensor = new EnclosureSensor(new SimulatedBme280(celsius, hpa, humidity));

        Assert.That(sensor.TryRead(out var r), Is.True);
        Assert.Multiple(() =>
        {
            // One raw step is about 0.005 °C, 0.2 Pa and 0.01 %rH with these calibration words.
            Assert.That(r.TemperatureC, Is.EqualTo(celsius).Within(0.01));
            Assert.That(r.PressureHpa, Is.EqualTo(hpa).Within(0.01));
            Assert.That(r.HumidityPercent, Is.EqualTo(humidity).Within(0.05));
        });
    }

    [Test]
    public void Open_SimulatedBme280_ConfiguresStandardOversamplingAndMeasuresInForcedMode()
    {
        var chip = new SimulatedBme280(20, 1000, 50);
        using var sensor = new EnclosureSensor(chip);
        sensor.TryRead(out _);

        Assert.Multiple(() =>
        {
            Assert.That(chip.Register(0xF4) >> 5, Is.EqualTo(3), "ctrl_meas osrs_t: x4 (standard)");
            Assert.That((chip.Register(0xF4) >> 2) & 0b111, Is.EqualTo(3), "ctrl_meas osrs_p: x4 (standard)");
            Assert.That(chip.Register(0xF2) & 0b111, Is.EqualTo(3), "ctrl_hum osrs_h: x4 (standard)");
            Assert.That(chip.ForcedMeasurements, Is.GreaterThanOrEqualTo(1), "a read starts a forced measurement");
        });
    }

    [Test]
    public void TryRead_ClimateChanges_FollowsIt()
    {
        var chip = new SimulatedBme280(20, 1000, 50);
        using var sensor = new EnclosureSensor(chip);
        chip.SetClimate(48.2, 1001.5, 71);

        Assert.That(sensor.TryRead(out var r), Is.True);
        Assert.That(r.TemperatureC, Is.EqualTo(48.2).Within(0.01));
    }

    [Test]
    public void TryRead_SensorUnpluggedAfterStart_ReturnsFalse()
    {
        var chip = new SimulatedBme280(20, 1000, 50);
        using var sensor = new EnclosureSensor(chip);
        chip.Unplugged = true;

        Assert.That(sensor.TryRead(out _), Is.False);
    }

    [Test]
    public void Open_OtherChipAnswers_Throws()
    {
        var chip = new SimulatedBme280(20, 1000, 50);
        // 0x58 is a BMP280's id: no humidity, so not the part the config asked for.
        chip.PokeChipId(0x58);
        Assert.Throws<IOException>(() => new EnclosureSensor(chip).Dispose());
    }

    [Test]
    public void DeviceParts_SensorUnplugged_WarnsOncePerOutage()
    {
        var chip = new SimulatedBme280(20, 1000, 50);
        var logger = new ListLogger<DeviceParts>();
        using var parts = new DeviceParts(new DevicesOptions { Bme280 = new Bme280Options { Bus = 1, Address = 0x76 } }, new FakeTimeProvider(), logger, i2cDevice: _ => chip);
        chip.Unplugged = true;
        for (var i = 0; i < 5; i++) Assert.That(parts.TryRead(out _), Is.False);
        chip.Unplugged = false;
        Assert.That(parts.TryRead(out var r), Is.True);

        Assert.That(r.TemperatureC, Is.EqualTo(20).Within(0.01));
        Assert.That(logger.Entries.Count(e => e.Level == LogLevel.Warning), Is.EqualTo(1));
    }
}
