namespace EdgeAgent.Configuration;

/// <summary>How signed updates are trusted and how a new model proves itself before it is kept.</summary>
public sealed record UpdatesOptions
{
    /// <summary>The pinned maintainers' public key; null for <c>{state_dir}/keys/update-signing.pub</c> (where provision pins it).</summary>
    public string? SigningKey { get; init; }

    /// <summary>How long a newly switched model runs on probation before it is kept; zero keeps it at once.</summary>
    public TimeSpan Probation { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Time after the agent starts before probation measures anything (model warm-up, cameras connecting).</summary>
    public TimeSpan ProbationWarmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Rollback when frames analysed per second fall below this share of the rate before the update.</summary>
    public double MinFpsRatio { get; init; } = 0.7;

    /// <summary>Rollback when the share of frames whose analysis failed rises by more than this over the rate before the update.</summary>
    public double MaxFaultRateIncrease { get; init; } = 0.05;

    /// <summary>Rollback when the agent starts this many times during one probation (it keeps crashing with the new model).</summary>
    public int MaxProbationStarts { get; init; } = 3;

    internal static UpdatesOptions Read(ConfigMap m) => new()
    {
        SigningKey = m.Text("signing_key"),
        Probation = m.Duration("probation", TimeSpan.FromMinutes(10), TimeSpan.Zero, TimeSpan.FromDays(7)),
        ProbationWarmup = m.Duration("probation_warmup", TimeSpan.FromSeconds(30), TimeSpan.Zero, TimeSpan.FromHours(1)),
        MinFpsRatio = m.Number("min_fps_ratio", 0.7, 0, 1),
        MaxFaultRateIncrease = m.Number("max_fault_rate_increase", 0.05, 0, 1),
        MaxProbationStarts = m.Whole("max_probation_starts", 3, 1, 100),
    };
}
