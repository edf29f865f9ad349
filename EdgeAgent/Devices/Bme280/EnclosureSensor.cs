using System.Device.I2c;
using EdgeAgent.Diagnostics;
using Iot.Device.Bmxx80;

namespace EdgeAgent.Devices;

/// <summary>
/// The enclosure's climate sensor: a Bosch BME280 read through the Iot.Device.Bmxx80 binding (forced mode, one
/// measurement per read). Heat and damp inside the box come before failures, so they go into every health report.
/// </summary>
public sealed class EnclosureSensor : IEnclosureReader, IDisposable
{
    private readonly Iot.Device.Bmxx80.Bme280 _bme;

    /// <summary>Opens the sensor on <paramref name="device"/>; throws <see cref="IOException"/> when no BME280 answers.</summary>
    public EnclosureSensor(I2cDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        _bme = new Iot.Device.Bmxx80.Bme280(device)
        {
            // Standard oversampling: noise well below what matters for an enclosure, a read takes about 20 ms.
            TemperatureSampling = Sampling.Standard,
            PressureSampling = Sampling.Standard,
            HumiditySampling = Sampling.Standard,
        };
    }

    /// <summary>Reads temperature, humidity and pressure; false when the bus or the sensor failed.</summary>
    public bool TryRead(out EnclosureReading reading)
    {
        try
        {
            var r = _bme.Read();
            reading = new EnclosureReading(r.Temperature?.DegreesCelsius, r.Humidity?.Percent, r.Pressure?.Hectopascals);
            return reading.TemperatureC is not null || reading.HumidityPercent is not null || reading.PressureHpa is not null;
        }
        catch (IOException)
        {
            reading = default;
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _bme.Dispose();
}
