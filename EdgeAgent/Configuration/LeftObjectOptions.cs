namespace EdgeAgent.Configuration;

/// <summary>A camera's <c>left_objects:</c> section: what counts as a left object, when it raises an alarm and when the alarm ends.</summary>
public sealed record LeftObjectOptions
{
    /// <summary>Detector labels whose stationary tracks are candidates.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["backpack", "handbag", "suitcase"];

    /// <summary>
    /// Labels whose tracks or detections (at the tracker's low score) veto a static blob under them: a person standing
    /// still, a parked vehicle, a train at the platform (detected for this even though nobody tracks trains).
    /// </summary>
    public IReadOnlyList<string> Vetoing { get; init; } = ["person", "bicycle", "car", "motorcycle", "bus", "truck", "train", "boat", "airplane"];

    /// <summary>An object must stay this long (and its owner be gone) before the alarm starts: T.</summary>
    public TimeSpan After { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest time between two update events of one alarm.</summary>
    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An open alarm ends as <c>absorbed</c> this long after the object became stationary: it is part of the scene now.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A person farther than this many of their own heights from the object is away from it (perspective-free distance).</summary>
    public double OwnerDistance { get; init; } = 1.5;

    /// <summary>The owner is gone once away this long (or once their track ended).</summary>
    public TimeSpan OwnerGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back before an object appears its owner is looked for.</summary>
    public TimeSpan OwnerHistory { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An object unseen this long is gone (removed or reclaimed).</summary>
    public TimeSpan MissingGrace { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>A bag track whose centre moves more than this fraction of its size has moved (and is stationary no more).</summary>
    public double MoveRadius { get; init; } = 0.5;

    /// <summary>The static-foreground detector (objects the detector has no class for).</summary>
    public StaticForegroundOptions Static { get; init; } = new();

    /// <summary>Areas where left objects count, each with its own T; empty means the whole frame with <see cref="After"/>.</summary>
    public IReadOnlyList<LeftObjectZoneOptions> Zones { get; init; } = [];

    /// <summary>Areas (normalised polygons) where nothing is a left object: rails, a road, a shop window.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Exclude { get; init; } = [];

    internal static LeftObjectOptions Read(ConfigMap m)
    {
        var o = new LeftObjectOptions
        {
            After = m.Duration("after", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
            UpdateInterval = m.Duration("update_interval", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
            MaxAge = m.Duration("max_age", TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(10), TimeSpan.FromDays(7)),
            OwnerDistance = m.Number("owner_distance", 1.5, 0.1, 20),
            OwnerGrace = m.Duration("owner_grace", TimeSpan.FromSeconds(5), TimeSpan.Zero, TimeSpan.FromHours(1)),
            OwnerHistory = m.Duration("owner_history", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
            MissingGrace = m.Duration("missing_grace", TimeSpan.FromSeconds(3), TimeSpan.Zero, TimeSpan.FromMinutes(10)),
            MoveRadius = m.Number("move_radius", 0.5, 0.05, 5),
            Static = m.Map("static", StaticForegroundOptions.Read),
            Zones = m.List("zones", LeftObjectZoneOptions.Read),
            Exclude = m.List("exclude", p => MotionOptions.Polygon(p, "points")),
        };
        if (m.Has("labels")) o = o with { Labels = m.StringList("labels") };
        if (m.Has("vetoing")) o = o with { Vetoing = m.StringList("vetoing") };
        if (o.MaxAge <= o.After) m.Error("max_age", $"must be longer than after ({o.After.TotalSeconds:0} s): an alarm cannot be absorbed before it starts");
        return o;
    }
}

/// <summary>An area of the frame where left objects count, with its own T.</summary>
public sealed record LeftObjectZoneOptions
{
    /// <summary>Zone name, reported in events.</summary>
    public string Name { get; init; } = "";

    /// <summary>Vertices, normalised 0..1 of the frame.</summary>
    public IReadOnlyList<(double X, double Y)> Polygon { get; init; } = [];

    /// <summary>T for objects in this zone; null takes the camera's.</summary>
    public TimeSpan? After { get; init; }

    internal static LeftObjectZoneOptions Read(ConfigMap m) => new()
    {
        Name = m.Name("name"),
        Polygon = MotionOptions.Polygon(m, "polygon"),
        After = m.Has("after") ? m.Duration("after", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)) : null,
    };
}

/// <summary>The dual-background static-foreground detector's settings.</summary>
public sealed record StaticForegroundOptions
{
    /// <summary>False uses only the detector's bag tracks.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Width of the grey image the backgrounds are kept at.</summary>
    public int Width { get; init; } = 320;

    /// <summary>Grey-level difference (0..255) from a background that counts as different.</summary>
    public int Threshold { get; init; } = 12;

    /// <summary>Time constant of the fast background: how soon something that stops is part of it.</summary>
    public TimeSpan FastTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Time constant of the slow background where it sees its own scene (lighting drift).</summary>
    public TimeSpan SlowTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seconds of static evidence before a pixel is static foreground.</summary>
    public TimeSpan StaticAfter { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Smallest blob, as a fraction of the frame area.</summary>
    public double MinArea { get; init; } = 0.0008;

    /// <summary>Largest blob, as a fraction of the frame area.</summary>
    public double MaxArea { get; init; } = 0.05;

    /// <summary>Largest height/width or width/height ratio of a blob's box (a standing person is about 3).</summary>
    public double MaxAspect { get; init; } = 2.5;

    /// <summary>Smallest fraction of its box a blob fills (thin lines and shadows' outlines fill little).</summary>
    public double MinFill { get; init; } = 0.3;

    /// <summary>A frame where more than this fraction is static foreground is a scene change: the slow background resets.</summary>
    public double SceneChange { get; init; } = 0.3;

    internal static StaticForegroundOptions Read(ConfigMap m)
    {
        var o = new StaticForegroundOptions
        {
            Enabled = m.Flag("enabled", true),
            Width = m.Whole("width", 320, 32, 1920),
            Threshold = m.Whole("threshold", 12, 1, 255),
            FastTime = m.Duration("fast_time", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.1), TimeSpan.FromMinutes(10)),
            SlowTime = m.Duration("slow_time", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromHours(10)),
            StaticAfter = m.Duration("static_after", TimeSpan.FromSeconds(3), TimeSpan.Zero, TimeSpan.FromHours(1)),
            MinArea = m.Number("min_area", 0.0008, 0, 1),
            MaxArea = m.Number("max_area", 0.05, 0, 1),
            MaxAspect = m.Number("max_aspect", 2.5, 1, 100),
            MinFill = m.Number("min_fill", 0.3, 0, 1),
            SceneChange = m.Number("scene_change", 0.3, 0.01, 1),
        };
        if (o.MaxArea <= o.MinArea) m.Error("max_area", "must be larger than min_area");
        if (o.SlowTime <= o.FastTime) m.Error("slow_time", "must be longer than fast_time");
        return o;
    }
}
