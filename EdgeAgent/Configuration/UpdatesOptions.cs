namespace EdgeAgent.Configuration;

/// <summary>How signed updates are trusted and how a new model proves itself before it is kept.</summary>
public sealed record UpdatesOptions
{
    public string? SigningKey { get; init; }

    public TimeSpan Probation { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan ProbationWarmup { get; init; } = TimeSpan.FromSeconds(30);

    public double MinFpsRatio { get; init; } = 0.7;

    public double MaxFaultRateIncrease { get; init; } = 0.05;

    public int MaxProbationStarts { get; init; } = 3;

    /// <summary>The <c>updates:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<UpdatesOptions> Table = new OptionTable<UpdatesOptions>("How signed updates are trusted and how a new model proves itself before it is kept.")
        .OptionalText("signing_key", (o, v) => o with { SigningKey = v }, "The pinned maintainers' public key; unset for {state_dir}/keys/update-signing.pub (where provision pins it).")
        .Duration("probation", o => o.Probation, (o, v) => o with { Probation = v }, TimeSpan.Zero, TimeSpan.FromDays(7), "How long a newly switched model runs on probation before it is kept; zero keeps it at once.")
        .Duration("probation_warmup", o => o.ProbationWarmup, (o, v) => o with { ProbationWarmup = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "Time after the agent starts before probation measures anything (model warm-up, cameras connecting).")
        .Number("min_fps_ratio", o => o.MinFpsRatio, (o, v) => o with { MinFpsRatio = v }, 0, 1, "Rollback when frames analysed per second fall below this share of the rate before the update.")
        .Number("max_fault_rate_increase", o => o.MaxFaultRateIncrease, (o, v) => o with { MaxFaultRateIncrease = v }, 0, 1, "Rollback when the share of frames whose analysis failed rises by more than this over the rate before the update.")
        .Whole("max_probation_starts", o => o.MaxProbationStarts, (o, v) => o with { MaxProbationStarts = v }, 1, 100, "Rollback when the agent starts this many times during one probation (it keeps crashing with the new model).");
}
