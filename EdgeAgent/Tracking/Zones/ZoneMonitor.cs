using EdgeAgent.Configuration;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tracking.Zones;

/// <summary>
/// Decides which zones each track is in, by the bottom-centre of its box (the feet: a person's head over a zone
/// edge is not in the zone), with hysteresis against jitter on the edge, and raises entered, left and loitering.
/// Only matched positions count (a predicted box is a guess), but loitering runs on the clock, so someone standing
/// still while the detector sleeps still starts loitering.
/// </summary>
public sealed class ZoneMonitor
{
    private readonly ZoneOptions[] _zones;
    private readonly NormalizedPolygon[] _polygons;
    private readonly int _hysteresis;

    /// <summary>Creates the monitor for a camera's zones.</summary>
    public ZoneMonitor(IReadOnlyList<ZoneOptions> zones, int hysteresisFrames)
    {
        ArgumentNullException.ThrowIfNull(zones);
        _zones = [.. zones];
        _polygons = new NormalizedPolygon[_zones.Length];
        for (var i = 0; i < _zones.Length; i++) _polygons[i] = new NormalizedPolygon(_zones[i].Polygon);
        _hysteresis = Math.Max(1, hysteresisFrames);
    }

    /// <summary>Number of zones.</summary>
    public int Count => _zones.Length;

    /// <summary>
    /// Updates every live track at stream time <paramref name="time"/>; changes land in the tracks' current zones,
    /// loitering lists and per-frame entered/left/loitering-started lists.
    /// </summary>
    public void Update(IReadOnlyList<Track> tracks, double time, int frameWidth, int frameHeight)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        if (_zones.Length == 0) return;
        for (var t = 0; t < tracks.Count; t++)
        {
            var track = tracks[t];
            if (track.State == TrackState.Removed) continue;
            track.ZoneStatus ??= new ZoneStatus[_zones.Length];
            var foot = track.Foot;
            var fx = foot.X / frameWidth;
            var fy = foot.Y / frameHeight;
            for (var z = 0; z < _zones.Length; z++)
            {
                ref var s = ref track.ZoneStatus[z];
                if (track.Matched && Applies(_zones[z], track.Label)) Observe(track, z, ref s, _polygons[z].Contains(fx, fy), time);
                var loiter = _zones[z].Loiter.TotalSeconds;
                if (s.Inside && !s.Loitering && loiter > 0 && time - s.EnteredAt >= loiter)
                {
                    s.Loitering = true;
                    track.LoiterNames.Add(_zones[z].Name);
                    track.LoiterStartedNow.Add(_zones[z].Name);
                }
            }
        }
    }

    private void Observe(Track track, int z, ref ZoneStatus s, bool inside, double time)
    {
        if (!s.Known)
        {
            // First sight commits at once: an object born inside a zone is in it from its first frame.
            s.Known = true;
            if (inside) Enter(track, z, ref s, time);
            return;
        }
        if (inside == s.Inside)
        {
            s.Pending = 0;
            return;
        }
        if (s.Pending++ == 0) s.PendingSince = time;
        if (s.Pending < _hysteresis) return;
        s.Pending = 0;
        if (inside)
        {
            Enter(track, z, ref s, s.PendingSince);
            return;
        }
        s.Inside = false;
        track.ZoneNames.Remove(_zones[z].Name);
        track.LeftNow.Add(_zones[z].Name);
        if (s.Loitering)
        {
            s.Loitering = false;
            track.LoiterNames.Remove(_zones[z].Name);
        }
    }

    private void Enter(Track track, int z, ref ZoneStatus s, double since)
    {
        s.Inside = true;
        s.EnteredAt = since;
        track.ZoneNames.Add(_zones[z].Name);
        track.EnteredNow.Add(_zones[z].Name);
    }

    private static bool Applies(ZoneOptions zone, string label)
    {
        if (zone.Labels.Count == 0) return true;
        for (var i = 0; i < zone.Labels.Count; i++)
        {
            if (string.Equals(zone.Labels[i], label, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
