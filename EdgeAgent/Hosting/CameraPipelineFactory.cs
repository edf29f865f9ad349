using EdgeAgent.Audit;

using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Crowds;
using EdgeAgent.Detection;
using EdgeAgent.Diagnostics;
using EdgeAgent.Faces;
using EdgeAgent.LeftObjects;
using EdgeAgent.Models;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Plates;
using EdgeAgent.Tampering;
using EdgeAgent.Tracking;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Composes each camera's pipeline from its options: the source and the stages in data-flow order. Owns what cameras
/// share (the detectors, plate readers, the watchlists and, unless the host gives one, the audit log) and closes them.
/// </summary>
public sealed partial class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers, AgentOptions options, ModelRegistry models, CameraHealthRegistry? health = null, AuditLog? sharedAudit = null) : ICameraPipelineFactory, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlateReader> _plateReaders = new(StringComparer.Ordinal);
    private ObjectDetector? _detector;
    private PlateWatchlist? _plateList;
    private bool _plateListTried;
    private WatchlistKey? _watchlistKey;
    private bool _watchlistKeyTried;
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

    /// <inheritdoc />
    public CameraPipeline Create(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var source = new FfmpegFrameSource(camera, time, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        var lossless = camera.SourceKind == "file" && !camera.Realtime;
        var stages = CreateStages(camera);
        var pipeline = new CameraPipeline(camera.Id, source, stages, loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"), lossless: lossless);
        var detection = stages.OfType<DetectionStage>().FirstOrDefault();
        var tamper = stages.OfType<TamperStage>().FirstOrDefault();
        if (tamper is not null) pipeline.Snapshots.Reference = tamper.ReferenceImage;
        health?.Register(camera.Id, pipeline.Counters, source, detection is null ? null : () => detection.Runs, tamper is null ? null : () => tamper.Detector.StateName);
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
        if (TamperStage.IsNeeded(camera)) stages.Add(new TamperStage(camera.Tamper, loggers.CreateLogger($"EdgeAgent.Tampering.{camera.Id}")));

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
                new FaceStageOptions { Thumbnails = camera.Thumbnails, FruitlessSearches = camera.FaceRest ? 3 : int.MaxValue }, loggers.CreateLogger($"EdgeAgent.Faces.{camera.Id}")));
        }
        if (camera.Analytics.HasFlag(AnalysisKinds.Plates))
        {
            stages.Add(new PlateStage(camera, PlateReaderFor(camera.Plates), PlateWatchlist(), loggers.CreateLogger($"EdgeAgent.Plates.{camera.Id}")));
        }
        if (camera.Analytics.HasFlag(AnalysisKinds.Left))
        {
            stages.Add(new LeftObjectStage(camera.LeftObjects, loggers.CreateLogger($"EdgeAgent.LeftObjects.{camera.Id}")));
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
            if (WatchlistKeyLocked() is not { } key) return null;
            _faceList = new FaceWatchlist(WatchlistDatabase.PathIn(StateDir), key, FaceResDescriptor.DefaultThreshold, FaceWatchlist.DefaultMargin, AuditLocked(), time);
            return _faceList;
        }
    }

    /// <summary>The plate reader for a camera's grammars and crop size; cameras with the same settings share one (and its tensors).</summary>
    public PlateReader PlateReaderFor(PlatesOptions plates)
    {
        ArgumentNullException.ThrowIfNull(plates);
        var key = string.Join(',', plates.Grammars) + "@" + plates.DetectSide.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            if (_plateReaders.TryGetValue(key, out var reader)) return reader;
            reader = new PlateReader(models.Get("ppocr-det-v4"), models.Get("ppocr-rec-v4"), PlateGrammars.Create(plates.Grammars)) { CropDetectSide = plates.DetectSide };
            _plateReaders.Add(key, reader);
            return reader;
        }
    }

    /// <summary>The plate watchlist every camera shares, or null when no watchlist key is provisioned (plates are then read but not matched).</summary>
    public PlateWatchlist? PlateWatchlist()
    {
        lock (_gate)
        {
            if (_plateListTried) return _plateList;
            _plateListTried = true;
            if (WatchlistKeyLocked() is not { } key) return null;
            _plateList = new PlateWatchlist(WatchlistDatabase.PathIn(StateDir), key, AuditLocked(), time);
            return _plateList;
        }
    }

    /// <summary>Re-reads the shared watchlists that exist (a CLI change or a watchlist.sync); returns how many were reloaded.</summary>
    public int ReloadWatchlists()
    {
        FaceWatchlist? faces;
        PlateWatchlist? plates;
        lock (_gate) (faces, plates) = (_faceList, _plateList);
        // Outside the lock: a reload reads the database, and the cameras' stages only swap in the new entries.
        faces?.Reload();
        plates?.Reload();
        return (faces is null ? 0 : 1) + (plates is null ? 0 : 1);
    }

    private string StateDir => options.ResolvePath(options.Device.StateDir);

    /// <summary>The fleet's watchlist key, or null (logged once) when the device has none yet.</summary>
    private WatchlistKey? WatchlistKeyLocked()
    {
        if (_watchlistKeyTried) return _watchlistKey;
        _watchlistKeyTried = true;
        var stateDir = StateDir;
        if (options.Watchlist.Key is null && !File.Exists(WatchlistKey.PathIn(stateDir)))
        {
            var logger = loggers.CreateLogger("EdgeAgent.Watchlist");
            LogNoWatchlist(logger, stateDir);
            return null;
        }
        _watchlistKey = WatchlistKey.Load(stateDir, options.Watchlist.Key, create: false);
        return _watchlistKey;
    }

    /// <summary>The audit log, opened once: it admits one writer per process, and faces and plates share it.</summary>
    private AuditLog AuditLocked() => _audit ??= AuditLog.Open(AuditLog.PathIn(StateDir), time);

    /// <summary>The object detector every camera shares (one model session and one set of tensors on the device).</summary>
    public ObjectDetector Detector()
    {
        lock (_gate)
        {
            return _detector ??= new ObjectDetector(models.Get(options.Models.Detector));
        }
    }

    /// <summary>Closes the plate readers' tensors, the watchlists and the audit log they write to.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var r in _plateReaders.Values) r.Dispose();
            _plateReaders.Clear();
            _faceList?.Dispose();
            _plateList?.Dispose();
            if (!ReferenceEquals(_audit, _sharedAudit)) _audit?.Dispose();
            _faceList = null;
            _plateList = null;
            _audit = null;
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "no watchlist key in {StateDir}: faces and plates are reported without watchlist matching")]
    private static partial void LogNoWatchlist(ILogger logger, string stateDir);
}
