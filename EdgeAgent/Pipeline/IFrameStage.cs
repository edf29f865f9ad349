namespace EdgeAgent.Pipeline;

/// <summary>
/// One step of a camera's analysis (motion, detection, tracking, zones, faces, plates, left objects).
/// A stage owns no threads: the camera's runner calls it for each frame in order.
/// </summary>
public interface IFrameStage
{
    /// <summary>Short name used in logs and benchmark figures.</summary>
    string Name { get; }

    /// <summary>Analyses the current frame; reads earlier stages' results and adds its own, and events.</summary>
    void Process(FrameAnalysis analysis);

    /// <summary>The stream ended or restarts: close open lifecycles (end events) without a frame.</summary>
    void Flush(FrameAnalysis analysis);
}
