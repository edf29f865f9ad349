namespace EdgeAgent.Configuration;

/// <summary>Which analytics a camera runs beyond capture and motion; each adds its stages to the pipeline.</summary>
[Flags]
public enum AnalysisKinds
{
    /// <summary>Nothing but camera status.</summary>
    None = 0,

    /// <summary>Object detection and tracking, zones, lines (and the counts built on them).</summary>
    Objects = 1,

    /// <summary>Faces on person tracks: best shot, descriptor, watchlist match.</summary>
    Faces = 2,

    /// <summary>Licence plates on vehicle tracks: read, vote, watchlist match.</summary>
    Plates = 4,

    /// <summary>Left objects: bags that stay after their owner has gone.</summary>
    Left = 8,
}

/// <summary>Names of <see cref="AnalysisKinds"/> as written in config and on the command line.</summary>
public static class AnalysisKindNames
{
    /// <summary>The words, in order: objects, faces, plates, left.</summary>
    public static readonly string[] All = ["objects", "faces", "plates", "left"];

    /// <summary>The flag of one word; faces, plates and left need objects (they work on tracks), so they imply it.</summary>
    public static AnalysisKinds Parse(string word) => word switch
    {
        "objects" => AnalysisKinds.Objects,
        "faces" => AnalysisKinds.Faces | AnalysisKinds.Objects,
        "plates" => AnalysisKinds.Plates | AnalysisKinds.Objects,
        "left" => AnalysisKinds.Left | AnalysisKinds.Objects,
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, $"not one of {string.Join(", ", All)}"),
    };

    /// <summary>The flags of a list of words.</summary>
    public static AnalysisKinds Parse(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kinds = AnalysisKinds.None;
        foreach (var w in words) kinds |= Parse(w);
        return kinds;
    }
}
