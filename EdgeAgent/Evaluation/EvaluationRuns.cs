using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Evaluation;

/// <summary>Runs the evaluations the way a camera analyses frames: the same detection passes, thresholds and pipeline.</summary>
public static class EvaluationRuns
{
    /// <summary>
    /// Detects on every image of <paramref name="samples"/> as <paramref name="camera"/>'s detection stage would on a
    /// frame of that size (whole frame, plus tiles when configured) and scores it at the camera's per-label thresholds.
    /// </summary>
    public static ObjectEvaluationResult Objects(ObjectDetector detector, IReadOnlyList<ObjectSample> samples, CameraOptions camera, ImageLimits limits, double? maxFalsePerImage = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(camera);
        // The agent hands zone occupancy only the weak detections the tracker gets, from tracking.low_score up.
        var weakFloor = (float)Math.Max(camera.Counts.WeakPeople, camera.Tracking.LowScore);
        var evaluation = new ObjectEvaluation(label => DetectionStage.MinScore(camera.Objects, label), weakFloor);
        var passes = new FrameDetection(detector, camera.Detect);
        var found = new List<Detection.Detection>(128);
        foreach (var s in samples)
        {
            var image = ImageCodec.DecodeFile(s.ImagePath, limits);
            found.Clear();
            passes.Run(image, found, null);
            evaluation.Add(s.Boxes, found);
        }
        return evaluation.Result(maxFalsePerImage, (float)camera.Tracking.LowScore);
    }

    /// <summary>Plays <paramref name="camera"/>'s source once through its real pipeline with <see cref="TrackStatistics"/> watching the tracker.</summary>
    public static async Task<TrackStatisticsResult> TracksAsync(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, CameraOptions camera, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(loggers);
        using var factory = new CameraPipelineFactory(TimeProvider.System, loggers, options, models);
        var statistics = new TrackStatistics(label, camera.Detect.Fps);
        var stages = new List<IFrameStage>(factory.CreateStages(camera)) { statistics };
        var source = new FfmpegFrameSource(camera, TimeProvider.System, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        // Lossless: every frame at the detect rate is analysed, so the figures do not depend on how busy the machine is.
        var pipeline = new CameraPipeline(camera.Id, source, stages, loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"), lossless: true);
        var events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        var drain = Task.Run(async () =>
        {
            await foreach (var _ in events.Reader.ReadAllAsync(CancellationToken.None))
            {
                // The events were already counted on the analysis thread; only the channel needs emptying.
            }
        }, CancellationToken.None);
        try
        {
            await pipeline.RunAsync(events.Writer, cancellationToken);
        }
        finally
        {
            events.Writer.TryComplete();
            await drain;
        }
        return statistics.Result();
    }
}
