using System.CommandLine;
using System.Globalization;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Faces;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent snapshot SOURCE --annotate OUT.jpg</c>: one frame of a camera, stream or file with the camera's zones,
/// lines and masks, what the detectors and tracker see, motion and a 0..1 grid drawn on it, faces blurred, written to a
/// local file, so a technician places zones on the picture instead of blind.
/// </summary>
public static class SnapshotCommand
{
    /// <summary>Seconds the source is played by default: enough for tracks to be confirmed and motion to be learnt.</summary>
    public const double DefaultSeconds = 3;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "A camera id of the --config file, a stream URL (rtsp://...), or an image or video file" };
        var annotate = new Option<string>("--annotate") { Description = "Write the annotated frame to this JPEG file", Required = true };
        var camera = new Option<string?>("--camera") { Description = "Draw the zones, lines and masks of this camera of the --config file (default: SOURCE when it is a camera id)" };
        var seconds = new Option<double>("--seconds") { Description = "Video and streams: play this many seconds through the pipeline first, so tracks and motion have history", DefaultValueFactory = _ => DefaultSeconds }.AboveAndAtMost(0, 600);
        var fps = new Option<double>("--fps") { Description = "Video and streams: frames analysed per second", DefaultValueFactory = _ => 5 }.AboveAndAtMost(0, 60);
        var noBlur = new Option<bool>("--no-blur") { Description = "Do not blur faces (as camera.snapshot's blur_faces false); the file then shows who was there" };
        var noGrid = new Option<bool>("--no-grid") { Description = "Leave out the 0..1 coordinate grid" };
        var command = new Command("snapshot", "Write one frame with zones, lines, masks, detections, tracks, motion and a 0..1 grid drawn on it (faces blurred)")
        {
            source, annotate, camera, seconds, fps, noBlur, noGrid,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new Request(parse.GetValue(source)!, parse.GetValue(annotate)!, parse.GetValue(camera), parse.GetValue(seconds),
                parse.GetValue(fps), !parse.GetValue(noBlur), !parse.GetValue(noGrid));
            return await RunAsync(parse, request, cancellationToken);
        });
        return command;
    }

    private sealed record Request(string Source, string Out, string? Camera, double Seconds, double Fps, bool Blur, bool Grid);

    private static async Task<int> RunAsync(ParseResult parse, Request request, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var options = ModelsCommand.OptionsOrDefaults(parse, error);
        if (options is null) return ExitCodes.Config;
        if (!DetectCommand.TryFindCamera(options, request.Camera, error, out var template)) return ExitCodes.Usage;
        var url = request.Source;
        var byId = options.Cameras.FirstOrDefault(c => c.Id == request.Source);
        if (byId is not null)
        {
            url = byId.Url;
            template ??= byId;
        }
        else if (!IsUrl(url) && !File.Exists(url))
        {
            return Unknown(options, url, error);
        }
        if (CheckWritable(request.Out) is { } problem)
        {
            error.WriteLine($"--annotate {request.Out}: {problem}");
            return ExitCodes.Usage;
        }
        using var registry = ModelsCommand.OpenRegistry(options, error);
        if (registry is null) return ExitCodes.Config;
        FaceRedactor? faces = null;
        if (request.Blur)
        {
            // Before any frame is taken, as camera.snapshot does: without the face model nothing is written.
            try
            {
                faces = new FaceRedactor(registry.Get(CameraPipelineFactory.FaceDetectorModel));
            }
            catch (ModelException ex)
            {
                error.WriteLine($"faces must be blurred but the face detector cannot be used ({ex.Message}); nothing was written (--no-blur to write the frame unblurred)");
                return ExitCodes.Verification;
            }
        }
        using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
        RgbImage image;
        Annotation annotation;
        string where;
        try
        {
            if (!IsUrl(url) && DetectCommand.StillExtensions.Contains(Path.GetExtension(url).ToLowerInvariant()))
            {
                image = ImageCodec.DecodeFile(url, options.Limits.Images);
                var still = (template ?? new CameraOptions { Id = "cli" }) with { Url = url, Detect = (template?.Detect ?? new DetectOptions()) with { Width = image.Width, Height = image.Height } };
                annotation = FrameAnnotations.Still(options, registry, loggers, still, image);
                where = "still";
            }
            else
            {
                var played = await PlayAsync(options, registry, loggers, url, template, request, cancellationToken);
                if (played is null)
                {
                    error.WriteLine($"{Redacted(url)}: no frame was decoded; is the camera reachable and the file a video?");
                    return ExitCodes.Failure;
                }
                (image, annotation, where) = played.Value;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ModelException)
        {
            return ExitCodes.Report(error, ex);
        }
        var blurred = faces?.Redact(image).Faces.Count ?? 0;
        annotation.Grid = request.Grid;
        // Drawn after the blur, so the labels over a face stay readable and the blur is sized on the face alone.
        Annotator.Draw(image, annotation);
        try
        {
            AtomicFile.WriteAllBytes(request.Out, ImageCodec.EncodeJpeg(image, Annotator.JpegQuality));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"--annotate {request.Out}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }
        var blur = faces is null ? "faces NOT blurred (--no-blur)" : $"{blurred} face(s) blurred";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{request.Out}: {image.Width}x{image.Height}, {where}, {annotation.Detections.Count} detection(s), {annotation.Tracks.Count} track(s), {annotation.Polygons.Count} polygon(s), {annotation.Lines.Count} line(s), {blur}"));
        output.WriteLine($"{"LABEL",-16} {"SCORE",5}  {"X",5} {"Y",5} {"W",5} {"H",5}");
        foreach (var d in annotation.Detections)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Label,-16} {d.Score,5:0.00}  {Px(d.Box.X),5} {Px(d.Box.Y),5} {Px(d.Box.W),5} {Px(d.Box.H),5}"));
        }
        return ExitCodes.Ok;
    }

    /// <summary>Plays the source for the requested seconds and returns its last frame and what was seen on it, or null without a frame.</summary>
    private static async Task<(RgbImage, Annotation, string)?> PlayAsync(AgentOptions options, ModelRegistry registry, ILoggerFactory loggers, string url,
        CameraOptions? template, Request request, CancellationToken cancellationToken)
    {
        var camera = await SourceAnalyzer.CameraForAsync(url, template, request.Fps, null, cancellationToken);
        // Objects only: faces and plates would slow the few seconds down and draw nothing more here.
        camera = camera with { Analytics = AnalysisKinds.Objects };
        using var recorder = new FrameAnnotations(camera) { StopAfter = request.Seconds };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A live stream that stalls would otherwise be retried for ever.
        limit.CancelAfter(TimeSpan.FromSeconds(request.Seconds + 20));
        await FrameAnnotations.RunAsync(options, registry, loggers, camera, recorder, _ => ValueTask.CompletedTask, limit.Token);
        cancellationToken.ThrowIfCancellationRequested();
        if (recorder.LastImage is not { } image || recorder.LastAnnotation is not { } annotation) return null;
        return (image, annotation, string.Create(CultureInfo.InvariantCulture, $"frame {recorder.LastFrame} at {recorder.LastSeconds:0.0} s after {recorder.Frames} analysed"));
    }

    /// <summary>
    /// <c>detect VIDEO --annotate DIR</c>: plays <paramref name="camera"/> through its pipeline and writes, for every event,
    /// the frame that raised it annotated (faces blurred) as DIR/FRAME-KIND.jpg; events still go to <paramref name="onEvent"/>.
    /// </summary>
    internal static async Task<int> AnnotateEventsAsync(AgentOptions options, ModelRegistry registry, ILoggerFactory loggers, CameraOptions camera, string folder,
        Func<Events.AgentEvent, ValueTask> onEvent, TextWriter error, CancellationToken cancellationToken)
    {
        FaceRedactor faces;
        try
        {
            faces = new FaceRedactor(registry.Get(CameraPipelineFactory.FaceDetectorModel));
        }
        catch (ModelException ex)
        {
            error.WriteLine($"--annotate: faces must be blurred but the face detector cannot be used ({ex.Message})");
            return ExitCodes.Verification;
        }
        var written = 0;
        string? failure = null;
        var scratch = Array.Empty<byte>();
        void Write(Pipeline.FrameAnalysis analysis, Annotation annotation)
        {
            var frame = analysis.Frame.Image;
            if (scratch.Length != frame.Length) scratch = new byte[frame.Length];
            frame.Pixels.CopyTo(scratch);
            var image = new RgbImage(scratch, frame.Width, frame.Height);
            faces.Redact(image);
            Annotator.Draw(image, annotation);
            var jpeg = ImageCodec.EncodeJpeg(image, Annotator.JpegQuality);
            // One picture per event; a second event of the same kind on the same frame gets a suffix rather than overwriting.
            var used = new Dictionary<string, int>();
            foreach (var e in analysis.Events)
            {
                var stem = string.Create(CultureInfo.InvariantCulture, $"{analysis.Frame.Index:D6}-{e.Kind}");
                var n = used[stem] = used.GetValueOrDefault(stem) + 1;
                var name = n == 1 ? stem : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
                try
                {
                    File.WriteAllBytes(Path.Combine(folder, name + ".jpg"), jpeg);
                    written++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure ??= ex.Message;
                }
            }
        }
        using var recorder = new FrameAnnotations(camera) { OnEvents = Write };
        await FrameAnnotations.RunAsync(options, registry, loggers, camera, recorder, onEvent, cancellationToken);
        error.WriteLine($"{written} annotated picture(s) in {folder}");
        if (failure is null) return ExitCodes.Ok;
        error.WriteLine($"--annotate {folder}: some pictures could not be written: {failure}");
        return ExitCodes.Failure;
    }

    private static int Unknown(AgentOptions options, string source, TextWriter error)
    {
        var where = options.SourcePath ?? "the built-in defaults (no --config)";
        var known = options.Cameras.Count == 0 ? "it has no cameras" : $"known cameras: {string.Join(", ", options.Cameras.Select(c => c.Id))}";
        // A path-looking source is a missing file; a bare word is most likely a mistyped camera id.
        error.WriteLine(source.Contains('/', StringComparison.Ordinal) || Path.HasExtension(source)
            ? $"{source}: no such file"
            : $"{source}: not a camera of {where} ({known}), nor a file or URL");
        return ExitCodes.Usage;
    }

    /// <summary>Why <paramref name="path"/> cannot be written, or null: found before minutes of decoding, not after.</summary>
    internal static string? CheckWritable(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return "is a folder; give a file name";
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) return $"folder {dir} does not exist";
        var probe = Path.Combine(dir, $".edgeagent-{Guid.NewGuid():N}.tmp");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
                // Created and removed: the folder takes new files.
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write in {dir}: {ex.Message}";
        }
    }

    private static bool IsUrl(string s) => s.Contains("://", StringComparison.Ordinal) && !s.StartsWith("file://", StringComparison.OrdinalIgnoreCase);

    private static string Redacted(string url) => UrlRedaction.Redact(url);

    private static int Px(float v) => (int)MathF.Round(v);
}
