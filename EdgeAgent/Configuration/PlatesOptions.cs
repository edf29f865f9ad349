namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>plates:</c> section: which vehicles are read, how often, and when a vote is good enough to report.</summary>
public sealed record PlatesOptions
{
    /// <summary>Grammar ids (see <see cref="PlateGrammarIds"/>): <c>ua</c>, <c>eu</c>, <c>ua_2004</c>, <c>pl</c>...</summary>
    public IReadOnlyList<string> Grammars { get; init; } = PlateGrammarIds.Default;

    /// <summary>Vehicle labels whose tracks are searched for plates.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["car", "truck", "bus", "motorcycle"];

    /// <summary>Lowest voted confidence (0..1) reported as a plate event; reads fitting no grammar stay below 0.3.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Most plate reads per frame across all tracks (each costs a detection and a recognition), so cost stays bounded.</summary>
    public int MaxReadsPerFrame { get; init; } = 2;

    /// <summary>Agreeing reads after which a track's plate is reported at once and the track is no longer read.</summary>
    public int ConfidentReads { get; init; } = 3;

    /// <summary>Voted confidence those reads must reach for the early report.</summary>
    public double ConfidentScore { get; init; } = 0.8;

    /// <summary>Vehicles shorter than this (frame pixels) are not read: their plates are too small to read.</summary>
    public int MinVehicleHeight { get; init; } = 48;

    /// <summary>The vehicle box is widened by this fraction on each side before the plate search (boxes cut bumpers).</summary>
    public double CropMargin { get; init; } = 0.1;

    /// <summary>Longest side, in pixels, the text detector sees the vehicle crop at.</summary>
    public int DetectSide { get; init; } = 512;

    /// <summary>
    /// Which reads leave the device: <c>all</c> (a <c>plate</c> event for every vehicle read, so the centre can check
    /// plates against national databases itself) or <c>matches</c> (only <c>plate_match</c> events for watchlist hits).
    /// </summary>
    public string Report { get; init; } = PlateReport.All;

    internal static PlatesOptions Read(ConfigMap m)
    {
        var o = new PlatesOptions
        {
            MinConfidence = m.Number("min_confidence", 0.5, 0, 1),
            MaxReadsPerFrame = m.Whole("max_reads_per_frame", 2, 1, 16),
            ConfidentReads = m.Whole("confident_reads", 3, 1, 50),
            ConfidentScore = m.Number("confident_score", 0.8, 0, 1),
            MinVehicleHeight = m.Whole("min_vehicle_height", 48, 8, 4096),
            CropMargin = m.Number("crop_margin", 0.1, 0, 1),
            DetectSide = m.Whole("detect_side", 512, 128, 1536),
            Report = m.Choice("report", PlateReport.All, PlateReport.All, PlateReport.Matches),
        };
        if (m.Has("labels")) o = o with { Labels = m.StringList("labels") };
        if (m.Has("grammars"))
        {
            var ids = m.StringList("grammars");
            foreach (var id in ids)
            {
                if (!PlateGrammarIds.Known.Contains(id)) m.Error("grammars", $"'{id}' is not a known plate grammar ({string.Join(", ", PlateGrammarIds.Known)})");
            }
            if (ids.Count == 0) m.Error("grammars", "at least one grammar is needed");
            o = o with { Grammars = ids };
        }
        return o;
    }
}

/// <summary>Values of <c>plates.report</c>.</summary>
public static class PlateReport
{
    /// <summary>Every read is published as a <c>plate</c> event (and matches as <c>plate_match</c> as well).</summary>
    public const string All = "all";

    /// <summary>Only watchlist matches leave the device; other reads are counted in the log, never published.</summary>
    public const string Matches = "matches";
}
