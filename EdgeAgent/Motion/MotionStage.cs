using EdgeAgent.Configuration;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Motion;

/// <summary>First stage of a camera: publishes <see cref="MotionResult"/> so the detector runs only when something moves.</summary>
public sealed partial class MotionStage : IFrameStage
{
    private readonly MotionDetector _detector;
    private readonly MotionResult _result = new();
    private readonly ILogger _logger;

    /// <summary>Creates the stage from the camera's motion options.</summary>
    public MotionStage(MotionOptions options, ILogger logger)
    {
        _detector = new MotionDetector(options);
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "motion";

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _detector.Detect(analysis.Frame.Image, _result);
        if (_result.BackgroundReset) LogBackgroundReset(_logger, analysis.CameraId, analysis.Frame.Index);
        analysis.Set(_result);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        // The next stream may show another scene (a reconnect after hours, a looped file): learn it afresh.
        _detector.Reset();
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Debug, Message = "camera {Camera}: frame {Frame} changed almost everywhere (lighting?); motion background reset")]
    private static partial void LogBackgroundReset(ILogger logger, string camera, long frame);
}
