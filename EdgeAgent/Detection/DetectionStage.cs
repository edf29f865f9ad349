using EdgeAgent.Configuration;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Detection;

/// <summary>
/// Runs the object detector on frames where something moves or is being tracked, on the whole frame or on squares
/// around motion, and keeps the camera's labels above their score and size outside its masks.
/// Publishes <see cref="DetectionResult"/>.
/// </summary>
public sealed class DetectionStage : IFrameStage
{
    private readonly ObjectDetector _detector;
    private readonly FrameDetection _frame;
    private readonly CameraOptions _camera;
    private readonly DetectionResult _result = new();
    private readonly List<Detection> _raw = new(128);
    private readonly List<BoxF> _interest = new(32);
    private readonly List<PixelRect> _regions = new(DetectionRegions.MaxRegions + 1);
    private readonly bool[] _tracked;
    private readonly bool[] _context;
    private readonly float[] _minScore;
    private readonly float[] _minArea;
    private readonly float[] _minSize;
    private readonly float _lowScore;
    private readonly (double X, double Y)[][] _masks;
    private readonly PersonHeatmap? _heatmap;
    private readonly DetectionInterval _interval;
    private bool _lastRan;
    private long _runs;

    /// <summary>Creates the stage for one camera over the shared detector.</summary>
    public DetectionStage(ObjectDetector detector, CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(camera);
        _detector = detector;
        _frame = new FrameDetection(detector, camera.Detect);
        _camera = camera;
        // Per class id, so the per-frame filter indexes arrays instead of looking up strings.
        var labels = detector.Labels;
        _tracked = new bool[labels.Count];
        _context = new bool[labels.Count];
        var vetoing = camera.Analytics.HasFlag(AnalysisKinds.Left) ? camera.LeftObjects.Vetoing : [];
        _minScore = new float[labels.Count];
        _minArea = new float[labels.Count];
        _minSize = new float[labels.Count];
        var objects = camera.Objects;
        for (var c = 0; c < labels.Count; c++)
        {
            _tracked[c] = objects.Track.Contains(labels[c]);
            _context[c] = !_tracked[c] && vetoing.Contains(labels[c]);
            _minScore[c] = MinScore(objects, labels[c]);
            _minArea[c] = objects.Filters.GetValueOrDefault(labels[c])?.MinArea ?? 0;
            _minSize[c] = objects.Filters.GetValueOrDefault(labels[c])?.MinSize ?? objects.MinSize;
        }
        UnknownLabels = objects.Track.Where(t => !labels.Contains(t)).Concat(objects.Filters.Keys.Where(k => !labels.Contains(k))).Distinct().ToList();
        _lowScore = (float)camera.Tracking.LowScore;
        _masks = objects.Masks.Select(m => m.ToArray()).ToArray();
        // Copying the heatmap costs a pass over the model output: only for cameras with a heatmap crowd zone.
        if (detector.HasPersonHeatmap && camera.Zones.Any(z => z.Crowd?.Method == CrowdMethods.Heatmap)) _heatmap = new PersonHeatmap();
        // Left-object owners are judged from every frame's low-score person evidence (a still owner scores 0.3 and has no
        // motion to wake the detector): with the automatic interval, ABODA video4's owner was seen leaving 6 s late.
        var interval = camera.Detect.Interval == 0 && camera.Analytics.HasFlag(AnalysisKinds.Left) ? 1 : camera.Detect.Interval;
        _interval = new DetectionInterval(interval, camera.Detect.Fps);
    }

    /// <inheritdoc />
    public string Name => "detection";

    /// <summary>Frames the detector ran on (motion gating skips the rest): health's <c>detect_fps</c>.</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>Most frames per detector run while the tracks are stable (1: every frame).</summary>
    public int Interval => _interval.Max;

