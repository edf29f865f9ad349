using System.Device.Gpio;

namespace EdgeAgent.Devices;

/// <summary>
/// The enclosure's tamper (lid) switch on a GPIO input. Contacts bounce, so an edge only arms a timer; when the input
/// has stayed put for the debounce time its level is read, and a change to the active level counts as one press.
/// </summary>
public sealed class TamperSwitch : IDisposable
{
    private readonly GpioController _gpio;
    private readonly int _pin;
    private readonly bool _activeLow;
    private readonly TimeSpan _debounce;
    private readonly ITimer _settle;
    private readonly Lock _lock = new();
    private bool _active;
    private long _presses;
    private bool _disposed;

    /// <summary>Opens <paramref name="pin"/> of <paramref name="gpio"/> as an input and starts watching it.</summary>
    public TamperSwitch(GpioController gpio, int pin, bool activeLow, TimeSpan debounce, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(gpio);
        ArgumentNullException.ThrowIfNull(time);
        _gpio = gpio;
        _pin = pin;
        _activeLow = activeLow;
        _debounce = debounce;
        // A switch to ground needs a pull-up; where the chip cannot provide one the board must.
        var mode = activeLow && gpio.IsPinModeSupported(pin, PinMode.InputPullUp) ? PinMode.InputPullUp : PinMode.Input;
        gpio.OpenPin(pin, mode);
        _settle = time.CreateTimer(static s => ((TamperSwitch)s!).OnSettled(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _active = IsActiveLevel(gpio.Read(pin));
        gpio.RegisterCallbackForPinValueChangedEvent(pin, PinEventTypes.Rising | PinEventTypes.Falling, OnEdge);
    }

    /// <summary>Raised once per press, after debouncing, with the press count since start.</summary>
    public event Action<long>? Pressed;

    /// <summary>GPIO line of the switch.</summary>
    public int Pin => _pin;

    /// <summary>True while the switch is in its tampered position (debounced).</summary>
    public bool IsActive
    {
        get
        {
            lock (_lock) return _active;
        }
    }

    /// <summary>Presses since start.</summary>
    public long Presses => Interlocked.Read(ref _presses);

    private void OnEdge(object sender, PinValueChangedEventArgs e)
    {
        lock (_lock)
        {
            // Every edge restarts the wait: only a level that held for the whole debounce time counts.
            if (!_disposed) _settle.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnSettled()
    {
        long count;
        lock (_lock)
        {
            if (_disposed) return;
            var active = IsActiveLevel(_gpio.Read(_pin));
            if (active == _active) return;
            _active = active;
            if (!active) return;
            count = Interlocked.Increment(ref _presses);
        }
        Pressed?.Invoke(count);
    }

    private bool IsActiveLevel(PinValue value) => _activeLow ? value == PinValue.Low : value == PinValue.High;

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _settle.Dispose();
        _gpio.UnregisterCallbackForPinValueChangedEvent(_pin, OnEdge);
        _gpio.ClosePin(_pin);
    }
}
