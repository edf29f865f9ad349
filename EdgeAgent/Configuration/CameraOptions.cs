using System.Collections.Frozen;

namespace EdgeAgent.Configuration;

/// <summary>One camera: its source, how it is decoded and which analytics run on it.</summary>
public sealed record CameraOptions
{
    /// <summary>Schemes a camera URL may have; a bare path is a local file, <c>/dev/video*</c> a V4L2 device.</summary>
    public static readonly string[] Schemes = ["rtsp", "rtmp", "http", "https", "file"];

    /// <summary>Camera id, unique on the device, part of MQTT topics.</summary>
    public string Id { get; init; } = "";

    /// <summary>Source: rtsp://, rtmp://, http(s):// MJPEG, file path or file://, or /dev/videoN.</summary>
    public string Url { get; init; } = "";

    /// <summary>False keeps the camera configured but idle.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>For files: play again from the start at the end instead of stopping.</summary>
    public bool Loop { get; init; }

    /// <summary>For files: pace frames at the file's own rate (true) or as fast as the pipeline takes them (false).</summary>
    public bool Realtime { get; init; } = true;

    /// <summary>RTSP transport: tcp (default, survives NAT and loss) or udp.</summary>
    public string RtspTransport { get; init; } = "tcp";

    /// <summary>Extra ffmpeg input arguments, for example hardware decoding (<c>-hwaccel drm</c>).</summary>
    public IReadOnlyList<string> InputArgs { get; init; } = [];

    /// <summary>Decode size and rate for detection.</summary>
    public DetectOptions Detect { get; init; } = new();

    /// <summary>No frame for this long marks the stream stalled and restarts it.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Cap of the exponential reconnect back-off.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Motion gating.</summary>
    public MotionOptions Motion { get; init; } = new();

    /// <summary>Which objects are tracked and reported.</summary>
    public ObjectsOptions Objects { get; init; } = new();

    /// <summary>Association, track lifetimes and the stationary rule.</summary>
    public TrackingOptions Tracking { get; init; } = new();

    /// <summary>Analytics this camera runs (objects, faces, plates, left); faces, plates and left imply objects.</summary>
    public Pipeline.AnalysisKinds Analytics { get; init; } = Pipeline.AnalysisKinds.Objects;

    /// <summary>Left-object alarms (used when <see cref="Analytics"/> includes left).</summary>
    public LeftObjectOptions LeftObjects { get; init; } = new();

    /// <summary>Polygons with entered/left and loitering.</summary>
    public IReadOnlyList<ZoneOptions> Zones { get; init; } = [];

    /// <summary>Directional counting lines.</summary>
    public IReadOnlyList<LineOptions> Lines { get; init; } = [];

    /// <summary>Periodic zone occupancy and line flows (<c>counts</c> messages).</summary>
    public CountsOptions Counts { get; init; } = new();

    /// <summary>Attach a small JPEG of the object to events (off: no pixels leave the device).</summary>
    public bool Thumbnails { get; init; }

    /// <summary>Plate reading on vehicle tracks (used when <see cref="Analytics"/> includes plates).</summary>
    public PlatesOptions Plates { get; init; } = new();

    internal static CameraOptions Read(ConfigMap m)
    {
        var o = new CameraOptions
        {
            Id = m.Text("id", "", required: true)!,
            Url = m.Url("url", "", required: true)!,
            Enabled = m.Flag("enabled", true),
            Loop = m.Flag("loop", false),
            Realtime = m.Flag("realtime", true),
            RtspTransport = m.Choice("rtsp_transport", "tcp", "tcp", "udp"),
            InputArgs = m.StringList("input_args"),
            Detect = m.Map("detect", DetectOptions.Read),
            StallTimeout = m.Duration("stall_timeout", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
            MaxBackoff = m.Duration("max_backoff", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30)),
            Motion = m.Map("motion", MotionOptions.Read),
            Objects = m.Map("objects", ObjectsOptions.Read),
            Tracking = m.Map("tracking", TrackingOptions.Read),
            Analytics = ReadAnalytics(m),
            LeftObjects = m.Map("left_objects", LeftObjectOptions.Read),
            Zones = m.List("zones", ZoneOptions.Read),
            Lines = m.List("lines", LineOptions.Read),
            Counts = m.Map("counts", CountsOptions.Read),
            Thumbnails = m.Flag("thumbnails", false),
            Plates = m.Map("plates", PlatesOptions.Read),
        };
        if (o.Id.Length > 0) DeviceOptions.CheckTopicSegment(m, "id", o.Id);
        if (o.Url.Length > 0) CheckUrl(m, o.Url);
        CheckUnique(m, "zones", o.Zones.Select(z => z.Name));
        CheckUnique(m, "lines", o.Lines.Select(l => l.Name));
        return o;
    }

