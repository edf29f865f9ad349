using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Composes each camera's pipeline from its options: the source and the stages in data-flow order.</summary>
public sealed class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>The pipeline of one camera.</summary>
    public CameraPipeline Create(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var source = new FfmpegFrameSource(camera, time, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        return new CameraPipeline(camera.Id, source, CreateStages(camera), loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"));
    }

    /// <summary>The analysis stages of one camera, in the order frames pass through them.</summary>
    public IReadOnlyList<IFrameStage> CreateStages(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var stages = new List<IFrameStage>(8);
        _ = time;
        if (camera.Motion.Enabled)
        {
            stages.Add(new MotionStage(camera.Motion, loggers.CreateLogger($"EdgeAgent.Motion.{camera.Id}")));
        }

        // ---- Detection stage goes here (between Motion and Tracking): it reads MotionResult, publishes DetectionResult. ----

        stages.Add(new TrackingStage(camera, loggers.CreateLogger($"EdgeAgent.Tracking.{camera.Id}")));
        return stages;
    }
}
