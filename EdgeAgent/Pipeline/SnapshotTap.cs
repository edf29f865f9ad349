using System.Runtime.CompilerServices;
using EdgeAgent.Imaging;

namespace EdgeAgent.Pipeline;

/// <summary>A copy of one frame taken for a snapshot: its pixels belong to the copy, not to the camera's frame pool.</summary>
/// <param name="CameraId">Camera the frame came from.</param>
/// <param name="Image">The pixels (RGB24, detect size).</param>
/// <param name="CaptureTime">Wall-clock time the frame was read from the decoder.</param>
/// <param name="Index">Frame number since the stream (re)started.</param>
public sealed record FrameCopy(string CameraId, RgbImage Image, DateTimeOffset CaptureTime, long Index);

/// <summary>
/// Hands the next frame of a running camera to whoever asks for one (Frigate's latest.jpg, taken on demand). While nobody
/// asks, the camera pays one volatile read per frame; a pending request costs one copy of one frame, made on the camera's
/// thread, and everything after it (face blurring, encoding) runs on the requester's side.
/// </summary>
public sealed class SnapshotTap
{
    private TaskCompletionSource<FrameCopy>? _pending;
    private string? _closed;

    /// <summary>A tap on camera <paramref name="cameraId"/>.</summary>
    public SnapshotTap(string cameraId)
    {
        ArgumentException.ThrowIfNullOrEmpty(cameraId);
        CameraId = cameraId;
    }

    /// <summary>Camera id.</summary>
    public string CameraId { get; }

    /// <summary>The picture-tamper reference of the camera (null while learning), when its tamper watch is on.</summary>
    public Func<FrameCopy?>? Reference { get; set; }

    /// <summary>True while a request waits for a frame.</summary>
    public bool Pending => Volatile.Read(ref _pending) is not null;

    /// <summary>
    /// The next frame the camera delivers. Throws <see cref="TimeoutException"/> naming the camera when none comes within
    /// <paramref name="timeout"/> (offline, reconnecting) and <see cref="InvalidOperationException"/> when the camera has
    /// stopped. Requests made at the same time share one copy.
    /// </summary>
    public async Task<FrameCopy> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = Volatile.Read(ref _pending);
        if (request is null)
        {
            // Continuations must not run on the camera's thread: blurring and encoding would stall its frames.
            var mine = new TaskCompletionSource<FrameCopy>(TaskCreationOptions.RunContinuationsAsynchronously);
            request = Interlocked.CompareExchange(ref _pending, mine, null) ?? mine;
        }
        // Read after publishing the request: either Close sees it and fails it, or this sees Close's reason.
        if (Volatile.Read(ref _closed) is { } reason)
        {
            Interlocked.CompareExchange(ref _pending, null, request);
            request.TrySetException(new InvalidOperationException(reason));
        }
        try
        {
            return await request.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The request stays armed: if the camera comes back, its next frame is copied once and dropped. Removing it
            // here could strand a second requester sharing it.
            throw new TimeoutException($"camera {CameraId} delivered no frame within {timeout.TotalSeconds:0.#} s (offline, reconnecting or stalled)");
        }
    }

    /// <summary>Called by the pipeline with every frame before analysis; copies it only when a request waits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(Frame frame)
    {
        if (Volatile.Read(ref _pending) is null) return;
        Deliver(frame);
    }

    /// <summary>Fails a waiting request and every later one with <paramref name="reason"/>: the camera has stopped.</summary>
    public void Close(string reason)
    {
        Volatile.Write(ref _closed, reason);
        Interlocked.Exchange(ref _pending, null)?.TrySetException(new InvalidOperationException(reason));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Deliver(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var request = Interlocked.Exchange(ref _pending, null);
        if (request is null) return;
        var image = RgbImage.Create(frame.Width, frame.Height);
        frame.Image.Pixels.CopyTo(image.Data);
        request.TrySetResult(new FrameCopy(CameraId, image, frame.CaptureTime, frame.Index));
    }
}
