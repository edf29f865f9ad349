using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Models;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Plates;
using EdgeAgent.Tracking;
using EdgeAgent.Watchlist;
using EdgeAgent.Control.Audit;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Composes each camera's pipeline from its options: the source and the stages in data-flow order. Owns what cameras
/// share (the detector, plate readers, the plate watchlist and audit log) and closes them when disposed.
/// </summary>
public sealed class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers, AgentOptions options, ModelRegistry models) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlateReader> _plateReaders = new(StringComparer.Ordinal);
    private ObjectDetector? _detector;
    private bool _watchlistOpened;
    private AuditLog? _audit;
    private PlateWatchlist? _plateWatchlist;

    /// <summary>The pipeline of one camera.</summary>
    public CameraPipeline Create(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var source = new FfmpegFrameSource(camera, time, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        var lossless = camera.SourceKind == "file" && !camera.Realtime;
        return new CameraPipeline(camera.Id, source, CreateStages(camera), loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"), lossless: lossless);
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
        }

        // Stages that work on tracks follow, one block per kind: faces, plates, left objects.
        if (camera.Analytics.HasFlag(AnalysisKinds.Plates))
        {
            stages.Add(new PlateStage(camera, PlateReaderFor(camera.Plates), PlateWatchlist(), loggers.CreateLogger($"EdgeAgent.Plates.{camera.Id}")));
        }
        return stages;
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

    /// <summary>
    /// The plate watchlist of the state folder, or null when no key is provisioned (nothing can be listed without one).
    /// Matches are written to the state folder's audit log.
    /// </summary>
    public PlateWatchlist? PlateWatchlist()
    {
        lock (_gate)
        {
            if (_watchlistOpened) return _plateWatchlist;
            _watchlistOpened = true;
            var stateDir = options.ResolvePath(options.Device.StateDir);
            var logger = loggers.CreateLogger("EdgeAgent.Plates");
            if (options.Watchlist.Key is null && !File.Exists(WatchlistKey.PathIn(stateDir)))
            {
                PlateStage.LogNoWatchlistKey(logger, stateDir);
                return null;
            }
            var key = WatchlistKey.Load(stateDir, options.Watchlist.Key, create: false);
            _audit = AuditLog.Open(AuditLog.PathIn(stateDir), time);
            _plateWatchlist = new PlateWatchlist(WatchlistDatabase.PathIn(stateDir), key, _audit, time);
            return _plateWatchlist;
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

    /// <summary>Closes the plate readers' tensors, the watchlist and the audit log.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var r in _plateReaders.Values) r.Dispose();
            _plateReaders.Clear();
            _plateWatchlist?.Dispose();
            _audit?.Dispose();
            _plateWatchlist = null;
            _audit = null;
        }
    }
}
