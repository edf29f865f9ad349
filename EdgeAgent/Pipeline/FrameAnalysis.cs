using EdgeAgent.Events;

namespace EdgeAgent.Pipeline;

/// <summary>
/// What the stages learn about the current frame, handed from one stage to the next. One instance per camera is
/// reused for every frame (cleared, not reallocated), so it may hold pre-sized lists.
/// </summary>
public sealed class FrameAnalysis
{
    private readonly Dictionary<Type, object> _results = [];

    /// <summary>Creates the analysis state of one camera.</summary>
    public FrameAnalysis(string cameraId) => CameraId = cameraId;

    /// <summary>Camera id.</summary>
    public string CameraId { get; }

    /// <summary>The frame being analysed; valid only during <see cref="IFrameStage.Process"/>.</summary>
    public Frame Frame { get; private set; } = null!;

    /// <summary>Events raised by stages for this frame, in order.</summary>
    public List<AgentEvent> Events { get; } = new(16);

    /// <summary>Starts work on a new frame.</summary>
    public void Begin(Frame frame)
    {
        Frame = frame;
        Events.Clear();
    }

    /// <summary>
    /// Publishes a stage's result for later stages (motion regions, detections, tracks). Stored by type so stages
    /// depend on the result, not on the stage that made it; the object is kept and reused across frames.
    /// </summary>
    public void Set<T>(T result) where T : class => _results[typeof(T)] = result;

    /// <summary>A result an earlier stage published, or null when that stage is not configured.</summary>
    public T? Get<T>() where T : class => _results.TryGetValue(typeof(T), out var r) ? (T)r : null;
}
