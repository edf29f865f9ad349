namespace EdgeAgent.Crowds;

/// <summary>
/// Median of the occupancy samples of the last window of stream time: one frame where a person flickers out (or a
/// ghost flickers in) cannot move it, while a real change shows within half the window. Fixed capacity, no allocation;
/// at frame rates where the window holds more than <see cref="Capacity"/> samples the oldest go first.
/// </summary>
public sealed class OccupancyWindow
{
    /// <summary>Most samples kept (a 1.5 s window at up to ~40 fps).</summary>
    public const int Capacity = 64;

    private readonly double[] _times = new double[Capacity];
    private readonly float[] _values = new float[Capacity];
    private readonly double _window;
    private int _start;
    private int _count;

    /// <summary>Creates a window of <paramref name="window"/> stream time (zero: the latest sample only).</summary>
    public OccupancyWindow(TimeSpan window) => _window = window.TotalSeconds;

    /// <summary>Samples currently in the window.</summary>
    public int Count => _count;

    /// <summary>Adds the sample of stream time <paramref name="time"/> and returns the median of the window.</summary>
    public float Add(double time, float value)
    {
        while (_count > 0 && _times[_start] <= time - _window)
        {
            _start = (_start + 1) % Capacity;
            _count--;
        }
        if (_count == Capacity)
        {
            _start = (_start + 1) % Capacity;
            _count--;
        }
        var end = (_start + _count) % Capacity;
        _times[end] = time;
        _values[end] = value;
        _count++;
        return Median();
    }

    /// <summary>Forgets every sample (stream restart).</summary>
    public void Clear()
    {
        _start = 0;
        _count = 0;
    }

    private float Median()
    {
        Span<float> sorted = stackalloc float[Capacity];
        sorted = sorted[.._count];
        for (var i = 0; i < _count; i++) sorted[i] = _values[(_start + i) % Capacity];
        sorted.Sort();
        var mid = _count / 2;
        return _count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
