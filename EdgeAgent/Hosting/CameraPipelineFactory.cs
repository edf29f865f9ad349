using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>Composes each camera's pipeline from its options: the source and the stages in data-flow order.</summary>
public sealed class CameraPipelineFactory(TimeProvider time, ILoggerFactory loggers, CameraHealthRegistry? health = null)
{
    /// <summary>The pipeline of one camera.</summary>
    public CameraPipeline Create(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var source = new FfmpegFrameSource(camera, time, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        var pipeline = new CameraPipeline(camera.Id, source, CreateStages(camera), loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"));
        health?.Register(camera.Id, pipeline.Counters, source);
        return pipeline;
    }

    /// <summary>The analysis stages of one camera, in the order frames pass through them.</summary>
    public IReadOnlyList<IFrameStage> CreateStages(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var stages = new List<IFrameStage>(8);
        _ = time;
        return stages;
    }
}