    /// <summary>Labels the camera names (track, filters) that the model does not know: worth a warning at start-up.</summary>
    public IReadOnlyList<string> UnknownLabels { get; }

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        analysis.Set(_result);
        _result.Items.Clear();
        _result.Weak.Clear();
        _result.Context.Clear();
        if (_heatmap is not null)
        {
            _heatmap.Valid = false;
            analysis.Set(_heatmap);
        }
        var motion = analysis.Get<MotionResult>();
        // The tracker publishes after this stage, so this is the previous frame's set: still the right question
        // ("is anything being followed?") since a tracked object may stand still without motion.
        var tracks = analysis.Get<FollowedBoxes>();
        var tracking = tracks is not null && tracks.Boxes.Count > 0;
        _result.Coasted = false;
        if (_lastRan) _interval.AfterRun(tracks);
        if (_camera.Motion.Enabled && motion is not null && !motion.HasMotion && !tracking)
        {
            _result.Ran = _lastRan = false;
            return;
        }
        if (_interval.Skip(tracks, _camera.Motion.Enabled ? motion : null))
        {
            _result.Ran = _lastRan = false;
            _result.Coasted = true;
            return;
        }
        _result.Ran = _lastRan = true;
        Interlocked.Increment(ref _runs);
        var image = analysis.Frame.Image;
        _raw.Clear();
        if (_camera.Motion.Detect == "regions" && motion is not null && BuildRegions(motion, tracks, image.Width, image.Height))
        {
            foreach (var r in _regions) _detector.Detect(image, r, _raw);
            // A thing inside two overlapping squares is found twice.
            Nms.InPlace(_raw, 0.5f, classAgnostic: false);
        }
        else
        {
            // Only a whole-frame run gives one heatmap of the whole frame; region runs leave it invalid.
            _frame.Run(image, _raw, _heatmap);
        }
        Filter(_raw, image.Width, image.Height, _result.Items, _result.Weak, _result.Context);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _result.Items.Clear();
        _result.Weak.Clear();
        _result.Context.Clear();
        _result.Ran = _lastRan = false;
        _result.Coasted = false;
        _interval.Reset();
        if (_heatmap is not null) _heatmap.Valid = false;
    }

    private bool BuildRegions(MotionResult motion, FollowedBoxes? tracks, int width, int height)
    {
        _interest.Clear();
        _interest.AddRange(motion.Regions);
        if (tracks is not null)
        {
            _interest.AddRange(tracks.Boxes);
        }
        return DetectionRegions.Build(_interest, width, height, Math.Max(_detector.InputWidth, _detector.InputHeight), _regions);
    }

    /// <summary>The lowest score kept for <paramref name="label"/>: its filter's, else the camera's default.</summary>
    public static float MinScore(ObjectsOptions objects, string label)
    {
        ArgumentNullException.ThrowIfNull(objects);
        return (float)(objects.Filters.GetValueOrDefault(label)?.MinScore ?? objects.MinScore);
    }

    /// <summary>Keeps detections of tracked labels above their minimum score, area and size whose bottom centre is outside every mask.</summary>
    internal void Filter(List<Detection> raw, int width, int height, List<Detection> into, List<Detection>? weak = null, List<Detection>? context = null)
    {
        foreach (var d in raw)
        {
            var c = d.ClassId;
            if ((uint)c >= (uint)_tracked.Length) continue;
            if (!_tracked[c])
            {
                if (_context[c] && context is not null && d.Score >= _lowScore && !(_masks.Length > 0 && InAnyMask(d.Box.CenterX / width, d.Box.Bottom / height))) context.Add(d);
                continue;
            }
            var strong = d.Score >= _minScore[c];
            if ((!strong && (weak is null || d.Score < _lowScore)) || d.Box.Area < _minArea[c] || MathF.Max(d.Box.W, d.Box.H) < _minSize[c]) continue;
            if (_masks.Length > 0 && InAnyMask(d.Box.CenterX / width, d.Box.Bottom / height)) continue;
            (strong ? into : weak!).Add(d);
        }
    }

    private bool InAnyMask(double x, double y)
    {
        foreach (var polygon in _masks)
        {
            if (Contains(polygon, x, y)) return true;
        }
        return false;
    }

    /// <summary>Even-odd ray casting: is (x, y) inside the polygon?</summary>
    internal static bool Contains(ReadOnlySpan<(double X, double Y)> polygon, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            var (xi, yi) = polygon[i];
            var (xj, yj) = polygon[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
