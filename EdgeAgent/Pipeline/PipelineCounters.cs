namespace EdgeAgent.Pipeline;

/// <summary>Counters one camera's pipeline keeps for health telemetry and benchmarks; updated without locks.</summary>
public sealed class PipelineCounters
{
    private readonly long[] _stageTicks;
    private long _frames;
    private long _dropped;
    private long _faults;

    /// <summary>Creates counters for <paramref name="stages"/> stages.</summary>
    public PipelineCounters(int stages) => _stageTicks = new long[stages];

    /// <summary>Frames analysed.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Frames dropped because analysis lagged behind capture.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Frames on which a stage threw.</summary>
    public long Faults => Interlocked.Read(ref _faults);

    /// <summary>Total time spent in a stage.</summary>
    public TimeSpan StageTime(int stage) => TimeSpan.FromTicks(Interlocked.Read(ref _stageTicks[stage]));

    internal void OnFrame() => Interlocked.Increment(ref _frames);

    internal void OnDropped() => Interlocked.Increment(ref _dropped);

    internal void OnFault() => Interlocked.Increment(ref _faults);

    internal void AddStageTime(int stage, TimeSpan elapsed) => Interlocked.Add(ref _stageTicks[stage], elapsed.Ticks);
}
