using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>
/// Someone tampers with a camera, as seen in its picture: <c>start</c> once a condition held its minimum duration,
/// <c>end</c> once it cleared. High priority, never dropped.
/// </summary>
/// <remarks>
/// Wire fields: <c>type</c> (<c>covered</c>, <c>defocused</c>, <c>turned</c>, <c>blinded</c>) and the figures of the
/// frame: <c>brightness</c> (mean grey 0..255), <c>contrast</c> (grey σ), <c>flat</c> (share of the reference's textured
/// blocks gone flat), <c>sharpness</c> (ratio to the reference), <c>structure</c> (correlation with the reference's
/// layout) and <c>structure_normal</c> (its normal level), <c>saturated</c> (share of the picture); <c>seconds</c>: on
/// start how long the condition had held, on end how long the alarm lasted.
/// </remarks>
public sealed record CameraTamperEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "camera_tamper";

    /// <summary>A blind camera is a security gap the centre must hear of at once, even while the disk refuses the rest.</summary>
    public override EventPriority Priority => EventPriority.High;

    /// <summary>covered, defocused, turned or blinded.</summary>
    public required string Type { get; init; }

    /// <summary>Mean grey level, 0..255.</summary>
    public double Brightness { get; init; }

    /// <summary>Standard deviation of the grey levels.</summary>
    public double Contrast { get; init; }

    /// <summary>Share of the reference's textured blocks that are flat now.</summary>
    public double Flat { get; init; }

    /// <summary>Sharpness as a ratio to the reference's.</summary>
    public double Sharpness { get; init; }

    /// <summary>Correlation of the local-contrast layout with the reference's.</summary>
    public double Structure { get; init; }

    /// <summary>The correlation this camera shows while its view is normal.</summary>
    public double StructureNormal { get; init; }

    /// <summary>Share of the picture saturated.</summary>
    public double Saturated { get; init; }

    /// <summary>On start: how long the condition had held; on end: how long the alarm lasted.</summary>
    public double Seconds { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("type", Type);
        writer.WriteNumber("brightness", Math.Round(Brightness, 1));
        writer.WriteNumber("contrast", Math.Round(Contrast, 1));
        writer.WriteNumber("flat", Math.Round(Flat, 3));
        writer.WriteNumber("sharpness", Math.Round(Sharpness, 3));
        writer.WriteNumber("structure", Math.Round(Structure, 3));
        writer.WriteNumber("structure_normal", Math.Round(StructureNormal, 3));
        writer.WriteNumber("saturated", Math.Round(Saturated, 3));
        writer.WriteNumber("seconds", Math.Round(Seconds, 1));
    }
}
