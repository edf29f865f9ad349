using EdgeAgent.Imaging;

namespace EdgeAgent.Pipeline;

/// <summary>
/// One decoded frame of one camera. Its pixels live in a buffer rented from the camera's <see cref="FramePool"/>;
/// whoever holds the frame last (the analysis loop, or the channel when it drops it) disposes it, which
/// hands the buffer back. This is the only place a frame's life is defined.
/// </summary>
public sealed class Frame : IDisposable
{
    private FramePool? _pool;

    internal Frame(FramePool pool, byte[] buffer, int width, int height)
    {
        _pool = pool;
        Buffer = buffer;
        Width = width;
        Height = height;
    }

    /// <summary>Camera the frame came from.</summary>
    public string CameraId { get; internal set; } = "";

    /// <summary>Frame number since the stream (re)started at the source's rate, counting frames skipped by the decoder's rate filter.</summary>
    public long Index { get; internal set; }

    /// <summary>Wall-clock time the frame was read from the decoder (events carry it as capture time).</summary>
    public DateTimeOffset CaptureTime { get; internal set; }

    /// <summary>Monotonic timestamp (<see cref="TimeProvider.GetTimestamp"/>) when read, for latency.</summary>
    public long Timestamp { get; internal set; }

    /// <summary>Seconds into the source (stream time for files), for evaluation and video-time logic.</summary>
    public double StreamSeconds { get; internal set; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    internal byte[] Buffer { get; }

    /// <summary>The pixels as RGB24.</summary>
    public RgbImage Image => new(Buffer, Width, Height);

    /// <summary>Returns the buffer to its pool; safe to call twice.</summary>
    public void Dispose()
    {
        var pool = Interlocked.Exchange(ref _pool, null);
        pool?.Return(this);
    }
}
