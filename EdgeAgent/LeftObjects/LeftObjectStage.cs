using System.Runtime.InteropServices;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.LeftObjects;

/// <summary>
/// Left-object alarms for one camera: runs the static-foreground detector on every frame, joins its blobs with the
/// tracker's bag tracks and raises <see cref="LeftObjectEvent"/>s. Runs after tracking and reads its <see cref="TrackSet"/>.
/// </summary>
public sealed partial class LeftObjectStage : IFrameStage
{
    private readonly StaticForegroundDetector? _static;
    private readonly LeftObjectTracker _tracker;
    private readonly List<StaticBlob> _blobs = new(16);
    private readonly List<Track> _none = [];
    private readonly PresenceCues _cues = new();
    private readonly HashSet<string> _vetoing;
    private readonly ILogger _logger;
    private EventOrigin _last;
    private double _lastTime = double.NaN;

    /// <summary>Creates the stage from the camera's left-object options.</summary>
    public LeftObjectStage(LeftObjectOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tracker = new LeftObjectTracker(options);
        _vetoing = new HashSet<string>(options.Vetoing, StringComparer.Ordinal);
        if (options.Static.Enabled)
        {
            // The slow background must hold an object longer than an alarm may last, or it would fade before "absorbed".
            _static = new StaticForegroundDetector(options.Static, _tracker.Zones, options.MaxAge * 2, _tracker.Exclusions);
        }
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "left";

    /// <summary>The static-foreground detector, or null when disabled.</summary>
    public StaticForegroundDetector? Detector => _static;

    /// <summary>The tracker deciding which blobs and bag tracks are left objects.</summary>
    public LeftObjectTracker Tracker => _tracker;

    /// <summary>The blobs of the last frame.</summary>
    public IReadOnlyList<StaticBlob> Blobs => _blobs;

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        var time = frame.StreamSeconds;
        if (time < _lastTime - 0.5)
        {
            LogStreamRestarted(_logger, analysis.CameraId, _lastTime, time);
            Flush(analysis);
        }
        _lastTime = time;
        _last = EventOrigin.Of(analysis);

        if (_static is not null)
        {
            // Ghosts (the scene showing again where something stood) go to the tracker too: it absorbs those that
            // start no candidate and ignores the flag on blobs it already follows.
            _static.Process(frame.Image, time, _blobs);
        }
        var tracks = analysis.Get<TrackSet>()?.Active ?? _none;
        CollectCues(analysis);
        _tracker.Update(time, tracks, CollectionsMarshal.AsSpan(_blobs), _last, analysis.Events, _cues);
        for (var i = 0; i < _tracker.ToAbsorb.Count; i++) _static?.Absorb(_tracker.ToAbsorb[i]);
        for (var i = 0; i < analysis.Events.Count; i++)
        {
            if (analysis.Events[i] is LeftObjectEvent { Phase: "start" } e) LogLeftObject(_logger, analysis.CameraId, e.ObjectId, e.Label, e.Since);
        }
    }

    /// <summary>Every person and vetoing detection of the frame, at any score the detector kept, and the moving areas.</summary>
    private void CollectCues(FrameAnalysis analysis)
    {
        _cues.Clear();
        _cues.Motion = analysis.Get<MotionResult>()?.Regions;
        if (analysis.Get<DetectionResult>() is not { Ran: true } detections) return;
        _cues.DetectorRan = true;
        Add(detections.Items);
        Add(detections.Weak);
        Add(detections.Context);
    }

    private void Add(List<Detection.Detection> detections)
    {
        foreach (var d in detections)
        {
            if (d.Label == "person") _cues.People.Add(d.Box);
            if (_vetoing.Contains(d.Label)) _cues.Vetoing.Add(d.Box);
        }
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _tracker.Flush(_lastTime, _last, analysis.Events);
        _static?.Reset();
        _lastTime = double.NaN;
    }

    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "camera {Camera}: stream time went back from {From:F1}s to {To:F1}s; ending left-object alarms")]
    private static partial void LogStreamRestarted(ILogger logger, string camera, double from, double to);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "camera {Camera}: left object {Object} ({Label}) after {Since:F0}s still, owner gone")]
    private static partial void LogLeftObject(ILogger logger, string camera, long @object, string label, double since);
}