    private static Pipeline.AnalysisKinds ReadAnalytics(ConfigMap m)
    {
        if (!m.Has("analytics")) return Pipeline.AnalysisKinds.Objects;
        var kinds = Pipeline.AnalysisKinds.None;
        foreach (var word in m.StringList("analytics"))
        {
            if (Pipeline.AnalysisKindNames.All.Contains(word)) kinds |= Pipeline.AnalysisKindNames.Parse(word);
            else m.Error("analytics", $"'{word}' is not one of {string.Join(", ", Pipeline.AnalysisKindNames.All)}");
        }
        return kinds;
    }

    /// <summary>The kind of source the URL names: rtsp, rtmp, http, https, file or device.</summary>
    public string SourceKind => SourceKindOf(Url);

    internal static string SourceKindOf(string url)
    {
        if (url.StartsWith("/dev/video", StringComparison.Ordinal)) return "device";
        var colon = url.IndexOf("://", StringComparison.Ordinal);
        return colon < 0 ? "file" : url[..colon].ToLowerInvariant();
    }

    private static void CheckUrl(ConfigMap m, string url)
    {
        var kind = SourceKindOf(url);
        if (kind is "device" or "file" && !url.Contains("://", StringComparison.Ordinal)) return;
        if (!Schemes.Contains(kind))
        {
            m.Error("url", $"scheme '{kind}' is not one of {string.Join(", ", Schemes)}");
            return;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (kind != "file" && uri.Host.Length == 0))
        {
            m.Error("url", $"'{UrlRedaction.Redact(url)}' is not a valid {kind} URL");
        }
    }

    private static void CheckUnique(ConfigMap m, string key, IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (n.Length > 0 && !seen.Add(n)) m.Error(key, $"name '{n}' is used twice");
        }
    }
}

/// <summary>Decode size and rate used for detection.</summary>
public sealed record DetectOptions
{
    /// <summary>Width the stream is scaled to for analysis.</summary>
    public int Width { get; init; } = 640;

    /// <summary>Height the stream is scaled to for analysis.</summary>
    public int Height { get; init; } = 360;

    /// <summary>Frames per second decoded for analysis.</summary>
    public double Fps { get; init; } = 5;

    /// <summary>Also detect on overlapping square tiles at native aspect (one model run each), merged with the whole-frame pass.</summary>
    public bool Tiles { get; init; }

    internal static DetectOptions Read(ConfigMap m)
    {
        var o = new DetectOptions
        {
            Width = m.Whole("width", 640, 64, 3840),
            Height = m.Whole("height", 360, 64, 2160),
            Fps = m.Number("fps", 5, 0.1, 60),
            Tiles = m.Flag("tiles", false),
        };
        if (o.Width % 2 != 0) m.Error("width", $"{o.Width} must be even (video scalers work on 2x2 chroma blocks)");
        if (o.Height % 2 != 0) m.Error("height", $"{o.Height} must be even (video scalers work on 2x2 chroma blocks)");
        return o;
    }
}

/// <summary>Motion detection settings; motion gates the detector.</summary>
public sealed record MotionOptions
{
    /// <summary>False runs the detector on every frame.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Grey-level difference (0..255) from the background that counts as motion.</summary>
    public int Threshold { get; init; } = 25;

