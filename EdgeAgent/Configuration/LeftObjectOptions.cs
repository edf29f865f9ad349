namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>left_objects:</c> section: what counts as a left object, when it raises an alarm and when the alarm ends.</summary>
public sealed record LeftObjectOptions
{
    public IReadOnlyList<string> Labels { get; init; } = ["backpack", "handbag", "suitcase"];

    public IReadOnlyList<string> Vetoing { get; init; } = ["person", "bicycle", "car", "motorcycle", "bus", "truck", "train", "boat", "airplane"];

    public TimeSpan After { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMinutes(15);

    public double OwnerDistance { get; init; } = 1.5;

    public TimeSpan OwnerGrace { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan OwnerHistory { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MissingGrace { get; init; } = TimeSpan.FromSeconds(3);

    public double MoveRadius { get; init; } = 0.5;

    /// <summary>The static-foreground detector (objects the detector has no class for).</summary>
    public StaticForegroundOptions Static { get; init; } = new();

    public IReadOnlyList<LeftObjectZoneOptions> Zones { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Exclude { get; init; } = [];

    /// <summary>The <c>left_objects:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<LeftObjectOptions> Table = new OptionTable<LeftObjectOptions>("What counts as a left object, when it raises an alarm and when the alarm ends.")
        .Duration("after", o => o.After, (o, v) => o with { After = v }, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), "An object must stay this long after its owner left (or after it arrived, if later) before the alarm starts: T.")
        .Duration("update_interval", o => o.UpdateInterval, (o, v) => o with { UpdateInterval = v }, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), "Shortest time between two update events of one alarm.")
        .Duration("max_age", o => o.MaxAge, (o, v) => o with { MaxAge = v }, TimeSpan.FromSeconds(10), TimeSpan.FromDays(7), "An open alarm ends as absorbed this long after the object became stationary: it is part of the scene now.")
        .Number("owner_distance", o => o.OwnerDistance, (o, v) => o with { OwnerDistance = v }, 0.1, 20, "A person farther than this many of their own heights from the object is away from it (perspective-free distance).")
        .Duration("owner_grace", o => o.OwnerGrace, (o, v) => o with { OwnerGrace = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "The owner is gone once no cue (person detection at any score, track, motion, person-sized still foreground) has put anyone at the object for this long.")
        .Duration("owner_history", o => o.OwnerHistory, (o, v) => o with { OwnerHistory = v }, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), "How far back before an object appears its owner is looked for.")
        .Duration("missing_grace", o => o.MissingGrace, (o, v) => o with { MissingGrace = v }, TimeSpan.Zero, TimeSpan.FromMinutes(10), "An object unseen this long is gone (removed or reclaimed).")
        .Number("move_radius", o => o.MoveRadius, (o, v) => o with { MoveRadius = v }, 0.05, 5, "A bag track whose centre moves more than this fraction of its size has moved (and is stationary no more).")
        .Section("static", (o, v) => o with { Static = v }, StaticForegroundOptions.Table)
        .List("zones", (o, v) => o with { Zones = v }, LeftObjectZoneOptions.Table, "Areas where left objects count, each with its own T; empty means the whole frame with after.")
        .Strings("labels", o => o.Labels, (o, v) => o with { Labels = v }, "Detector labels whose stationary tracks are candidates.")
        .Custom("exclude", static (m, o) => o with { Exclude = m.List("exclude", p => MotionOptions.Polygon(p, "points")) }, MotionOptions.MaskList(),
            "Areas (normalised polygons) where nothing is a left object, even inside a zone: rails, a road, a shop window.")
        .Strings("vetoing", o => o.Vetoing, (o, v) => o with { Vetoing = v },
            "Labels whose tracks or detections (at the tracker's low score) veto a static blob under them: a person standing still, a parked vehicle, a train at the platform (detected for this though nobody tracks trains).")
        .Check(static (m, o) =>
        {
            if (o.MaxAge <= o.After) m.Error("max_age", $"must be longer than after ({o.After.TotalSeconds:0} s): an alarm cannot be absorbed before it starts");
            return o;
        });
}

/// <summary>An area of the frame where left objects count, with its own T.</summary>
public sealed record LeftObjectZoneOptions
{
    public string Name { get; init; } = "";

    public IReadOnlyList<(double X, double Y)> Polygon { get; init; } = [];

    public TimeSpan? After { get; init; }

    /// <summary>The keys of one <c>left_objects.zones:</c> entry.</summary>
    internal static readonly OptionTable<LeftObjectZoneOptions> Table = new OptionTable<LeftObjectZoneOptions>("An area of the frame where left objects count, with its own T.")
        .Custom("name", static (m, o) => o with { Name = m.Name("name") }, OptionSchema.Name(), "Zone name, reported in events.", required: true)
        .Custom("polygon", static (m, o) => o with { Polygon = MotionOptions.Polygon(m, "polygon") }, OptionSchema.Points(0, 1, 3), "Vertices, normalised 0..1 of the frame.")
        .Custom("after", static (m, o) => m.Has("after") ? o with { After = m.Duration("after", default, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)) } : o,
            OptionSchema.Scalar(OptionSchema.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)), ""), "T for objects in this zone; unset takes the camera's.");
}

