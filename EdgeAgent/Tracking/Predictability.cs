namespace EdgeAgent.Tracking;

/// <summary>
/// Whether the tracks of a frame can be carried on their predictions for a few frames (the detection interval):
/// every track confirmed, matched on this frame close to where it was predicted, with a score that held, nothing
/// tentative and nothing ended.
/// </summary>
public static class Predictability
{
    /// <summary>Least IoU between a track's predicted box and its matched detection for the track to count as moving as predicted.</summary>
    public const float PredictedIou = 0.5f;

    /// <summary>A track whose score fell by this much from one match to the next is fading (turning away, being hidden).</summary>
    public const float ScoreDrop = 0.15f;

    /// <summary>Matches a track needs before its velocity is worth coasting on.</summary>
    public const int MinHits = 3;

    /// <summary>True when every track of <paramref name="tracks"/> may be coasted on.</summary>
    public static bool Holds(TrackSet tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        // With nothing tracked there is nothing to predict: motion may be someone arriving, so the detector looks.
        if (tracks.Active.Count == 0 || tracks.Tentative > 0 || tracks.Ended.Count > 0) return false;
        foreach (var t in tracks.Active)
        {
            // A lost track held still (a person standing hidden) stays where it is either way; one that walked on must be found again.
            if (t.State == TrackState.Lost && (t.HeldStill || t.Stationary)) continue;
            if (t.State != TrackState.Confirmed || !t.Matched || t.Hits < MinHits) return false;
            if (t.PredictionIou < PredictedIou || t.Score < t.PreviousScore - ScoreDrop) return false;
        }
        return true;
    }
}
