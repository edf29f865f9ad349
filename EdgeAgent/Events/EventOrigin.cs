using EdgeAgent.Pipeline;

namespace EdgeAgent.Events;

/// <summary>The frame an event is raised on: camera, capture time, index and size (to normalise boxes on the wire).</summary>
public readonly record struct EventOrigin(string Camera, DateTimeOffset CaptureTime, long Frame, long Timestamp, int Width, int Height)
{
    /// <summary>The origin of the frame being analysed.</summary>
    public static EventOrigin Of(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var f = analysis.Frame;
        return new EventOrigin(analysis.CameraId, f.CaptureTime, f.Index, f.Timestamp, f.Width, f.Height);
    }
}