/// <summary>The dual-background static-foreground detector's settings.</summary>
public sealed record StaticForegroundOptions
{
    public bool Enabled { get; init; } = true;

    public int Width { get; init; } = 320;

    public int Threshold { get; init; } = 12;

    public TimeSpan FastTime { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan SlowTime { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan StaticAfter { get; init; } = TimeSpan.FromSeconds(3);

    public double MinArea { get; init; } = 0.0008;

    public double MaxArea { get; init; } = 0.05;

    public double MaxAspect { get; init; } = 2.5;

    public double MinFill { get; init; } = 0.3;

    public double SceneChange { get; init; } = 0.3;

    public bool RejectLight { get; init; } = true;

    /// <summary>The <c>left_objects.static:</c> keys.</summary>
    internal static readonly OptionTable<StaticForegroundOptions> Table = new OptionTable<StaticForegroundOptions>("The dual-background static-foreground detector's settings.")
        .Flag("enabled", o => o.Enabled, (o, v) => o with { Enabled = v }, "False uses only the detector's bag tracks.")
        .Whole("width", o => o.Width, (o, v) => o with { Width = v }, 32, 1920, "Width of the grey image the backgrounds are kept at.")
        .Whole("threshold", o => o.Threshold, (o, v) => o with { Threshold = v }, 1, 255, "Grey-level difference (0..255) from a background that counts as different.")
        .Duration("fast_time", o => o.FastTime, (o, v) => o with { FastTime = v }, TimeSpan.FromSeconds(0.1), TimeSpan.FromMinutes(10), "Time constant of the fast background: how soon something that stops is part of it.")
        .Duration("slow_time", o => o.SlowTime, (o, v) => o with { SlowTime = v }, TimeSpan.FromSeconds(1), TimeSpan.FromHours(10), "Time constant of the slow background where it sees its own scene (lighting drift).")
        .Duration("static_after", o => o.StaticAfter, (o, v) => o with { StaticAfter = v }, TimeSpan.Zero, TimeSpan.FromHours(1), "Seconds of static evidence before a pixel is static foreground.")
        .Number("min_area", o => o.MinArea, (o, v) => o with { MinArea = v }, 0, 1, "Smallest blob, as a fraction of the frame area.")
        .Number("max_area", o => o.MaxArea, (o, v) => o with { MaxArea = v }, 0, 1, "Largest blob, as a fraction of the frame area.")
        .Number("max_aspect", o => o.MaxAspect, (o, v) => o with { MaxAspect = v }, 1, 100, "Largest height/width or width/height ratio of a blob's box (a standing person is about 3).")
        .Number("min_fill", o => o.MinFill, (o, v) => o with { MinFill = v }, 0, 1, "Smallest fraction of its box a blob fills (thin lines and shadows' outlines fill little).")
        .Number("scene_change", o => o.SceneChange, (o, v) => o with { SceneChange = v }, 0.01, 1, "A frame where more than this fraction is static foreground is a scene change: the slow background resets.")
        .Flag("reject_light", o => o.RejectLight, (o, v) => o with { RejectLight = v }, "Blobs that are the scene under a shadow or a patch of light (its colour kept, its brightness scaled evenly) are not objects.")
        .Check(static (m, o) =>
        {
            if (o.MaxArea <= o.MinArea) m.Error("max_area", "must be larger than min_area");
            if (o.SlowTime <= o.FastTime) m.Error("slow_time", "must be longer than fast_time");
            return o;
        });
}
