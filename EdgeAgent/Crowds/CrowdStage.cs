using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Crowds;

/// <summary>
/// Follows the tracking stage: zone occupancy, overcrowding alarms (<c>crowd</c> events) and periodic counts
/// (<c>counts</c> events) of one camera. See <see cref="ZoneAnalytics"/>.
/// </summary>
public sealed partial class CrowdStage : IFrameStage
{
    private readonly ZoneAnalytics _analytics;
    private readonly ILogger _logger;
    private double _lastTime = double.NaN;

    /// <summary>Creates the stage from the camera's zones, lines and counts options.</summary>
    public CrowdStage(CameraOptions camera, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(camera);
        _analytics = new ZoneAnalytics(camera);
        _logger = logger;
        foreach (var z in camera.Zones)
        {
            if (z.Crowd is { } c) LogCrowdZone(_logger, camera.Id, z.Name, c.Method, c.Threshold, c.Lower);
        }
    }

    /// <summary>True when the camera has anything for this stage to do (zones or lines).</summary>
    public static bool IsNeeded(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return camera.Zones.Count > 0 || camera.Lines.Count > 0;
    }

    /// <inheritdoc />
    public string Name => "crowds";

    /// <summary>The analytics (tests and diagnostics read occupancy from it).</summary>
    public ZoneAnalytics Analytics => _analytics;

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var tracks = analysis.Get<TrackSet>();
        if (tracks is null) return;
        var time = analysis.Frame.StreamSeconds;
        // Stream time went back (a looped file, a restarted source): close the old stream's alarms and interval first.
        if (time < _lastTime - 0.5) _analytics.Flush(analysis.Events);
        _lastTime = time;
        _analytics.Update(tracks.Active, time, EventOrigin.Of(analysis), analysis.Get<MotionResult>(), analysis.Get<PersonHeatmap>(), analysis.Events, analysis.Get<DetectionResult>());
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _analytics.Flush(analysis.Events);
        _lastTime = double.NaN;
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Debug, Message = "camera {Camera}: zone {Zone} crowd alarm by {Method} at {Threshold} (ends below {Lower})")]
    private static partial void LogCrowdZone(ILogger logger, string camera, string zone, string method, double threshold, double lower);
}
