using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.LeftObjects;
using EdgeAgent.Models;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Composes each camera's pipeline from its options: the source and the stages in data-flow order.</summary>
public sealed class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers, AgentOptions options, ModelRegistry models)
{
    private readonly Lock _gate = new();
    private ObjectDetector? _detector;

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
        if (camera.Analytics.HasFlag(AnalysisKinds.Left))
        {
            stages.Add(new LeftObjectStage(camera.LeftObjects, loggers.CreateLogger($"EdgeAgent.LeftObjects.{camera.Id}")));
        }
        return stages;
    }

    /// <summary>The object detector every camera shares (one model session and one set of tensors on the device).</summary>
    public ObjectDetector Detector()
    {
        lock (_gate)
        {
            return _detector ??= new ObjectDetector(models.Get(options.Models.Detector));
        }
    }
}
