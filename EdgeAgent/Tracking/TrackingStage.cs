using System.Runtime.InteropServices;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking.Zones;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Tracking;

/// <summary>
/// Tracks the detector's objects across frames, places them in zones, counts line crossings, and raises object
/// and line-crossing events. Publishes <see cref="TrackSet"/> and <see cref="LineCounts"/> for later stages.
/// </summary>
public sealed partial class TrackingStage : IFrameStage
{
    private readonly ByteTracker _tracker;
    private readonly ZoneMonitor _zones;
    private readonly LineCounter _lines;
    private readonly ObjectLifecycle _lifecycle;
    private readonly TrackSet _set = new();
    private readonly FollowedBoxes _followed = new();
    private readonly List<LineCrossing> _crossings = new(4);
    private readonly List<Detection.Detection> _all = new(128);
    private readonly ILogger _logger;
    private EventOrigin _last;
    private double _lastTime = double.NaN;

    /// <summary>Creates the stage from the camera's tracking, zone and line options.</summary>
    public TrackingStage(CameraOptions camera, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(camera);
        _tracker = new ByteTracker(camera.Tracking);
        _zones = new ZoneMonitor(camera.Zones, camera.Tracking.HysteresisFrames);
        _lines = new LineCounter(camera.Lines, camera.Tracking.HysteresisFrames);
        _lifecycle = new ObjectLifecycle(camera.Tracking.ScoreUpdateInterval);
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "tracking";

    /// <summary>The tracker (tests and diagnostics look at its live tracks).</summary>
    public ByteTracker Tracker => _tracker;

    /// <summary>Crossing counts since start.</summary>
    public LineCounts Counts => _lines.Counts;

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        var origin = EventOrigin.Of(analysis);
        var time = frame.StreamSeconds;
        if (time < _lastTime - 0.5)
        {
            // Stream time went back: a looped file or a restarted source. The old objects belong to another stream.
            LogStreamRestarted(_logger, analysis.CameraId, _lastTime, time);
            EndAll(analysis.Events);
        }
        _lastTime = time;
        _last = origin;

        var detections = analysis.Get<DetectionResult>();
        var ran = detections?.Ran ?? false;
        _all.Clear();
        if (detections is not null)
        {
            // The tracker sorts strong from weak by its own high score; the weak ones only help it continue tracks.
            _all.AddRange(detections.Items);
            _all.AddRange(detections.Weak);
        }
        _tracker.Update(CollectionsMarshal.AsSpan(_all), ran, time, _set);
        foreach (var t in _tracker.Tracks)
        {
            if (t.Matched) t.LastSeenAt = origin.CaptureTime;
        }
        _zones.Update(_tracker.Tracks, time, frame.Width, frame.Height);
        _lines.Update(_tracker.Tracks, frame.Width, frame.Height, _crossings);
        _lifecycle.Raise(_set, origin, time, analysis.Events);
        foreach (var c in _crossings)
        {
            analysis.Events.Add(new LineCrossingEvent
            {
                Camera = origin.Camera,
                CaptureTime = origin.CaptureTime,
                Frame = origin.Frame,
                CaptureTimestamp = origin.Timestamp,
                Line = _lines[c.Line].Name,
                Direction = c.Direction == LineDirection.AToB ? "ab" : "ba",
                Track = c.Track.Id,
                Label = c.Track.Label,
                Count = c.Count,
                Box = c.Track.ReportBox(origin.Width, origin.Height),
                FrameWidth = origin.Width,
                FrameHeight = origin.Height,
            });
        }
        Publish(analysis);
        analysis.Set(_lines.Counts);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        EndAll(analysis.Events);
        _lastTime = double.NaN;
        Publish(analysis);
    }

    private void Publish(FrameAnalysis analysis)
    {
        analysis.Set(_set);
        _followed.Boxes.Clear();
        foreach (var t in _set.Active) _followed.Boxes.Add(t.Box);
        analysis.Set(_followed);
    }

    private void EndAll(List<Events.AgentEvent> events)
    {
        _tracker.EndAll(_set);
        ObjectLifecycle.End(_set.Ended, _last, events);
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "camera {Camera}: stream time went back from {From:F1}s to {To:F1}s; ending all tracks")]
    private static partial void LogStreamRestarted(ILogger logger, string camera, double from, double to);
}
