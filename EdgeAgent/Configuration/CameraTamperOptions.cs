namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>tamper:</c> section: watching the picture for covering, defocus, turning and blinding.</summary>
public sealed record CameraTamperOptions
{
    /// <summary>False stops watching the picture of this camera.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How long the reference (structure, sharpness, texture) is learned before any alarm can start.</summary>
    public TimeSpan Learn { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Time constant of the reference's slow refresh while the view is normal (seasons, a new parked car).</summary>
    public TimeSpan Refresh { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A condition must have stayed below its end threshold this long before its alarm ends.</summary>
    public TimeSpan Clear { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Covered: the fraction of the reference's textured blocks that went flat.</summary>
    public TamperCheckOptions Covered { get; init; } = TamperCheckOptions.CoveredDefaults;

    /// <summary>Defocused: how far sharpness (gradient relative to contrast) may fall under the reference's, as a ratio.</summary>
    public TamperCheckOptions Defocused { get; init; } = TamperCheckOptions.DefocusedDefaults;

    /// <summary>Turned: how far the structure match may fall under its normal level, as a ratio.</summary>
    public TamperCheckOptions Turned { get; init; } = TamperCheckOptions.TurnedDefaults;

    /// <summary>Blinded: the fraction of the picture saturated beyond the reference's own.</summary>
    public TamperCheckOptions Blinded { get; init; } = TamperCheckOptions.BlindedDefaults;

    internal static CameraTamperOptions Read(ConfigMap m)
    {
        var o = new CameraTamperOptions
        {
            Enabled = m.Flag("enabled", true),
            Learn = m.Duration("learn", TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(5), TimeSpan.FromDays(1)),
            Refresh = m.Duration("refresh", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), TimeSpan.FromDays(30)),
            Clear = m.Duration("clear", TimeSpan.FromSeconds(3), TimeSpan.Zero, TimeSpan.FromHours(1)),
            Covered = m.Map("covered", c => TamperCheckOptions.Read(c, TamperCheckOptions.CoveredDefaults, higherIsWorse: true)),
            Defocused = m.Map("defocused", c => TamperCheckOptions.Read(c, TamperCheckOptions.DefocusedDefaults, higherIsWorse: false)),
            Turned = m.Map("turned", c => TamperCheckOptions.Read(c, TamperCheckOptions.TurnedDefaults, higherIsWorse: false)),
            Blinded = m.Map("blinded", c => TamperCheckOptions.Read(c, TamperCheckOptions.BlindedDefaults, higherIsWorse: true)),
        };
        return o;
    }
}

/// <summary>One tamper type's thresholds: where it starts, where it ends (hysteresis) and how long it must last.</summary>
public sealed record TamperCheckOptions
{
    internal static readonly TamperCheckOptions CoveredDefaults = new() { Start = 0.8, End = 0.6, After = TimeSpan.FromSeconds(3) };
    internal static readonly TamperCheckOptions DefocusedDefaults = new() { Start = 0.45, End = 0.65, After = TimeSpan.FromSeconds(5) };
    internal static readonly TamperCheckOptions TurnedDefaults = new() { Start = 0.5, End = 0.7, After = TimeSpan.FromSeconds(5) };
    internal static readonly TamperCheckOptions BlindedDefaults = new() { Start = 0.5, End = 0.3, After = TimeSpan.FromSeconds(2) };

    /// <summary>False never raises this type.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The figure at which the condition holds (0..1).</summary>
    public double Start { get; init; }

    /// <summary>The figure at which it is gone again; on the normal side of <see cref="Start"/>.</summary>
    public double End { get; init; }

    /// <summary>The condition must hold this long before the alarm starts (a passing bus, a flash of headlights).</summary>
    public TimeSpan After { get; init; }

    internal static TamperCheckOptions Read(ConfigMap m, TamperCheckOptions d, bool higherIsWorse)
    {
        var o = new TamperCheckOptions
        {
            Enabled = m.Flag("enabled", true),
            Start = m.Number("start", d.Start, 0.01, 1),
            End = m.Number("end", d.End, 0.01, 1),
            After = m.Duration("after", d.After, TimeSpan.Zero, TimeSpan.FromHours(1)),
        };
        // An end threshold on the wrong side of the start would end every alarm on the frame it started.
        if (higherIsWorse && o.End >= o.Start) m.Error("end", $"must be below start ({o.Start}): the figure grows as the picture gets worse");
        if (!higherIsWorse && o.End <= o.Start) m.Error("end", $"must be above start ({o.Start}): the figure falls as the picture gets worse");
        return o;
    }
}
