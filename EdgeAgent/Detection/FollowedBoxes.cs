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
}
