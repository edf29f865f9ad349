using System.Threading.Channels;
using EdgeAgent.Events;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Pipeline;

/// <summary>
/// Runs one camera: its source fills a small frame channel (dropping the oldest frame when analysis lags), and
/// one loop passes each frame through the stages in order and forwards their events. A fault in one frame is
/// logged and skipped; it never stops the camera or the agent.
/// </summary>
public sealed partial class CameraPipeline
{
    private readonly IFrameSource _source;
    private readonly IReadOnlyList<IFrameStage> _stages;
    private readonly ILogger _logger;
    private readonly FrameAnalysis _analysis;
    private readonly PipelineCounters _counters;
    private long _faults;

    /// <summary>Creates the runner of one camera.</summary>
    public CameraPipeline(string cameraId, IFrameSource source, IReadOnlyList<IFrameStage> stages, ILogger logger, int frameQueue = 2, bool lossless = false)
    {
        Lossless = lossless;
        CameraId = cameraId;
        _source = source;
        _stages = stages;
        _logger = logger;
        _analysis = new FrameAnalysis(cameraId);
        _counters = new PipelineCounters(StageNames(stages));
        FrameQueue = frameQueue;
        Snapshots = new SnapshotTap(cameraId);
    }

    /// <summary>Camera id.</summary>
    public string CameraId { get; }

    /// <summary>Frames the channel may hold before it drops the oldest.</summary>
    public int FrameQueue { get; }

    /// <summary>True when no frame may be dropped (a recording analysed as fast as possible): capture waits for analysis.</summary>
    public bool Lossless { get; }

    /// <summary>Where frames come from.</summary>
    public IFrameSource Source => _source;

    /// <summary>Live counters for health and benchmarks.</summary>
    public PipelineCounters Counters => _counters;

    /// <summary>Hands the next frame to a snapshot request (camera.snapshot); closed when the pipeline stops.</summary>
    public SnapshotTap Snapshots { get; }

    /// <summary>Runs until cancelled or the source ends; events go to <paramref name="events"/>.</summary>
    public async Task RunAsync(ChannelWriter<AgentEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var frames = FrameChannels.CreateFrameChannel(FrameQueue, _counters.OnDropped, Lossless);
        var capture = Task.Run(() => _source.RunAsync(frames.Writer, events, cancellationToken), CancellationToken.None);
        try
        {
            await foreach (var frame in frames.Reader.ReadAllAsync(cancellationToken))
            {
                using (frame)
                {
                    Snapshots.Offer(frame);
                    Analyse(frame);
                }
                foreach (var e in _analysis.Events)
                {
                    await events.WriteAsync(e, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: fall through to close lifecycles.
        }
        finally
        {
            while (frames.Reader.TryRead(out var left)) left.Dispose();
            Snapshots.Close($"camera {CameraId} stopped");
        }

        await capture;
        // End events for what is still open are facts too, so they are forwarded even while shutting down.
        _analysis.Events.Clear();
        foreach (var stage in _stages)
        {
            try
            {
                stage.Flush(_analysis);
            }
            catch (Exception ex)
            {
                LogStageFault(_logger, ex, CameraId, stage.Name, -1);
            }
        }
        foreach (var e in _analysis.Events)
        {
            await events.WriteAsync(e, CancellationToken.None);
        }
    }

    private static string[] StageNames(IReadOnlyList<IFrameStage> stages)
    {
        var names = new string[stages.Count];
        for (var i = 0; i < names.Length; i++) names[i] = stages[i].Name;
        return names;
    }

    private void Analyse(Frame frame)
    {
        // Stages run synchronously on this thread, so the thread's allocation counter is exactly what they allocate.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        _analysis.Begin(frame);
        _counters.OnFrame();
        for (var i = 0; i < _stages.Count; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var stageAllocated = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                _stages[i].Process(_analysis);
            }
            catch (Exception ex)
            {
                // One bad frame (a corrupt decode, a model fault) must not end the camera; log, count, carry on.
                if (Interlocked.Increment(ref _faults) <= 20 || _faults % 1000 == 0)
                {
                    LogStageFault(_logger, ex, CameraId, _stages[i].Name, frame.Index);
                }
                _counters.OnFault();
                break;
            }
            finally
            {
                _counters.AddStageTime(i, System.Diagnostics.Stopwatch.GetElapsedTime(start), GC.GetAllocatedBytesForCurrentThread() - stageAllocated);
            }
        }
        _counters.AddAllocated(GC.GetAllocatedBytesForCurrentThread() - allocated, _analysis.Events.Count == 0);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "camera {Camera}: stage {Stage} failed on frame {Frame}")]
    private static partial void LogStageFault(ILogger logger, Exception ex, string camera, string stage, long frame);
}
