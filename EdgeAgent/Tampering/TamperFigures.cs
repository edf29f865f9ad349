namespace EdgeAgent.Tampering;

/// <summary>
/// What one frame looks like against the camera's reference: the figures the four tamper types are decided on, each
/// normalised for brightness (an offset or a gain of the whole picture changes none of the ratios).
/// </summary>
/// <param name="Brightness">Mean grey level, 0..255.</param>
/// <param name="Contrast">Standard deviation of the grey levels, 0..128.</param>
/// <param name="Flat">Fraction of the blocks textured in the reference that are flat now (covered), 0..1.</param>
/// <param name="Sharpness">Gradient relative to local contrast, as a ratio to the reference's (defocused); 1 is normal.</param>
/// <param name="Structure">Correlation of the local-contrast layout with the reference's (turned), -1..1.</param>
/// <param name="StructureNormal">The correlation this camera shows while its view is normal.</param>
/// <param name="Saturated">Fraction of the picture saturated (grey 250 and above), 0..1.</param>
/// <param name="SaturatedReference">The saturated fraction of the reference (a lamp in view).</param>
public readonly record struct TamperFigures(
    double Brightness, double Contrast, double Flat, double Sharpness, double Structure, double StructureNormal, double Saturated, double SaturatedReference)
{
    /// <summary>Structure relative to its normal level (turned): 1 is normal, 0 nothing in common.</summary>
    public double StructureRatio => StructureNormal <= 0 ? 1 : Math.Clamp(Structure / StructureNormal, 0, 1.5);

    /// <summary>Saturation beyond the reference's own (blinded).</summary>
    public double SaturatedExcess => Math.Max(0, Saturated - SaturatedReference);

    /// <summary>The figure one type is decided on.</summary>
    public double For(TamperType type) => type switch
    {
        TamperType.Covered => Flat,
        TamperType.Defocused => Sharpness,
        TamperType.Turned => StructureRatio,
        TamperType.Blinded => SaturatedExcess,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

/// <summary>The kinds of picture tampering, in the order one masks the next (a blinded picture also looks covered).</summary>
public enum TamperType
{
    /// <summary>Saturated by a light.</summary>
    Blinded = 0,

    /// <summary>Brightness and contrast collapse, edges vanish (a bag, paint).</summary>
    Covered = 1,

    /// <summary>The static structure of the scene no longer matches the reference (turned away).</summary>
    Turned = 2,

    /// <summary>Sharpness well below the reference's (knocked out of focus, a smeared lens).</summary>
    Defocused = 3,
}

/// <summary>Wire names of <see cref="TamperType"/>.</summary>
public static class TamperTypeNames
{
    /// <summary>The types in <see cref="TamperType"/> order.</summary>
    public static readonly TamperType[] All = [TamperType.Blinded, TamperType.Covered, TamperType.Turned, TamperType.Defocused];

    /// <summary>The wire name: blinded, covered, turned, defocused.</summary>
    public static string Name(TamperType type) => type switch
    {
        TamperType.Blinded => "blinded",
        TamperType.Covered => "covered",
        TamperType.Turned => "turned",
        TamperType.Defocused => "defocused",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
