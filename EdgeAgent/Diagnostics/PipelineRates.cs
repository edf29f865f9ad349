namespace EdgeAgent.Diagnostics;

/// <summary>Frames analysed per second over every camera, and the share of them whose analysis failed, over <see cref="Seconds"/>.</summary>
public readonly record struct PipelineRates(double FramesPerSecond, double FaultRate, double Seconds);

/// <summary>
/// Samples of the cameras' frame and fault counters over time, so a rate can be read over any recent span: the health
/// a model update is judged against (before the switch) and judged by (during its probation).
/// </summary>
public sealed class PipelineRateWindow
{
    private readonly CameraHealthRegistry _cameras;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset At, long Frames, long Faults)> _samples = new();
    private readonly TimeSpan _keep;

    /// <summary>A window over <paramref name="cameras"/> keeping samples of the last <paramref name="keep"/>.</summary>
    public PipelineRateWindow(CameraHealthRegistry cameras, TimeProvider time, TimeSpan? keep = null)
    {
        _cameras = cameras;
        _time = time;
        _keep = keep ?? TimeSpan.FromHours(1);
    }

    /// <summary>Records the counters now.</summary>
    public void Sample()
    {
        long frames = 0, faults = 0;
        foreach (var c in _cameras.Cameras)
        {
            frames += c.Pipeline.Frames;
            faults += c.Pipeline.Faults;
        }
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _samples.Enqueue((now, frames, faults));
            while (_samples.Count > 2 && now - _samples.Peek().At > _keep) _samples.Dequeue();
        }
    }

    /// <summary>The rates between the first sample at or after <paramref name="since"/> and the last one; null without two samples.</summary>
    public PipelineRates? Since(DateTimeOffset since)
    {
        lock (_gate)
        {
            (DateTimeOffset At, long Frames, long Faults)? first = null, last = null;
            foreach (var s in _samples)
            {
                if (s.At < since) continue;
                first ??= s;
                last = s;
            }
            if (first is not { } a || last is not { } b || b.At <= a.At) return null;
            var seconds = (b.At - a.At).TotalSeconds;
            var frames = b.Frames - a.Frames;
            // Counters restart when a camera is rebuilt; a negative difference is no evidence either way.
            if (frames < 0 || b.Faults < a.Faults) return null;
            return new PipelineRates(frames / seconds, frames == 0 ? 0 : (double)(b.Faults - a.Faults) / frames, seconds);
        }
    }

    /// <summary>The rates over the last <paramref name="span"/>.</summary>
    public PipelineRates? Last(TimeSpan span) => Since(_time.GetUtcNow() - span);
}
