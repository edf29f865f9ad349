using System.Device.Gpio;

namespace EdgeAgent.Devices;

/// <summary>
/// Drives the status LED on a GPIO output: <see cref="Show"/> picks the pattern for the current conditions and a
/// <see cref="TimeProvider"/> timer steps through it. Changing to the pattern already shown does not restart it.
/// </summary>
public sealed class StatusLed : IDisposable
{
    private readonly GpioController _gpio;
    private readonly int _pin;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private LedPattern? _pattern;
    private int _step;
    private bool _disposed;

    /// <summary>Opens <paramref name="pin"/> as an output, LED off.</summary>
    public StatusLed(GpioController gpio, int pin, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(gpio);
        ArgumentNullException.ThrowIfNull(time);
        _gpio = gpio;
        _pin = pin;
        gpio.OpenPin(pin, PinMode.Output, PinValue.Low);
        _timer = time.CreateTimer(static s => ((StatusLed)s!).Advance(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The pattern being shown, or null before the first <see cref="Show"/>.</summary>
    public LedPattern? Pattern
    {
        get
        {
            lock (_lock) return _pattern;
        }
    }

    /// <summary>Shows the most urgent of <paramref name="conditions"/>.</summary>
    public void Show(LedCondition conditions)
    {
        var pattern = LedPattern.For(conditions);
        lock (_lock)
        {
            if (_disposed || ReferenceEquals(pattern, _pattern)) return;
            _pattern = pattern;
            _step = 0;
            Apply();
        }
    }

    private void Advance()
    {
        lock (_lock)
        {
            if (_disposed || _pattern is null || _pattern.IsSteady) return;
            _step = (_step + 1) % _pattern.Steps.Length;
            Apply();
        }
    }

    private void Apply()
    {
        var pattern = _pattern!;
        // Even steps are on, odd steps off.
        _gpio.Write(_pin, _step % 2 == 0 ? PinValue.High : PinValue.Low);
        _timer.Change(pattern.IsSteady ? Timeout.InfiniteTimeSpan : pattern.Steps[_step], Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _timer.Dispose();
        _gpio.Write(_pin, PinValue.Low);
        _gpio.ClosePin(_pin);
    }
}
