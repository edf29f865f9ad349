namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>tamper:</c> section: watching the picture for covering, defocus, turning and blinding.</summary>
public sealed record CameraTamperOptions
{
    public bool Enabled { get; init; } = true;

    public TimeSpan Learn { get; init; } = TimeSpan.FromMinutes(3);

    public TimeSpan Refresh { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan Clear { get; init; } = TimeSpan.FromSeconds(3);

    public TamperCheckOptions Covered { get; init; } = new CoveredCheck();

    public TamperCheckOptions Defocused { get; init; } = new DefocusedCheck();

    public TamperCheckOptions Turned { get; init; } = new TurnedCheck();

    public TamperCheckOptions Blinded { get; init; } = new BlindedCheck();

    /// <summary>The <c>tamper:</c> keys, each declared once; the defaults are the initialisers above and the checks' constructors.</summary>
    internal static readonly OptionTable<CameraTamperOptions> Table = new OptionTable<CameraTamperOptions>("Camera tampering seen in the picture (covered, defocused, turned, blinded).")
        .Flag("enabled", o => o.Enabled, (o, v) => o with { Enabled = v }, "False stops watching the picture of this camera.")
        .Duration("learn", o => o.Learn, (o, v) => o with { Learn = v }, TimeSpan.FromSeconds(5), TimeSpan.FromDays(1), "How long the reference (structure, sharpness, texture) is learned before any alarm can start.")
        .Duration("refresh", o => o.Refresh, (o, v) => o with { Refresh = v }, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30), "Time constant of the reference's slow refresh while the view is normal.")
        .Duration("clear", o => o.Clear, (o, v) => o with { Clear = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "A condition must have stayed past its end threshold this long before its alarm ends.")
        .Section("covered", (o, v) => o with { Covered = v }, CoveredCheck.Table)
        .Section("defocused", (o, v) => o with { Defocused = v }, DefocusedCheck.Table)
        .Section("turned", (o, v) => o with { Turned = v }, TurnedCheck.Table)
        .Section("blinded", (o, v) => o with { Blinded = v }, BlindedCheck.Table);
}

/// <summary>One tamper type's thresholds: where it starts, where it ends (hysteresis) and how long it must last.</summary>
public record TamperCheckOptions
{
    /// <summary>A type's defaults, which only the type itself knows.</summary>
    private protected TamperCheckOptions(double start, double end, TimeSpan after)
    {
        Start = start;
        End = end;
        After = after;
    }

    public bool Enabled { get; init; } = true;

    /// <summary>The figure at which the condition holds (0..1).</summary>
    public double Start { get; init; }

    /// <summary>The figure at which it is gone again; on the normal side of <see cref="Start"/>.</summary>
    public double End { get; init; }

    /// <summary>The condition must hold this long before the alarm starts (a passing bus, a flash of headlights).</summary>
    public TimeSpan After { get; init; }

    /// <summary>The keys of one type's section, the same for all four; <typeparamref name="TC"/>'s constructor gives the defaults.</summary>
    private protected static OptionTable<TC> TableOf<TC>(string doc, string figure, bool higherIsWorse)
        where TC : TamperCheckOptions, new() =>
        new OptionTable<TC>(doc)
            .Flag("enabled", o => o.Enabled, (o, v) => (TC)(o with { Enabled = v }), "False never raises this type.")
            .Number("start", o => o.Start, (o, v) => (TC)(o with { Start = v }), 0.01, 1, $"The alarm starts when {figure} reaches this.")
            .Number("end", o => o.End, (o, v) => (TC)(o with { End = v }), 0.01, 1, "It ends when the figure is back past this (hysteresis).")
            .Duration("after", o => o.After, (o, v) => (TC)(o with { After = v }), TimeSpan.Zero, TimeSpan.FromHours(1), "The condition must hold this long before the alarm starts.")
            .Check((m, o) =>
            {
                // An end threshold on the wrong side of the start would end every alarm on the frame it started.
                if (higherIsWorse && o.End >= o.Start) m.Error("end", $"must be below start ({o.Start}): the figure grows as the picture gets worse");
                if (!higherIsWorse && o.End <= o.Start) m.Error("end", $"must be above start ({o.Start}): the figure falls as the picture gets worse");
                return o;
            });
}

/// <summary>Covered: the share of the reference's textured blocks that went flat.</summary>
public sealed record CoveredCheck : TamperCheckOptions
{
    /// <summary>The defaults: 80 % of the textured blocks flat for 3 s; ends under 60 %.</summary>
    public CoveredCheck()
        : base(start: 0.8, end: 0.6, after: TimeSpan.FromSeconds(3))
    {
    }

    internal static readonly OptionTable<CoveredCheck> Table = TableOf<CoveredCheck>("Covered: brightness and contrast collapse, edges vanish.", "the share of the reference's textured blocks now flat", higherIsWorse: true);
}

/// <summary>Defocused: sharpness (gradient energy over local variance) as a ratio to the reference's.</summary>
public sealed record DefocusedCheck : TamperCheckOptions
{
    /// <summary>The defaults: sharpness at most 0.45 of the reference's for 5 s; ends over 0.65.</summary>
    public DefocusedCheck()
        : base(start: 0.45, end: 0.65, after: TimeSpan.FromSeconds(5))
    {
    }

    internal static readonly OptionTable<DefocusedCheck> Table = TableOf<DefocusedCheck>("Defocused: sharpness well below the reference's.", "sharpness relative to the reference's (falling)", higherIsWorse: false);
}

/// <summary>Turned: the structure match as a ratio to its normal level.</summary>
public sealed record TurnedCheck : TamperCheckOptions
{
    /// <summary>The defaults: structure at most half its normal level for 5 s; ends over 0.7.</summary>
    public TurnedCheck()
        : base(start: 0.5, end: 0.7, after: TimeSpan.FromSeconds(5))
    {
    }

    internal static readonly OptionTable<TurnedCheck> Table = TableOf<TurnedCheck>("Turned: the static structure of the scene no longer matches the reference.", "structure relative to its normal level (falling)", higherIsWorse: false);
}

/// <summary>Blinded: the share of the picture saturated beyond the reference's own.</summary>
public sealed record BlindedCheck : TamperCheckOptions
{
    /// <summary>The defaults: half the picture newly saturated for 2 s; ends under 30 %.</summary>
    public BlindedCheck()
        : base(start: 0.5, end: 0.3, after: TimeSpan.FromSeconds(2))
    {
    }

    internal static readonly OptionTable<BlindedCheck> Table = TableOf<BlindedCheck>("Blinded: saturated by a light.", "the share of the picture newly saturated", higherIsWorse: true);
}
