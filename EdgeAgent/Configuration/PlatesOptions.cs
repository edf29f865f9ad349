namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>plates:</c> section: which vehicles are read, how often, and when a vote is good enough to report.</summary>
public sealed record PlatesOptions
{
    public IReadOnlyList<string> Grammars { get; init; } = PlateGrammarIds.Default;

    public IReadOnlyList<string> Labels { get; init; } = ["car", "truck", "bus", "motorcycle"];

    public double MinConfidence { get; init; } = 0.5;

    public int MaxReadsPerFrame { get; init; } = 2;

    public int ConfidentReads { get; init; } = 3;

    public double ConfidentScore { get; init; } = 0.8;

    public int MinVehicleHeight { get; init; } = 48;

    public double CropMargin { get; init; } = 0.1;

    public int DetectSide { get; init; } = 512;

    public string Report { get; init; } = PlateReport.All;

    /// <summary>The <c>plates:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<PlatesOptions> Table = new OptionTable<PlatesOptions>("Which vehicles are read for plates, how often, and when a vote is good enough to report.")
        .Number("min_confidence", o => o.MinConfidence, (o, v) => o with { MinConfidence = v }, 0, 1, "Lowest voted confidence (0..1) reported as a plate event; reads fitting no grammar stay below 0.3.")
        .Whole("max_reads_per_frame", o => o.MaxReadsPerFrame, (o, v) => o with { MaxReadsPerFrame = v }, 1, 16, "Most plate reads per frame across all tracks (each costs a detection and a recognition), so cost stays bounded.")
        .Whole("confident_reads", o => o.ConfidentReads, (o, v) => o with { ConfidentReads = v }, 1, 50, "Agreeing reads after which a track's plate is reported at once and the track is no longer read.")
        .Number("confident_score", o => o.ConfidentScore, (o, v) => o with { ConfidentScore = v }, 0, 1, "Voted confidence those reads must reach for the early report.")
        .Whole("min_vehicle_height", o => o.MinVehicleHeight, (o, v) => o with { MinVehicleHeight = v }, 8, 4096, "Vehicles shorter than this (frame pixels) are not read: their plates are too small to read.")
        .Number("crop_margin", o => o.CropMargin, (o, v) => o with { CropMargin = v }, 0, 1, "The vehicle box is widened by this fraction on each side before the plate search (boxes cut bumpers).")
        .Whole("detect_side", o => o.DetectSide, (o, v) => o with { DetectSide = v }, 128, 1536, "Longest side, in pixels, the text detector sees the vehicle crop at.")
        .Choice("report", o => o.Report, (o, v) => o with { Report = v }, [PlateReport.All, PlateReport.Matches], "Which reads leave the device: all (a plate event for every vehicle read, so the centre can check plates against national databases itself) or matches (only plate_match events for watchlist hits).")
        .Strings("labels", o => o.Labels, (o, v) => o with { Labels = v }, "Vehicle labels whose tracks are searched for plates.")
        .Custom("grammars", static (m, o) =>
        {
            if (!m.Has("grammars")) return o;
            var ids = m.StringList("grammars");
            foreach (var id in ids)
            {
                if (!PlateGrammarIds.Known.Contains(id)) m.Error("grammars", $"'{id}' is not a known plate grammar ({string.Join(", ", PlateGrammarIds.Known)})");
            }
            if (ids.Count == 0) m.Error("grammars", "at least one grammar is needed");
            return o with { Grammars = ids };
        }, OptionSchema.Scalar(OptionSchema.Strings(), ""), "Plate grammar ids: ua, eu, ua_2004, pl...");
}

/// <summary>Values of <c>plates.report</c>.</summary>
public static class PlateReport
{
    /// <summary>Every read is published as a <c>plate</c> event (and matches as <c>plate_match</c> as well).</summary>
    public const string All = "all";

    /// <summary>Only watchlist matches leave the device; other reads are counted in the log, never published.</summary>
    public const string Matches = "matches";
}
