using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Audit;
using EdgeAgent.Crowds;
using EdgeAgent.Detection;
using EdgeAgent.Diagnostics;
using EdgeAgent.Faces;
using EdgeAgent.Models;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Composes each camera's pipeline from its options: the source and the stages in data-flow order.</summary>
public sealed partial class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers, AgentOptions options, ModelRegistry models, CameraHealthRegistry? health = null, AuditLog? sharedAudit = null) : IDisposable
{
    private readonly Lock _gate = new();
    private ObjectDetector? _detector;
    private FaceDetector? _faceDetector;
    private IFaceDescriptor? _faceDescriptor;
    private FaceWatchlist? _faceList;
    // One audit log per process: two writers on one file would fork its hash chain.
    private readonly AuditLog? _sharedAudit = sharedAudit;
    private AuditLog? _audit = sharedAudit;
    private bool _faceListTried;

    /// <summary>Face detector model id (the full-range model suits CCTV distances).</summary>
    public const string FaceDetectorModel = "blazeface-back-256";

    /// <summary>Face descriptor model id.</summary>
    public const string FaceDescriptorModel = "faceres";

    /// <summary>The pipeline of one camera.</summary>
    public CameraPipeline Create(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var source = new FfmpegFrameSource(camera, time, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        var lossless = camera.SourceKind == "file" && !camera.Realtime;
        var pipeline = new CameraPipeline(camera.Id, source, CreateStages(camera), loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"), lossless: lossless);
        health?.Register(camera.Id, pipeline.Counters, source);
        return pipeline;
    }

    /// <summary>The analysis stages of one camera, in the order frames pass through them.</summary>
    public IReadOnlyList<IFrameStage> CreateStages(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var stages = new List<IFrameStage>(8);
        if (camera.Motion.Enabled)
        {
            stages.Add(new MotionStage(camera.Motion, loggers.CreateLogger($"EdgeAgent.Motion.{camera.Id}")));
        }

        if (camera.Analytics.HasFlag(AnalysisKinds.Objects))
        {
            var detection = new DetectionStage(Detector(), camera);
            if (detection.UnknownLabels.Count > 0)
            {
                loggers.CreateLogger("EdgeAgent.Detection").LogWarning(
                    "camera {Camera}: labels {Labels} are not known to model {Model}; they will never be detected",
                    camera.Id, string.Join(", ", detection.UnknownLabels), options.Models.Detector);
            }
            stages.Add(detection);
            stages.Add(new TrackingStage(camera, loggers.CreateLogger($"EdgeAgent.Tracking.{camera.Id}")));
            if (CrowdStage.IsNeeded(camera)) stages.Add(new CrowdStage(camera, loggers.CreateLogger($"EdgeAgent.Crowds.{camera.Id}")));
        }

        // Stages that work on tracks follow, one block per kind: faces, plates, left objects.
        if (camera.Analytics.HasFlag(AnalysisKinds.Faces))
        {
            var (detector, descriptor) = FaceModels();
            stages.Add(new FaceStage(detector, new FaceAligner(FaceCropMode.Similarity, descriptor.InputSize), descriptor, FaceList(),
                new FaceStageOptions { Thumbnails = camera.Thumbnails }, loggers.CreateLogger($"EdgeAgent.Faces.{camera.Id}")));
        }
        return stages;
    }

    /// <summary>The face detector and descriptor every camera shares.</summary>
    public (FaceDetector Detector, IFaceDescriptor Descriptor) FaceModels()
    {
        lock (_gate)
        {
            _faceDetector ??= new FaceDetector(models.Get(FaceDetectorModel));
            _faceDescriptor ??= new FaceResDescriptor(models.Get(FaceDescriptorModel));
            return (_faceDetector, _faceDescriptor);
        }
    }

    /// <summary>
    /// The face watchlist every camera shares, or null when the device has no watchlist key yet (faces are then reported
    /// without matching). Its audit log is opened once here: the log admits one writer.
    /// </summary>
    public FaceWatchlist? FaceList()
    {
        lock (_gate)
        {
            if (_faceListTried) return _faceList;
            _faceListTried = true;
            var stateDir = options.ResolvePath(options.Device.StateDir);
            var logger = loggers.CreateLogger("EdgeAgent.Faces");
            if (options.Watchlist.Key is null && !File.Exists(WatchlistKey.PathIn(stateDir)))
            {
                LogNoWatchlist(logger, stateDir);
                return null;
            }
            var key = WatchlistKey.Load(stateDir, options.Watchlist.Key, create: false);
            _audit ??= AuditLog.Open(AuditLog.PathIn(stateDir), time);
            _faceList = new FaceWatchlist(WatchlistDatabase.PathIn(stateDir), key, FaceResDescriptor.DefaultThreshold, FaceWatchlist.DefaultMargin, _audit, time);
            return _faceList;
        }
    }

    /// <summary>The object detector every camera shares (one model session and one set of tensors on the device).</summary>
    public ObjectDetector Detector()
    {
        lock (_gate)
        {
            return _detector ??= new ObjectDetector(models.Get(options.Models.Detector));
        }
    }

    /// <summary>Closes the face watchlist and the audit log it writes to.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _faceList?.Dispose();
            if (!ReferenceEquals(_audit, _sharedAudit)) _audit?.Dispose();
            _faceList = null;
            _audit = null;
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "no watchlist key in {StateDir}: faces are reported without watchlist matching")]
    private static partial void LogNoWatchlist(ILogger logger, string stateDir);
}