    /// <summary>Smallest fraction of the frame that counts as motion.</summary>
    public double MinArea { get; init; } = 0.0005;

    /// <summary>Where detection runs when there is motion: the whole frame, or square regions around the motion.</summary>
    public string Detect { get; init; } = "frame";

    /// <summary>Polygons (normalised 0..1) where motion is ignored (timestamps, trees).</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Masks { get; init; } = [];

    /// <summary>Width of the grey image motion is computed on; smaller is cheaper and ignores finer noise.</summary>
    public int Width { get; init; } = 320;

    /// <summary>How fast the background absorbs change per frame (0..1); higher forgets still objects sooner.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>A frame where more than this fraction moves is a lighting change: the background resets, no motion is reported.</summary>
    public double LightingChange { get; init; } = 0.6;

    internal static MotionOptions Read(ConfigMap m) => new()
    {
        Enabled = m.Flag("enabled", true),
        Threshold = m.Whole("threshold", 25, 1, 255),
        MinArea = m.Number("min_area", 0.0005, 0, 1),
        Detect = m.Choice("detect", "frame", "frame", "regions"),
        Masks = m.List("masks", p => Polygon(p, "points")),
        Width = m.Whole("width", 320, 32, 1920),
        LearningRate = m.Number("learning_rate", 0.05, 0.0001, 1),
        LightingChange = m.Number("lighting_change", 0.6, 0.05, 1),
    };

    internal static IReadOnlyList<(double X, double Y)> Polygon(ConfigMap m, string key)
    {
        var pts = m.Points(key, 0, 1);
        if (m.Has(key) && pts.Count < 3) m.Error(key, "a polygon needs at least 3 points (normalised 0..1)");
        else if (pts.Count >= 3 && Math.Abs(Area(pts)) < MinPolygonArea)
        {
            // Points on one line or repeated enclose nothing: such a zone or mask would silently never match.
            m.Error(key, "the polygon has no area (its points repeat or lie on one line)");
        }
        return pts;
    }

    /// <summary>Smallest polygon area accepted, as a fraction of the frame: about one pixel of a 1280x720 frame.</summary>
    private const double MinPolygonArea = 1e-6;

    private static double Area(IReadOnlyList<(double X, double Y)> pts)
    {
        // Shoelace formula; the sign is the winding direction, which does not matter here.
        var twice = 0.0;
        for (var i = 0; i < pts.Count; i++)
        {
            var (x1, y1) = pts[i];
            var (x2, y2) = pts[(i + 1) % pts.Count];
            twice += (x1 * y2) - (x2 * y1);
        }
        return twice / 2;
    }
}

/// <summary>Which labels are tracked and with which minimum score and size.</summary>
public sealed record ObjectsOptions
{
    /// <summary>Labels to track; the default covers people, vehicles and bags.</summary>
    public IReadOnlyList<string> Track { get; init; } =
        ["person", "bicycle", "car", "motorcycle", "bus", "truck", "backpack", "handbag", "suitcase"];

    /// <summary>Default minimum detector score.</summary>
    public double MinScore { get; init; } = 0.35;

