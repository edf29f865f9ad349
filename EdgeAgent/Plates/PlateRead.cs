namespace EdgeAgent.Plates;

/// <summary>One change the grammar made to a character, so a corrected read is never mistaken for a clean one.</summary>
/// <param name="Index">Position in the normalised text.</param>
/// <param name="From">Character the recogniser gave.</param>
/// <param name="To">Character the grammar put there.</param>
public readonly record struct PlateCorrection(int Index, char From, char To)
{
    /// <inheritdoc />
    public override string ToString() => $"{Index}:{From}->{To}";
}

/// <summary>A plate as read from one crop: normalised text, what the recogniser said, the format it fits and how sure we are.</summary>
public sealed record PlateRead
{
    /// <summary>Grammar id given to reads that fit no configured format.</summary>
    public const string NoGrammar = "none";

    /// <summary>Normalised text: Latin capitals and digits only (empty when nothing plate-like was read).</summary>
    public required string Text { get; init; }

    /// <summary>The recogniser's text as given, before any normalisation.</summary>
    public required string Raw { get; init; }

    /// <summary>Id of the grammar the text fits, or <see cref="NoGrammar"/>.</summary>
    public required string Grammar { get; init; }

    /// <summary>True when <see cref="Grammar"/> is a specific format (national or per-country), not a generic one.</summary>
    public bool Specific { get; init; }

    /// <summary>Rank of the fit at one place: 2 a specific format, 1 a generic one, 0 none.</summary>
    public int FitRank => Specific ? 2 : FitsGrammar ? 1 : 0;

    /// <summary>Confidence 0..1: recogniser confidence lowered by the grammar's prior and each correction.</summary>
    public required float Confidence { get; init; }

    /// <summary>Per-character confidence aligned with <see cref="Text"/> (corrected characters count less).</summary>
    public required IReadOnlyList<float> CharConfidences { get; init; }

    /// <summary>Positional corrections made (digit/letter look-alikes), in position order.</summary>
    public IReadOnlyList<PlateCorrection> Corrections { get; init; } = [];

    /// <summary>True when the text fits one of the configured grammars.</summary>
    public bool FitsGrammar => Grammar != NoGrammar;

    /// <inheritdoc />
    public override string ToString() => $"{Text} ({Grammar}, {Confidence:0.00}, raw '{Raw}')";
}
