using EdgeAgent.Imaging;

namespace EdgeAgent.LeftObjects;

/// <summary>
/// What the frame says about who and what is where, beyond the tracks: every person detection above the tracker's
/// low score, every detection of a vetoing label (a train nobody tracks too), and the moving areas. Refilled per
/// frame by <see cref="LeftObjectStage"/>; the lists are reused.
/// </summary>
public sealed class PresenceCues
{
    /// <summary>False when the detector did not run on this frame: the detection lists then say nothing.</summary>
    public bool DetectorRan { get; set; }

    /// <summary>Person detections of the frame, strong and weak (a half-hidden person scores 0.2-0.4).</summary>
    public List<BoxF> People { get; } = new(32);

    /// <summary>Detections of the vetoing labels (people, vehicles, trains), strong and weak.</summary>
    public List<BoxF> Vetoing { get; } = new(32);

    /// <summary>Moving areas of the frame; null when the camera has no motion stage.</summary>
    public List<BoxF>? Motion { get; set; }

    /// <summary>Empties every list (a frame without any cue).</summary>
    public void Clear()
    {
        DetectorRan = false;
        People.Clear();
        Vetoing.Clear();
        Motion = null;
    }
}