    /// <summary>
    /// Per-label thresholds chosen with <c>edgeagent eval objects</c> on coco128 (README, "Evaluating detection"): person
    /// at most 0.3 false a photo, the rest at most 0.05 and never under 0.25 (few examples). A camera's filters replace them label by label.
    /// </summary>
    public static readonly FrozenDictionary<string, LabelFilter> DefaultFilters = new Dictionary<string, LabelFilter>
    {
        ["person"] = new() { MinScore = 0.32 },
        ["bicycle"] = new() { MinScore = 0.25 }, ["motorcycle"] = new() { MinScore = 0.25 }, ["bus"] = new() { MinScore = 0.25 }, ["truck"] = new() { MinScore = 0.25 },
        ["backpack"] = new() { MinScore = 0.25 }, ["handbag"] = new() { MinScore = 0.25 }, ["suitcase"] = new() { MinScore = 0.25 },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Objects whose box fits in a square of this many frame pixels (its longer side shorter) are not reported or
    /// tracked: people far beyond where a camera can tell anything. 0 keeps all; a label's filter can set its own.
    /// </summary>
    public int MinSize { get; init; }

    /// <summary>Per-label filters.</summary>
    public IReadOnlyDictionary<string, LabelFilter> Filters { get; init; } = DefaultFilters;

    /// <summary>Polygons (normalised 0..1) where detections are dropped.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Masks { get; init; } = [];

    internal static ObjectsOptions Read(ConfigMap m)
    {
        var o = new ObjectsOptions
        {
            MinScore = m.Number("min_score", 0.35, 0, 1),
            MinSize = m.Whole("min_size", 0, 0, 65535),
            Filters = DefaultFilters.Concat(m.Dictionary("filters", LabelFilter.Read)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            Masks = m.List("masks", p => MotionOptions.Polygon(p, "points")),
        };
        if (m.Has("track")) o = o with { Track = m.StringList("track") };
        return o;
    }
}

/// <summary>Minimum score and area for one label.</summary>
public sealed record LabelFilter
{
    /// <summary>Minimum detector score (0..1).</summary>
    public double? MinScore { get; init; }

    /// <summary>Minimum box area in detect-size pixels.</summary>
    public int MinArea { get; init; }

    /// <summary>Minimum longer side of the box in frame pixels; null takes the camera's <c>objects.min_size</c>.</summary>
    public int? MinSize { get; init; }

    internal static LabelFilter Read(ConfigMap m) => new()
    {
        MinScore = m.Has("min_score") ? m.Number("min_score", 0, 0, 1) : null,
        MinArea = m.Whole("min_area", 0, 0, int.MaxValue),
        MinSize = m.Has("min_size") ? m.Whole("min_size", 0, 0, 65535) : null,
    };
}

/// <summary>A polygon zone in normalised coordinates.</summary>
public sealed record ZoneOptions
{
    /// <summary>Zone name, reported in events.</summary>
    public string Name { get; init; } = "";

    /// <summary>Vertices, normalised 0..1 of the frame.</summary>
    public IReadOnlyList<(double X, double Y)> Polygon { get; init; } = [];

    /// <summary>Labels the zone applies to; empty means all tracked labels.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>An object inside longer than this is loitering; zero disables.</summary>
    public TimeSpan Loiter { get; init; }

    /// <summary>Overcrowding alarm of the zone; null when the zone has none.</summary>
    public CrowdOptions? Crowd { get; init; }

    internal static ZoneOptions Read(ConfigMap m) => new()
    {
        Name = m.Name("name"),
        Polygon = MotionOptions.Polygon(m, "polygon"),
        Labels = m.StringList("labels"),
        Loiter = m.Duration("loiter", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromDays(1)),
        Crowd = m.Has("crowd") ? m.Map("crowd", CrowdOptions.Read) : null,
    };
}

/// <summary>A counting line from A to B in normalised coordinates; crossings are reported by direction.</summary>
public sealed record LineOptions
{
    /// <summary>Line name, reported in events and counts.</summary>
    public string Name { get; init; } = "";

    /// <summary>First end, normalised.</summary>
    public (double X, double Y) A { get; init; }

    /// <summary>Second end, normalised.</summary>
    public (double X, double Y) B { get; init; }

    /// <summary>Labels counted; empty means all tracked labels.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    internal static LineOptions Read(ConfigMap m)
    {
        var pts = m.Points("points", 0, 1);
        if (pts.Count != 2) m.Error("points", "a line is two points [[ax, ay], [bx, by]] (normalised 0..1)");
        else if (pts[0] == pts[1]) m.Error("points", "the two ends of a line are the same point; nothing can cross it");
        return new LineOptions
        {
            Name = m.Name("name"),
            A = pts.Count == 2 ? pts[0] : default,
            B = pts.Count == 2 ? pts[1] : default,
            Labels = m.StringList("labels"),
        };
    }
}
