using EdgeAgent.Events;

namespace EdgeAgent.Pipeline;

/// <summary>Builds an <see cref="EventOrigin"/> from the frame being analysed; here, not in Events, which sits below Pipeline.</summary>
public static class EventOrigins
{
    extension(EventOrigin)
    {
        /// <summary>The origin of the frame being analysed.</summary>
        public static EventOrigin Of(FrameAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(analysis);
            var f = analysis.Frame;
            return new EventOrigin(analysis.CameraId, f.CaptureTime, f.Index, f.Timestamp, f.Width, f.Height);
        }
    }
}
