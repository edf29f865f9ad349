using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Motion;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Cli;

/// <summary>
/// A stage placed after a camera's own stages that turns what they published for a frame (detections, tracks, motion)
/// and the camera's configured zones, lines and masks into an <see cref="Annotation"/>, keeping a short foot trail per
/// track. It keeps a copy of the last frame, and hands frames that raised events to <see cref="OnEvents"/>.
/// </summary>
internal sealed class FrameAnnotations(CameraOptions camera) : IFrameStage, IDisposable
{
    /// <summary>Foot points kept per track: two seconds at the default 5 fps, enough to show which way someone walks.</summary>
    public const int TrailLength = 10;

    private readonly Dictionary<long, List<(float X, float Y)>> _trails = [];
    private byte[] _last = [];

    /// <summary>Called on the analysis thread for every frame that raised events, with the frame (valid only during the call).</summary>
    public Action<FrameAnalysis, Annotation>? OnEvents { get; init; }

    /// <summary>Stops the run once a frame this many seconds into the source was seen (null: never).</summary>
    public double? StopAfter { get; init; }

    /// <summary>Fired when <see cref="StopAfter"/> was reached.</summary>
    public CancellationTokenSource Stop { get; } = new();

    /// <summary>The last frame seen (a copy), or null before the first.</summary>
    public RgbImage? LastImage { get; private set; }

    /// <summary>What was drawn-worthy on <see cref="LastImage"/>.</summary>
    public Annotation? LastAnnotation { get; private set; }

    /// <summary>Frame number of <see cref="LastImage"/>.</summary>
    public long LastFrame { get; private set; }

    /// <summary>Seconds into the source of <see cref="LastImage"/>.</summary>
    public double LastSeconds { get; private set; }

    /// <summary>Frames seen.</summary>
    public int Frames { get; private set; }

    /// <inheritdoc />
    public string Name => "annotate";

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        var annotation = Build(analysis);
        var image = frame.Image;
        if (_last.Length != image.Length) _last = new byte[image.Length];
        image.Pixels.CopyTo(_last);
        LastImage = new RgbImage(_last, image.Width, image.Height);
        LastAnnotation = annotation;
        LastFrame = frame.Index;
        LastSeconds = frame.StreamSeconds;
        Frames++;
        if (analysis.Events.Count > 0) OnEvents?.Invoke(analysis, annotation);
        if (StopAfter is { } s && frame.StreamSeconds >= s) Stop.Cancel();
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis) => _trails.Clear();

    /// <inheritdoc />
    public void Dispose() => Stop.Dispose();

    /// <summary>The camera's configured shapes, without anything seen: what a still or a failed run can still show.</summary>
    public static Annotation Configured(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var a = new Annotation();
        foreach (var z in camera.Zones) a.Polygons.Add(new OverlayPolygon(z.Name, z.Polygon, OverlayKind.Zone));
        var i = 0;
        foreach (var m in camera.Motion.Masks) a.Polygons.Add(new OverlayPolygon($"motion {++i}", m, OverlayKind.Mask));
        i = 0;
        foreach (var m in camera.Objects.Masks) a.Polygons.Add(new OverlayPolygon($"objects {++i}", m, OverlayKind.Mask));
        foreach (var z in camera.LeftObjects.Zones) a.Polygons.Add(new OverlayPolygon(z.Name, z.Polygon, OverlayKind.LeftZone));
        i = 0;
        foreach (var e in camera.LeftObjects.Exclude) a.Polygons.Add(new OverlayPolygon($"{++i}", e, OverlayKind.Exclusion));
        foreach (var l in camera.Lines) a.Lines.Add(new OverlayLine(l.Name, l.A, l.B));
        return a;
    }

    private Annotation Build(FrameAnalysis analysis)
    {
        var a = Configured(camera);
        if (analysis.Get<MotionResult>() is { WarmingUp: false } motion) a.Motion.AddRange(motion.Regions);
        if (analysis.Get<DetectionResult>() is { } detections)
        {
            foreach (var d in detections.Items) a.Detections.Add(new OverlayBox(d.Box, d.Label, d.Score));
        }
        if (analysis.Get<TrackSet>() is { } tracks)
        {
            var alive = new HashSet<long>();
            foreach (var t in tracks.Active)
            {
                alive.Add(t.Id);
                if (!_trails.TryGetValue(t.Id, out var trail)) _trails[t.Id] = trail = new List<(float X, float Y)>(TrailLength + 1);
                trail.Add(t.Foot);
                if (trail.Count > TrailLength) trail.RemoveAt(0);
                a.Tracks.Add(new OverlayTrack(t.Id, t.Box, trail.ToArray()));
            }
            foreach (var id in _trails.Keys.Where(k => !alive.Contains(k)).ToList()) _trails.Remove(id);
        }
        return a;
    }

    /// <summary>
    /// Plays <paramref name="camera"/> (a file or stream, already sized by <see cref="SourceAnalyzer.CameraForAsync"/>)
    /// through its real stages with <paramref name="recorder"/> after them, handing each event to <paramref name="onEvent"/>,
    /// until the source ends, the recorder stops it, or <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static async Task RunAsync(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, CameraOptions camera, FrameAnnotations recorder,
        Func<AgentEvent, ValueTask> onEvent, CancellationToken cancellationToken)
    {
        using var factory = new CameraPipelineFactory(TimeProvider.System, loggers, options, models);
        var stages = new List<IFrameStage>(factory.CreateStages(camera)) { recorder };
        var source = new FfmpegFrameSource(camera, TimeProvider.System, loggers.CreateLogger($"EdgeAgent.Capture.{camera.Id}"));
        // Lossless for files as the agent plays them: every frame at the detect rate is analysed, however slow the box.
        var lossless = camera.SourceKind == "file" && !camera.Realtime;
        var pipeline = new CameraPipeline(camera.Id, source, stages, loggers.CreateLogger($"EdgeAgent.Pipeline.{camera.Id}"), lossless: lossless);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, recorder.Stop.Token);
        await SourceAnalyzer.PumpAsync(pipeline, onEvent, linked.Token);
    }

    /// <summary>
    /// Runs a still through <paramref name="camera"/>'s detection and tracking stages as one frame (motion and tamper need
    /// a history a still does not have) and returns what they found on it.
    /// </summary>
    public static Annotation Still(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, CameraOptions camera, RgbImage image)
    {
        using var factory = new CameraPipelineFactory(TimeProvider.System, loggers, options, models);
        var still = camera with { Motion = camera.Motion with { Enabled = false }, Analytics = AnalysisKinds.Objects };
        using var recorder = new FrameAnnotations(still);
        var stages = factory.CreateStages(still).Where(s => s is not MotionStage and not Tampering.TamperStage).Append(recorder).ToList();
        var pool = new FramePool(image.Width, image.Height, capacity: 2);
        if (!pool.TryRent(out var frame)) throw new InvalidOperationException("no frame buffer for the still");
        using (frame)
        {
            image.Pixels.CopyTo(frame.Image.Pixels);
            var analysis = new FrameAnalysis(still.Id);
            analysis.Begin(frame);
            foreach (var stage in stages) stage.Process(analysis);
        }
        return recorder.LastAnnotation!;
    }
}
