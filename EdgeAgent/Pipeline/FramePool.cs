using System.Collections.Concurrent;

namespace EdgeAgent.Pipeline;

/// <summary>
/// Fixed-size frame buffers for one camera, reused so the per-frame path allocates nothing in steady state.
/// Bounded: when every buffer is in use the capture side gets none and skips the frame (counted), rather
/// than growing memory on a device that cannot keep up.
/// </summary>
public sealed class FramePool
{
    private readonly ConcurrentBag<byte[]> _free = new();
    private readonly int _capacity;
    private int _created;
    private long _exhausted;

    /// <summary>Creates a pool of at most <paramref name="capacity"/> frames of the given size.</summary>
    public FramePool(int width, int height, int capacity = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Width = width;
        Height = height;
        _capacity = capacity;
    }

    /// <summary>Frame width.</summary>
    public int Width { get; }

    /// <summary>Frame height.</summary>
    public int Height { get; }

    /// <summary>Bytes in one RGB24 frame.</summary>
    public int FrameBytes => Width * Height * 3;

    /// <summary>How often a frame was wanted while all were in use.</summary>
    public long Exhausted => Interlocked.Read(ref _exhausted);

    /// <summary>Frames currently lent out.</summary>
    public int InUse => Volatile.Read(ref _created) - _free.Count;

    /// <summary>Rents a frame, or returns false when all are in use.</summary>
    public bool TryRent(out Frame frame)
    {
        if (!_free.TryTake(out var buffer))
        {
            if (Interlocked.Increment(ref _created) > _capacity)
            {
                Interlocked.Decrement(ref _created);
                Interlocked.Increment(ref _exhausted);
                frame = null!;
                return false;
            }
            buffer = GC.AllocateUninitializedArray<byte>(FrameBytes);
        }
        frame = new Frame(this, buffer, Width, Height);
        return true;
    }

    internal void Return(Frame frame) => _free.Add(frame.Buffer);
}
