using System.Device.Gpio;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// A GPIO chip in memory behind the library's own <see cref="GpioDriver"/> abstraction, so a real
/// <see cref="GpioController"/> drives it. Inputs are set by the test (<see cref="SetInput"/>, raising edge callbacks
/// the way the kernel does); every output write is recorded with the time of the given <see cref="TimeProvider"/>.
/// </summary>
public sealed class SimulatedGpioDriver(TimeProvider time, int pinCount = 64) : GpioDriver
{
    private readonly Dictionary<int, PinState> _pins = [];
    private readonly Lock _lock = new();

    /// <summary>Every write to an output: pin, value, and when.</summary>
    public List<(int Pin, PinValue Value, DateTimeOffset Time)> Writes { get; } = [];

    /// <summary>Modes a pin may not take (to simulate a chip without pull-ups).</summary>
    public HashSet<PinMode> UnsupportedModes { get; } = [];

    /// <inheritdoc />
    protected override int PinCount => pinCount;

    /// <summary>The mode a pin was opened with.</summary>
    public PinMode ModeOf(int pin)
    {
        lock (_lock) return _pins[pin].Mode;
    }

    /// <summary>True while the pin is open.</summary>
    public bool IsOpen(int pin)
    {
        lock (_lock) return _pins.ContainsKey(pin);
    }

    /// <summary>Drives an input to <paramref name="value"/>; a change raises the matching edge callbacks.</summary>
    public void SetInput(int pin, PinValue value)
    {
        PinChangeEventHandler[] handlers;
        PinEventTypes edge;
        lock (_lock)
        {
            var state = _pins[pin];
            if (state.Value == value) return;
            state.Value = value;
            edge = value == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
            handlers = state.Callbacks.Where(c => (c.Types & edge) != 0).Select(c => c.Handler).ToArray();
        }
        foreach (var h in handlers) h(this, new PinValueChangedEventArgs(edge, pin));
    }

    /// <inheritdoc />
    protected override void OpenPin(int pinNumber)
    {
        lock (_lock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pinNumber, pinCount);
            _pins.TryAdd(pinNumber, new PinState());
        }
    }

    /// <inheritdoc />
    protected override void ClosePin(int pinNumber)
    {
        lock (_lock) _pins.Remove(pinNumber);
    }

    /// <inheritdoc />
    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_lock)
        {
            var state = _pins[pinNumber];
            state.Mode = mode;
            // A pull-up makes an unconnected (open switch) input read high.
            if (mode == PinMode.InputPullUp) state.Value = PinValue.High;
        }
    }

    /// <inheritdoc />
    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_lock) return _pins[pinNumber].Mode;
    }

    /// <inheritdoc />
    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => !UnsupportedModes.Contains(mode);

    /// <inheritdoc />
    protected override PinValue Read(int pinNumber)
    {
        lock (_lock) return _pins[pinNumber].Value;
    }

    /// <inheritdoc />
    protected override void Toggle(int pinNumber) => Write(pinNumber, Read(pinNumber) == PinValue.High ? PinValue.Low : PinValue.High);

    /// <inheritdoc />
    protected override void Write(int pinNumber, PinValue value)
    {
        lock (_lock)
        {
            _pins[pinNumber].Value = value;
            Writes.Add((pinNumber, value, time.GetUtcNow()));
        }
    }

    /// <inheritdoc />
    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the simulated chip raises callbacks only");

    /// <inheritdoc />
    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_lock) _pins[pinNumber].Callbacks.Add((eventTypes, callback));
    }

    /// <inheritdoc />
    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_lock)
        {
            if (_pins.TryGetValue(pinNumber, out var state)) state.Callbacks.RemoveAll(c => c.Handler == callback);
        }
    }

    /// <inheritdoc />
    public override GpioChipInfo GetChipInfo() => new(0, "simulated", "edgeagent-tests", pinCount);

    private sealed class PinState
    {
        public PinMode Mode { get; set; } = PinMode.Input;

        public PinValue Value { get; set; } = PinValue.Low;

        public List<(PinEventTypes Types, PinChangeEventHandler Handler)> Callbacks { get; } = [];
    }
}
