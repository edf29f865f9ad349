using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Tampering;

/// <summary>
/// Picture tampering for one camera: runs <see cref="TamperDetector"/> on the grey image the motion stage made (or makes
/// its own when motion is off) and raises <see cref="CameraTamperEvent"/>s. Runs right after motion.
/// </summary>
public sealed partial class TamperStage : IFrameStage
{
    private readonly TamperDetector _detector;
    private readonly ILogger _logger;
    private readonly List<TamperChange> _ended = new(4);
    private GreyDownscaler? _downscaler;
    private byte[] _grey = [];
    private EventOrigin _last;

    /// <summary>Creates the stage from the camera's tamper options.</summary>
    public TamperStage(CameraTamperOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _detector = new TamperDetector(options);
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "tamper";

    /// <summary>The detector, for health (open alarms, learning) and the reference snapshot.</summary>
    public TamperDetector Detector => _detector;

    /// <summary>
    /// The reference the picture is compared with, as a grey RGB image at the motion size, for camera.snapshot; null
    /// while it is still being learned. Called from the command's thread.
    /// </summary>
    public FrameCopy? ReferenceImage()
    {
        byte[] grey = [];
        if (!_detector.TryCopyReference(ref grey, out var width, out var height, out var taken)) return null;
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < grey.Length; i++) rgb[3 * i] = rgb[(3 * i) + 1] = rgb[(3 * i) + 2] = grey[i];
        return new FrameCopy(_last.Camera, new RgbImage(rgb, width, height), taken, -1);
    }

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        _last = EventOrigin.Of(analysis);
        ReadOnlySpan<byte> grey;
        int width, height;
        if (analysis.Get<MotionResult>() is { GreyWidth: > 0 } motion)
        {
            grey = motion.Grey.Span;
            width = motion.GreyWidth;
            height = motion.GreyHeight;
        }
        else
        {
            // Motion is off on this camera: scale the frame down the way motion would have.
            if (_downscaler is null || _downscaler.FrameWidth != frame.Width || _downscaler.FrameHeight != frame.Height)
            {
                _downscaler = GreyDownscaler.ForWidth(frame.Width, frame.Height, new MotionOptions().Width);
                _grey = new byte[_downscaler.Width * _downscaler.Height];
            }
            _downscaler.Downscale(frame.Image, _grey);
            grey = _grey;
            width = _downscaler.Width;
            height = _downscaler.Height;
        }
        if (_detector.Process(grey, width, height, frame.StreamSeconds, frame.CaptureTime) is { } change) Raise(change, analysis.Events);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _ended.Clear();
        _detector.Flush(_ended);
        foreach (var c in _ended) Raise(c, analysis.Events);
    }

    private void Raise(TamperChange change, List<AgentEvent> events)
    {
        var type = TamperTypeNames.Name(change.Type);
        var f = change.Figures;
        if (change.Started) LogStarted(_logger, _last.Camera, type, f.Flat, f.Sharpness, f.Structure, f.StructureNormal, f.Saturated);
        else LogEnded(_logger, _last.Camera, type, change.Seconds);
        events.Add(new CameraTamperEvent
        {
            Camera = _last.Camera,
            CaptureTime = _last.CaptureTime,
            Frame = _last.Frame,
            CaptureTimestamp = _last.Timestamp,
            Phase = change.Started ? "start" : "end",
            Type = type,
            Brightness = f.Brightness,
            Contrast = f.Contrast,
            Flat = f.Flat,
            Sharpness = f.Sharpness,
            Structure = f.Structure,
            StructureNormal = f.StructureNormal,
            Saturated = f.Saturated,
            Seconds = change.Seconds,
        });
    }

    /// <summary>True when the camera watches its picture for tampering.</summary>
    public static bool IsNeeded(CameraOptions camera) => camera?.Tamper.Enabled ?? false;

    [LoggerMessage(EventId = 10000, Level = LogLevel.Warning, Message = "camera {Camera}: picture {Type} (flat {Flat:F2}, sharpness {Sharpness:F2}, structure {Structure:F2} of {Normal:F2}, saturated {Saturated:F2})")]
    private static partial void LogStarted(ILogger logger, string camera, string type, double flat, double sharpness, double structure, double normal, double saturated);

    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "camera {Camera}: picture {Type} ended after {Seconds:F0}s")]
    private static partial void LogEnded(ILogger logger, string camera, string type, double seconds);
}
