using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace EdgeAgent.Configuration;

/// <summary>One camera: its source, how it is decoded and which analytics run on it.</summary>
public sealed record CameraOptions
{
    /// <summary>Schemes a camera URL may have; a bare path is a local file, <c>/dev/video*</c> a V4L2 device.</summary>
    public static readonly string[] Schemes = ["rtsp", "rtmp", "http", "https", "file"];

    public string Id { get; init; } = "";

    public string Url { get; init; } = "";

    public bool Enabled { get; init; } = true;

    public bool Loop { get; init; }

    public bool Realtime { get; init; } = true;

    public string RtspTransport { get; init; } = "tcp";

    public IReadOnlyList<string> InputArgs { get; init; } = [];

    /// <summary>Decode size and rate for detection.</summary>
    public DetectOptions Detect { get; init; } = new();

    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Motion gating.</summary>
    public MotionOptions Motion { get; init; } = new();

    /// <summary>Which objects are tracked and reported.</summary>
    public ObjectsOptions Objects { get; init; } = new();

    /// <summary>Association, track lifetimes and the stationary rule.</summary>
    public TrackingOptions Tracking { get; init; } = new();

    public AnalysisKinds Analytics { get; init; } = AnalysisKinds.Objects;

    /// <summary>Left-object alarms (used when <see cref="Analytics"/> includes left).</summary>
    public LeftObjectOptions LeftObjects { get; init; } = new();

    public IReadOnlyList<ZoneOptions> Zones { get; init; } = [];

    public IReadOnlyList<LineOptions> Lines { get; init; } = [];

    /// <summary>Periodic zone occupancy and line flows (<c>counts</c> messages).</summary>
    public CountsOptions Counts { get; init; } = new();

    public bool Thumbnails { get; init; }

    public bool FaceRest { get; init; } = true;

    /// <summary>Plate reading on vehicle tracks (used when <see cref="Analytics"/> includes plates).</summary>
    public PlatesOptions Plates { get; init; } = new();

    /// <summary>Camera tampering seen in the picture (covered, defocused, turned, blinded).</summary>
    public CameraTamperOptions Tamper { get; init; } = new();

