using EdgeAgent.Common;

using EdgeAgent.Diagnostics;

namespace EdgeAgent.Pipeline;

/// <summary>Counters one camera's pipeline keeps for health telemetry and benchmarks; updated without locks.</summary>
public sealed class PipelineCounters
{
    private readonly long[] _stageTicks;
    private readonly long[] _stageAllocated;
    private readonly LatencyWindow[] _stageWindows;
    private long _frames;
    private long _dropped;
    private long _faults;
    private long _allocated;
    private long _quietFrames;
    private long _quietAllocated;

    /// <summary>Creates counters for <paramref name="stages"/> stages.</summary>
    public PipelineCounters(int stages)
        : this(Names(stages))
    {
    }

    /// <summary>Creates counters for the stages named <paramref name="stageNames"/>, in pipeline order.</summary>
    public PipelineCounters(IReadOnlyList<string> stageNames)
    {
        ArgumentNullException.ThrowIfNull(stageNames);
        _stageTicks = new long[stageNames.Count];
        _stageAllocated = new long[stageNames.Count];
        _stageWindows = new LatencyWindow[stageNames.Count];
        for (var i = 0; i < _stageWindows.Length; i++) _stageWindows[i] = new LatencyWindow(stageNames[i]);
    }

    /// <summary>Number of stages.</summary>
    public int StageCount => _stageTicks.Length;

    /// <summary>Frames analysed.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Frames dropped because analysis lagged behind capture.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Frames on which a stage threw.</summary>
    public long Faults => Interlocked.Read(ref _faults);

    /// <summary>Managed bytes the stages allocated on the analysis thread, all frames.</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated);

    /// <summary>Frames on which no stage raised an event.</summary>
    public long QuietFrames => Interlocked.Read(ref _quietFrames);

    /// <summary>Managed bytes the stages allocated on frames that raised no event: the per-frame cost outside events.</summary>
    public long QuietAllocatedBytes => Interlocked.Read(ref _quietAllocated);

    /// <summary>Total time spent in a stage.</summary>
    public TimeSpan StageTime(int stage) => TimeSpan.FromTicks(Interlocked.Read(ref _stageTicks[stage]));

    /// <summary>Managed bytes a stage allocated on the analysis thread, all frames.</summary>
    public long StageAllocatedBytes(int stage) => Interlocked.Read(ref _stageAllocated[stage]);

    /// <summary>Recent per-frame durations of a stage (named after it), for median and p95.</summary>
    public LatencyWindow StageWindow(int stage) => _stageWindows[stage];

    internal void OnFrame() => Interlocked.Increment(ref _frames);

    internal void OnDropped() => Interlocked.Increment(ref _dropped);

    internal void OnFault() => Interlocked.Increment(ref _faults);

    internal void AddStageTime(int stage, TimeSpan elapsed, long allocated)
    {
        Interlocked.Add(ref _stageAllocated[stage], allocated);
        Interlocked.Add(ref _stageTicks[stage], elapsed.Ticks);
        _stageWindows[stage].Record(elapsed);
    }

    internal void AddAllocated(long bytes, bool quiet)
    {
        Interlocked.Add(ref _allocated, bytes);
        if (!quiet) return;
        Interlocked.Increment(ref _quietFrames);
        Interlocked.Add(ref _quietAllocated, bytes);
    }

    private static string[] Names(int stages)
    {
        var names = new string[stages];
        for (var i = 0; i < stages; i++) names[i] = "stage" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return names;
    }
}
