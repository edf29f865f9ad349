using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Device.I2c;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Devices;

/// <summary>
/// Opens the enclosure hardware the config names: tamper switch, status LED, BME280. A part that cannot be opened
/// (no such chip, no libgpiod, nothing on the bus) is logged once as absent and left out; the agent goes on without it.
/// The driver factories are parameters so tests put simulated parts behind the library's own abstractions.
/// </summary>
public sealed partial class DeviceParts : IEnclosureReader, IDisposable
{
    private readonly Dictionary<int, GpioController> _controllers = [];
    private readonly ILogger _logger;
    private bool _readFailed;

    /// <summary>Opens every configured part.</summary>
    public DeviceParts(DevicesOptions options, TimeProvider time, ILogger<DeviceParts> logger,
        Func<int, GpioDriver>? gpioDriver = null, Func<I2cConnectionSettings, I2cDevice>? i2cDevice = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        gpioDriver ??= static chip => new LibGpiodDriver(chip);
        i2cDevice ??= I2cDevice.Create;
        if (options.Tamper is { } t)
        {
            Tamper = Open("tamper switch", $"gpiochip{t.Chip} line {t.Pin}",
                () => new TamperSwitch(Controller(t.Chip, gpioDriver), t.Pin, t.ActiveLow, t.Debounce, time));
        }
        if (options.Led is { } l)
        {
            Led = Open("status LED", $"gpiochip{l.Chip} line {l.Pin}", () => new StatusLed(Controller(l.Chip, gpioDriver), l.Pin, time));
        }
        if (options.Bme280 is { } b)
        {
            Enclosure = Open("BME280 enclosure sensor", $"i2c-{b.Bus} address 0x{b.Address:x2}", () =>
            {
                var device = i2cDevice(new I2cConnectionSettings(b.Bus, b.Address));
                try
                {
                    return new EnclosureSensor(device);
                }
                catch
                {
                    device.Dispose();
                    throw;
                }
            });
        }
    }

    /// <summary>The tamper switch, or null when not configured or absent.</summary>
    public TamperSwitch? Tamper { get; }

    /// <summary>The status LED, or null when not configured or absent.</summary>
    public StatusLed? Led { get; }

    /// <summary>The climate sensor, or null when not configured or absent.</summary>
    public EnclosureSensor? Enclosure { get; }

    /// <inheritdoc />
    public bool TryRead(out EnclosureReading reading)
    {
        reading = default;
        if (Enclosure is null) return false;
        if (Enclosure.TryRead(out reading))
        {
            _readFailed = false;
            return true;
        }
        // One warning per outage, not one per health sample.
        if (!_readFailed) LogReadFailed(_logger);
        _readFailed = true;
        return false;
    }

    private GpioController Controller(int chip, Func<int, GpioDriver> driver)
    {
        if (!_controllers.TryGetValue(chip, out var controller))
        {
            controller = new GpioController(driver(chip));
            _controllers[chip] = controller;
        }
        return controller;
    }

    private T? Open<T>(string part, string where, Func<T> open) where T : class
    {
        try
        {
            var opened = open();
            LogOpened(_logger, part, where);
            return opened;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException
                                       or DllNotFoundException or EntryPointNotFoundException or InvalidOperationException
                                       or ArgumentException or TypeInitializationException or System.ComponentModel.Win32Exception)
        {
            LogAbsent(_logger, part, where, ex.Message);
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Tamper?.Dispose();
        Led?.Dispose();
        Enclosure?.Dispose();
        foreach (var c in _controllers.Values) c.Dispose();
        _controllers.Clear();
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "{Part} on {Where} opened")]
    private static partial void LogOpened(ILogger logger, string part, string where);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "{Part} on {Where} is absent ({Reason}); going on without it")]
    private static partial void LogAbsent(ILogger logger, string part, string where, string reason);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "enclosure sensor read failed; health reports go without it until it answers again")]
    private static partial void LogReadFailed(ILogger logger);
}
