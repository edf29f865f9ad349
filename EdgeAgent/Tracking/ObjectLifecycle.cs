using EdgeAgent.Events;

namespace EdgeAgent.Tracking;

/// <summary>
/// Turns tracks into object events: exactly one <c>new</c> when a track is confirmed, <c>update</c> only on a change
/// that matters, exactly one <c>end</c> when it is removed; nothing for tentative tracks. Updates because of a better
/// score are rate-limited and skipped for stationary objects, so a parked car stays silent.
/// </summary>
public sealed class ObjectLifecycle
{
    /// <summary>How much the best score must rise to be worth an update.</summary>
    public const float ScoreStep = 0.1f;

    private readonly double _scoreInterval;

    /// <summary>Creates the lifecycle with the minimum seconds between score-only updates.</summary>
    public ObjectLifecycle(TimeSpan scoreUpdateInterval) => _scoreInterval = scoreUpdateInterval.TotalSeconds;

    /// <summary>Adds this frame's object events for <paramref name="tracks"/> to <paramref name="events"/>.</summary>
    public void Raise(TrackSet tracks, EventOrigin origin, double time, List<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var t in tracks.Active)
        {
            if (!t.Announced)
            {
                t.Announced = true;
                events.Add(Create(t, origin, time, "new", routine: false));
                continue;
            }
            var changed = t.StationaryChanged || t.EnteredNow.Count > 0 || t.LeftNow.Count > 0 || t.LoiterStartedNow.Count > 0;
            var better = !t.Stationary && t.BestScore >= t.ReportedScore + ScoreStep && time - t.ReportedScoreTime >= _scoreInterval;
            if (changed || better) events.Add(Create(t, origin, time, "update", routine: !changed));
        }
        End(tracks.Ended, origin, events);
    }

    /// <summary>Adds end events for tracks that were announced.</summary>
    public static void End(List<Track> ended, EventOrigin origin, List<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(ended);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var t in ended)
        {
            if (!t.Announced) continue;
            t.Announced = false;
            // The end tells what was last seen and when, not where the filter guessed the object went afterwards.
            events.Add(Create(t, origin, t.LastSeen, "end", routine: false) with
            {
                Box = t.SeenBox(origin.Width, origin.Height),
                LastSeen = t.LastSeenAt == default ? null : t.LastSeenAt,
                Duration = Math.Max(0, t.LastSeen - t.FirstSeen),
            });
        }
    }

    private static ObjectEvent Create(Track t, EventOrigin origin, double time, string phase, bool routine)
    {
        if (phase != "end")
        {
            t.ReportedScore = t.BestScore;
            t.ReportedScoreTime = time;
        }
        return new ObjectEvent
        {
            Camera = origin.Camera,
            CaptureTime = origin.CaptureTime,
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Phase = phase,
            Track = t.Id,
            Label = t.Label,
            Score = t.BestScore,
            Box = t.ReportBox(origin.Width, origin.Height),
            FrameWidth = origin.Width,
            FrameHeight = origin.Height,
            Zones = Copy(t.ZoneNames),
            Stationary = t.Stationary,
            Loitering = Copy(t.LoiterNames),
            Entered = phase == "update" ? Copy(t.EnteredNow) : [],
            Left = phase == "update" ? Copy(t.LeftNow) : [],
            Routine = routine,
        };
    }

    private static string[] Copy(List<string> values) => values.Count == 0 ? [] : [.. values];
}
