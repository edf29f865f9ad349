namespace EdgeAgent.Detection;

/// <summary>The detector's output for the current frame; reused across frames.</summary>
public sealed class DetectionResult
{
    /// <summary>False when motion gating skipped the detector on this frame (trackers then only predict).</summary>
    public bool Ran { get; set; }

    /// <summary>Detections that passed the camera's label, score, area and mask filters.</summary>
    public List<Detection> Items { get; } = new(64);
}