    /// <summary>The keys of one <c>cameras:</c> entry, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<CameraOptions> Table = new OptionTable<CameraOptions>("One camera: its source, how it is decoded and which analytics run on it.")
        .Text("id", o => o.Id, (o, v) => o with { Id = v }, "Camera id, unique on the device, part of MQTT topics.", required: true)
        .Custom("url", static (m, o) => o with { Url = m.Url("url", o.Url, required: true)! }, OptionSchema.Text(),
            "Source: rtsp://, rtmp://, http(s):// MJPEG, file path or file://, or /dev/videoN.", required: true)
        .Flag("enabled", o => o.Enabled, (o, v) => o with { Enabled = v }, "False keeps the camera configured but idle.")
        .Flag("loop", o => o.Loop, (o, v) => o with { Loop = v }, "For files: play again from the start at the end instead of stopping.")
        .Flag("realtime", o => o.Realtime, (o, v) => o with { Realtime = v }, "For files: pace frames at the file's own rate (true) or as fast as the pipeline takes them (false).")
        .Choice("rtsp_transport", o => o.RtspTransport, (o, v) => o with { RtspTransport = v }, ["tcp", "udp"], "RTSP transport: tcp (default, survives NAT and loss) or udp.")
        .Strings("input_args", o => o.InputArgs, (o, v) => o with { InputArgs = v }, "Extra ffmpeg input arguments, for example hardware decoding (-hwaccel drm).")
        .Section("detect", (o, v) => o with { Detect = v }, DetectOptions.Table)
        .Duration("stall_timeout", o => o.StallTimeout, (o, v) => o with { StallTimeout = v }, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), "No frame for this long marks the stream stalled and restarts it.")
        .Duration("max_backoff", o => o.MaxBackoff, (o, v) => o with { MaxBackoff = v }, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30), "Cap of the exponential reconnect back-off.")
        .Section("motion", (o, v) => o with { Motion = v }, MotionOptions.Table)
        .Section("objects", (o, v) => o with { Objects = v }, ObjectsOptions.Table)
        .Section("tracking", (o, v) => o with { Tracking = v }, TrackingOptions.Table)
        .Custom("analytics", static (m, o) => m.Has("analytics") ? o with { Analytics = ReadAnalytics(m) } : o,
            new JsonObject { ["anyOf"] = new JsonArray(OptionSchema.Choice(AnalysisKindNames.All), new JsonObject { ["type"] = "array", ["items"] = OptionSchema.Choice(AnalysisKindNames.All) }) },
            "Analytics this camera runs (objects, faces, plates, left); faces, plates and left imply objects. Default: objects.")
        .Section("left_objects", (o, v) => o with { LeftObjects = v }, LeftObjectOptions.Table)
        .List("zones", (o, v) => o with { Zones = v }, ZoneOptions.Table, "Polygons with entered/left and loitering.")
        .List("lines", (o, v) => o with { Lines = v }, LineOptions.Table, "Directional counting lines.")
        .Section("counts", (o, v) => o with { Counts = v }, CountsOptions.Table)
        .Flag("thumbnails", o => o.Thumbnails, (o, v) => o with { Thumbnails = v }, "Attach a small JPEG of the object to events (off: no pixels leave the device).")
        .Flag("face_rest", o => o.FaceRest, (o, v) => o with { FaceRest = v }, "Person tracks whose last 3 face searches found no better shot rest 2 s or until they come closer (false: every track on every detector frame).")
        .Section("plates", (o, v) => o with { Plates = v }, PlatesOptions.Table)
        .Section("tamper", (o, v) => o with { Tamper = v }, CameraTamperOptions.Table)
        .Check(static (m, o) =>
        {
            if (o.Id.Length > 0) DeviceOptions.CheckTopicSegment(m, "id", o.Id);
            if (o.Url.Length > 0) CheckUrl(m, o.Url);
            CheckUnique(m, "zones", o.Zones.Select(z => z.Name));
            CheckUnique(m, "lines", o.Lines.Select(l => l.Name));
            return o;
        });

    private static AnalysisKinds ReadAnalytics(ConfigMap m)
    {
        var kinds = AnalysisKinds.None;
        foreach (var word in m.StringList("analytics"))
        {
            if (AnalysisKindNames.All.Contains(word)) kinds |= AnalysisKindNames.Parse(word);
            else m.Error("analytics", $"'{word}' is not one of {string.Join(", ", AnalysisKindNames.All)}");
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
    public int Width { get; init; } = 640;

    public int Height { get; init; } = 360;

    public double Fps { get; init; } = 5;

    public bool Tiles { get; init; }

    public int Interval { get; init; }

    /// <summary>The <c>detect:</c> keys.</summary>
    internal static readonly OptionTable<DetectOptions> Table = new OptionTable<DetectOptions>("Decode size and rate used for detection.")
        .Whole("width", o => o.Width, (o, v) => o with { Width = v }, 64, 3840, "Width the stream is scaled to for analysis.")
        .Whole("height", o => o.Height, (o, v) => o with { Height = v }, 64, 2160, "Height the stream is scaled to for analysis.")
        .Number("fps", o => o.Fps, (o, v) => o with { Fps = v }, 0.1, 60, "Frames per second decoded for analysis.")
        .Flag("tiles", o => o.Tiles, (o, v) => o with { Tiles = v }, "Also detect on overlapping square tiles at native aspect (one model run each), merged with the whole-frame pass.")
        .Whole("interval", o => o.Interval, (o, v) => o with { Interval = v }, 0, 30, "Most frames per detector run while every track moves as predicted (the tracker predicts between); 1 every frame, 0 picks it from the fps (one run per 0.6 s at least; every frame on cameras with left objects).")
        .Check(static (m, o) =>
        {
            if (o.Width % 2 != 0) m.Error("width", $"{o.Width} must be even (video scalers work on 2x2 chroma blocks)");
            if (o.Height % 2 != 0) m.Error("height", $"{o.Height} must be even (video scalers work on 2x2 chroma blocks)");
            return o;
        });
}

/// <summary>Motion detection settings; motion gates the detector.</summary>
public sealed record MotionOptions
{
    public bool Enabled { get; init; } = true;

    public int Threshold { get; init; } = 25;

    public double MinArea { get; init; } = 0.0005;

    public string Detect { get; init; } = "frame";

    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Masks { get; init; } = [];

    public int Width { get; init; } = 320;

    public double LearningRate { get; init; } = 0.05;

    public double LightingChange { get; init; } = 0.6;

    /// <summary>The <c>motion:</c> keys.</summary>
    internal static readonly OptionTable<MotionOptions> Table = new OptionTable<MotionOptions>("Motion detection settings; motion gates the detector.")
        .Flag("enabled", o => o.Enabled, (o, v) => o with { Enabled = v }, "False runs the detector on every frame.")
        .Whole("threshold", o => o.Threshold, (o, v) => o with { Threshold = v }, 1, 255, "Grey-level difference (0..255) from the background that counts as motion.")
        .Number("min_area", o => o.MinArea, (o, v) => o with { MinArea = v }, 0, 1, "Smallest fraction of the frame that counts as motion.")
        .Choice("detect", o => o.Detect, (o, v) => o with { Detect = v }, ["frame", "regions"], "Where detection runs when there is motion: the whole frame, or square regions around the motion.")
        .Custom("masks", static (m, o) => o with { Masks = m.List("masks", p => Polygon(p, "points")) }, MaskList(), "Polygons (normalised 0..1) where motion is ignored (timestamps, trees).")
        .Whole("width", o => o.Width, (o, v) => o with { Width = v }, 32, 1920, "Width of the grey image motion is computed on; smaller is cheaper and ignores finer noise.")
        .Number("learning_rate", o => o.LearningRate, (o, v) => o with { LearningRate = v }, 0.0001, 1, "How fast the background absorbs change per frame (0..1); higher forgets still objects sooner.")
        .Number("lighting_change", o => o.LightingChange, (o, v) => o with { LightingChange = v }, 0.05, 1, "A frame where more than this fraction moves is a lighting change: the background resets, no motion is reported.");

    /// <summary>The schema of a list of masks, each <c>points:</c> a polygon.</summary>
    internal static JsonObject MaskList() => new()
    {
        ["type"] = "array",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("points"),
            ["properties"] = new JsonObject { ["points"] = OptionSchema.Points(0, 1, 3) },
        },
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
    public IReadOnlyList<string> Track { get; init; } =
        ["person", "bicycle", "car", "motorcycle", "bus", "truck", "backpack", "handbag", "suitcase"];

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

    public IReadOnlyDictionary<string, LabelFilter> Filters { get; init; } = DefaultFilters;

    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Masks { get; init; } = [];

    public int MinSize { get; init; }

    /// <summary>The <c>objects:</c> keys.</summary>
    internal static readonly OptionTable<ObjectsOptions> Table = new OptionTable<ObjectsOptions>("Which labels are tracked and with which minimum score and size.")
        .Number("min_score", o => o.MinScore, (o, v) => o with { MinScore = v }, 0, 1, "Default minimum detector score.")
        .Whole("min_size", o => o.MinSize, (o, v) => o with { MinSize = v }, 0, 65535,
            "Objects whose box fits in a square of this many frame pixels (its longer side shorter) are not reported or tracked; 0 keeps all; a label's filter can set its own.")
        .Custom("filters", static (m, o) => o with
        {
            Filters = o.Filters.Concat(m.Dictionary("filters", LabelFilter.Table.Read)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        }, new JsonObject { ["type"] = "object", ["additionalProperties"] = LabelFilter.Table.Schema() },
            "Per-label filters; each written label replaces its default (DefaultFilters).")
        .Custom("masks", static (m, o) => o with { Masks = m.List("masks", p => MotionOptions.Polygon(p, "points")) }, MotionOptions.MaskList(), "Polygons (normalised 0..1) where detections are dropped.")
        .Strings("track", o => o.Track, (o, v) => o with { Track = v }, "Labels to track; the default covers people, vehicles and bags.");
}

/// <summary>Minimum score and area for one label.</summary>
public sealed record LabelFilter
{
    public double? MinScore { get; init; }

    public int MinArea { get; init; }

    public int? MinSize { get; init; }

    /// <summary>The keys of one <c>filters:</c> label.</summary>
    internal static readonly OptionTable<LabelFilter> Table = new OptionTable<LabelFilter>("Minimum score and area for one label.")
        .Custom("min_score", static (m, o) => m.Has("min_score") ? o with { MinScore = m.Number("min_score", 0, 0, 1) } : o,
            OptionSchema.Scalar(OptionSchema.Number(0, 1), ""), "Minimum detector score (0..1); unset takes the camera's min_score.")
        .Whole("min_area", o => o.MinArea, (o, v) => o with { MinArea = v }, 0, int.MaxValue, "Minimum box area in detect-size pixels.")
        .Custom("min_size", static (m, o) => m.Has("min_size") ? o with { MinSize = m.Whole("min_size", 0, 0, 65535) } : o,
            OptionSchema.Scalar(OptionSchema.Whole(0, 65535), ""), "Minimum longer side of the box in frame pixels; unset takes the camera's min_size.");
}

/// <summary>A polygon zone in normalised coordinates.</summary>
public sealed record ZoneOptions
{
    public string Name { get; init; } = "";

    public IReadOnlyList<(double X, double Y)> Polygon { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    public TimeSpan Loiter { get; init; }

    /// <summary>Overcrowding alarm of the zone; null when the zone has none.</summary>
    public CrowdOptions? Crowd { get; init; }

    /// <summary>The keys of one <c>zones:</c> entry.</summary>
    internal static readonly OptionTable<ZoneOptions> Table = new OptionTable<ZoneOptions>("A polygon zone in normalised coordinates.")
        .Custom("name", static (m, o) => o with { Name = m.Name("name") }, OptionSchema.Name(), "Zone name, reported in events.", required: true)
        .Custom("polygon", static (m, o) => o with { Polygon = MotionOptions.Polygon(m, "polygon") }, OptionSchema.Points(0, 1, 3), "Vertices, normalised 0..1 of the frame.")
        .Strings("labels", o => o.Labels, (o, v) => o with { Labels = v }, "Labels the zone applies to; empty means all tracked labels.")
        .Duration("loiter", o => o.Loiter, (o, v) => o with { Loiter = v }, TimeSpan.Zero, TimeSpan.FromDays(1), "An object inside longer than this is loitering; zero disables.")
        .OptionalSection("crowd", (o, v) => o with { Crowd = v }, CrowdOptions.Table);
}

/// <summary>A counting line from A to B in normalised coordinates; crossings are reported by direction.</summary>
public sealed record LineOptions
{
    public string Name { get; init; } = "";

    /// <summary>First end, normalised.</summary>
    public (double X, double Y) A { get; init; }

    /// <summary>Second end, normalised.</summary>
    public (double X, double Y) B { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The keys of one <c>lines:</c> entry.</summary>
    internal static readonly OptionTable<LineOptions> Table = new OptionTable<LineOptions>("A counting line from A to B in normalised coordinates; crossings are reported by direction.")
        .Custom("points", static (m, o) =>
        {
            var pts = m.Points("points", 0, 1);
            if (pts.Count != 2) m.Error("points", "a line is two points [[ax, ay], [bx, by]] (normalised 0..1)");
            else if (pts[0] == pts[1]) m.Error("points", "the two ends of a line are the same point; nothing can cross it");
            return pts.Count == 2 ? o with { A = pts[0], B = pts[1] } : o;
        }, OptionSchema.Points(0, 1, 2, 2), "The two ends [[ax, ay], [bx, by]], normalised 0..1.")
        .Custom("name", static (m, o) => o with { Name = m.Name("name") }, OptionSchema.Name(), "Line name, reported in events and counts.", required: true)
        .Strings("labels", o => o.Labels, (o, v) => o with { Labels = v }, "Labels counted; empty means all tracked labels.");
}
