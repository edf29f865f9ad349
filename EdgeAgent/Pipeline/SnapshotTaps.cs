using System.Collections.Concurrent;

namespace EdgeAgent.Pipeline;

/// <summary>
/// The snapshot taps of the running cameras, by camera id: the camera service adds a camera's tap when its pipeline starts
/// and removes it when the pipeline stops; the camera.snapshot command looks them up.
/// </summary>
public sealed class SnapshotTaps
{
    private readonly ConcurrentDictionary<string, SnapshotTap> _taps = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces, after a rebuild) the tap of one camera.</summary>
    public void Add(SnapshotTap tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        _taps[tap.CameraId] = tap;
    }

    /// <summary>Removes <paramref name="tap"/> (not a newer tap of the same camera) and fails a request still waiting on it.</summary>
    public void Remove(SnapshotTap tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        _taps.TryRemove(KeyValuePair.Create(tap.CameraId, tap));
        tap.Close($"camera {tap.CameraId} stopped");
    }

    /// <summary>The tap of running camera <paramref name="cameraId"/>.</summary>
    public bool TryGet(string cameraId, out SnapshotTap tap) => _taps.TryGetValue(cameraId, out tap!);

    /// <summary>Ids of the running cameras, sorted.</summary>
    public IReadOnlyList<string> Running
    {
        get
        {
            var ids = new List<string>(_taps.Keys);
            ids.Sort(StringComparer.Ordinal);
            return ids;
        }
    }
}
