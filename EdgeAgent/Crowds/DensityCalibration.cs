namespace EdgeAgent.Crowds;

/// <summary>
/// Learns how much of a dense-crowd signal (person heatmap mass, moving area) one person makes in a zone, from frames
/// where few people are tracked there (tracks are trustworthy while people stand apart), and turns the signal into a
/// head count when the crowd grows and boxes merge. Until it has seen enough such frames it answers the tracked count.
/// </summary>
public sealed class DensityCalibration
{
    /// <summary>Calibration frames needed before the signal is used.</summary>
    public const int MinSamples = 10;

    /// <summary>Slowest learning rate: the scale follows lighting and season changes over a few hundred frames.</summary>
    private const double MinRate = 0.02;

    private double _perPerson;
    private int _samples;

    /// <summary>True once enough low-count frames were seen.</summary>
    public bool Calibrated => _samples >= MinSamples;

    /// <summary>Signal units per person learnt so far (0 before the first sample).</summary>
    public double PerPerson => _perPerson;

    /// <summary>Learns from one frame with <paramref name="tracked"/> people tracked in the zone, if that is in 1..<paramref name="calibrateBelow"/>.</summary>
    public void Learn(float signal, int tracked, int calibrateBelow)
    {
        if (tracked < 1 || tracked > calibrateBelow || signal <= 0) return;
        var ratio = signal / tracked;
        _samples++;
        var rate = Math.Max(MinRate, 1.0 / _samples);
        _perPerson += rate * (ratio - _perPerson);
    }

    /// <summary>
    /// The occupancy estimate: the signal in persons once calibrated, never below the tracked count (every tracked
    /// person is there even when the signal misses them: a still crowd makes no motion).
    /// </summary>
    public float Estimate(float signal, int tracked) =>
        Calibrated && _perPerson > 0 ? MathF.Max(tracked, (float)(signal / _perPerson)) : tracked;

    /// <summary>Forgets the scale (the scene changed).</summary>
    public void Reset()
    {
        _perPerson = 0;
        _samples = 0;
    }
}
