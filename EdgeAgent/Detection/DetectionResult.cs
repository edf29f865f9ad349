namespace EdgeAgent.Detection;

/// <summary>The detector's output for the current frame; reused across frames.</summary>
public sealed class DetectionResult
{
    /// <summary>False when motion gating skipped the detector on this frame (trackers then only predict).</summary>
    public bool Ran { get; set; }

    /// <summary>
    /// True when the detection interval skipped this frame because every track moved as predicted: the tracker
    /// carries them on their velocity (a gated frame fades it instead, since nothing moved).
    /// </summary>
    public bool Coasted { get; set; }

    /// <summary>Detections that passed the camera's label, score, area and mask filters.</summary>
    public List<Detection> Items { get; } = new(64);

    /// <summary>
    /// Detections of tracked labels below their threshold but at or above the tracker's low score, same area and mask
    /// filters: for the tracker only (a half-hidden person scores low), never reported by themselves.
    /// </summary>
    public List<Detection> Weak { get; } = new(64);

    /// <summary>
    /// Detections of labels nobody tracks that a later stage judges presence by (a train standing at a platform
    /// vetoes left objects under it), from the tracker's low score up, same mask filter: never tracked or reported.
    /// </summary>
    public List<Detection> Context { get; } = new(16);
}
