using System.Threading.Channels;

namespace EdgeAgent.Pipeline;

/// <summary>
/// Builds the bounded channels between stages with their policy spelled out: frames may be dropped
/// (oldest first, counted, buffer returned) so capture never blocks; events are never dropped.
/// </summary>
public static class FrameChannels
{
    /// <summary>
    /// A frame channel holding at most <paramref name="capacity"/> frames. Live sources drop the oldest frame (disposed
    /// and counted) so capture never blocks; a file analysed as fast as possible (<paramref name="lossless"/>) makes
    /// its reader wait instead, since every frame of a recording is wanted and nothing is lost by waiting.
    /// </summary>
    public static Channel<Frame> CreateFrameChannel(int capacity, Action? onDropped = null, bool lossless = false) =>
        Channel.CreateBounded<Frame>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = lossless ? BoundedChannelFullMode.Wait : BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = true,
                AllowSynchronousContinuations = false,
            },
            dropped =>
            {
                dropped.Dispose();
                onDropped?.Invoke();
            });

    /// <summary>An event channel: writers wait when it is full, so no event is lost to back-pressure.</summary>
    public static Channel<T> CreateEventChannel<T>(int capacity) =>
        Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
}
