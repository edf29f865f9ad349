namespace EdgeAgent.Common;

/// <summary>
/// Recent durations of one operation (a model's inference), kept in a fixed ring so recording costs one interlocked
/// increment and one store, no lock and no allocation. The health collector takes the median and p95 of what was
/// recorded since its last look.
/// </summary>
public sealed class LatencyWindow
{
    private readonly double[] _ring;
    private readonly int _mask;
    private long _written;
    private long _taken;

    /// <summary>Creates a window keeping the last <paramref name="capacity"/> samples (rounded up to a power of two).</summary>
    public LatencyWindow(string name, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Name = name;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
        _ring = new double[size];
        _mask = size - 1;
    }

    /// <summary>What is measured (the model name).</summary>
    public string Name { get; }

    /// <summary>Samples recorded since start.</summary>
    public long Total => Interlocked.Read(ref _written);

    /// <summary>Records one duration; safe from any thread.</summary>
    public void Record(TimeSpan elapsed) => RecordMilliseconds(elapsed.TotalMilliseconds);

    /// <summary>Records one duration given in milliseconds.</summary>
    public void RecordMilliseconds(double milliseconds)
    {
        var slot = Interlocked.Increment(ref _written) - 1;
        Volatile.Write(ref _ring[slot & _mask], milliseconds);
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/> (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
    public void RecordSince(long startTimestamp) => Record(System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp));

    /// <summary>
    /// Statistics of the samples recorded since the previous call (at most the ring's capacity, the newest), and starts
    /// a new window. Meant for one reader; a sample being written at that instant may be counted in the next window.
    /// </summary>
    public LatencyStats TakeWindow()
    {
        var end = Interlocked.Read(ref _written);
        var start = Math.Max(_taken, end - _ring.Length);
        _taken = end;
        var count = (int)(end - start);
        if (count == 0) return new LatencyStats(Name, 0, null, null, null);
        var buffer = System.Buffers.ArrayPool<double>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++) buffer[i] = Volatile.Read(ref _ring[(start + i) & _mask]);
            var span = buffer.AsSpan(0, count);
            span.Sort();
            return new LatencyStats(Name, count, Percentile(span, 0.5), Percentile(span, 0.95), span[^1]);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>Median, p95 and maximum of one window of durations, in milliseconds; null when nothing was recorded.</summary>
public readonly record struct LatencyStats(string Name, int Count, double? MedianMs, double? P95Ms, double? MaxMs);
