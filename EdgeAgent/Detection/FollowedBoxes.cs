using EdgeAgent.Imaging;

namespace EdgeAgent.Detection;

/// <summary>
/// Boxes of the objects the tracker follows, which the tracker publishes after detection has run: detection reads the
/// previous frame's set. Declared here, below Tracking, so detection needs no knowledge of tracks.
/// </summary>
public sealed class FollowedBoxes
{
    /// <summary>The boxes in frame pixels; reused across frames.</summary>
    public List<BoxF> Boxes { get; } = new(32);

    /// <summary>
    /// True when the tracker could carry every object on its prediction: all confirmed, matched on this run close to
    /// where they were predicted with a score that held, none tentative and none ended (the detection interval may rest).
    /// </summary>
    public bool Predictable { get; set; }
}
