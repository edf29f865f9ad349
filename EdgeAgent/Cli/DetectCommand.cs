using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Hosting;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Plates;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent detect PATH</c>: runs the detectors on a still image (a video goes through the camera pipeline) and prints what they find.</summary>
public static class DetectCommand
{
    /// <summary>File extensions read as still images; anything else is treated as video.</summary>
    public static readonly string[] StillExtensions = [".jpg", ".jpeg", ".png", ".bmp", ".webp", ".gif"];

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Image (JPEG, PNG), video file, or stream URL (rtsp://, http://...)" };
        var kinds = new Option<string[]>("--kinds") { Description = "What to detect, comma-separated: objects,faces,plates,left", DefaultValueFactory = _ => ["objects"] };
        var json = new Option<bool>("--json") { Description = "One JSON line per detection instead of a table" };
        var minScore = new Option<float>("--min-score") { Description = "Lowest score printed (0..1)", DefaultValueFactory = _ => 0.3f }.InRange(0f, 1f);
        var fps = new Option<double>("--fps") { Description = "Video: frames analysed per second", DefaultValueFactory = _ => 5 }.AboveAndAtMost(0, 60);
        var camera = new Option<string?>("--camera") { Description = "Take zones, lines, filters (video) and detect settings (images too) from this camera of the --config file" };
        var seconds = new Option<double?>("--seconds") { Description = "Video: stop after this many seconds (streams otherwise run until Ctrl+C)" }.Seconds();
        var embeddings = new Option<bool>("--embeddings") { Description = "Faces in an image: print each face's descriptor (--json)" };
        var annotate = new Option<string?>("--annotate") { Description = "Video: write one annotated JPEG per event into this folder (FRAME-KIND.jpg, faces blurred)" };
        var command = new Command("detect", "Detect in an image (one line per detection) or a video/stream (one line per event); boxes in source pixels")
        {
            path, kinds, json, minScore, fps, camera, seconds, embeddings, annotate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(path)!;
            var words = parse.GetValue(kinds)!.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            foreach (var k in words)
            {
                if (!AnalysisKindNames.All.Contains(k))
                {
                    error.WriteLine($"--kinds {k}: not one of {string.Join(", ", AnalysisKindNames.All)}");
                    return ExitCodes.Usage;
                }
            }
            var isUrl = file.Contains("://", StringComparison.Ordinal) && !file.StartsWith("file://", StringComparison.OrdinalIgnoreCase);
            if (!isUrl && !File.Exists(file))
            {
                error.WriteLine($"{file}: no such file");
                return ExitCodes.Failure;
            }
            if (isUrl || !StillExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                var video = new VideoRequest(file, parse.GetValue(fps), parse.GetValue(camera), parse.GetValue(seconds), parse.GetValue(json), AnalysisKindNames.Parse(words))
                {
                    Annotate = parse.GetValue(annotate),
                };
                return await DetectVideoAsync(parse, video, cancellationToken);
            }
            if (parse.GetValue(annotate) is not null)
            {
                error.WriteLine($"--annotate: for a video or stream (one picture per event); for an image use 'edgeagent snapshot {file} --annotate OUT.jpg'");
                return ExitCodes.Usage;
            }
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            if (!TryFindCamera(options, parse.GetValue(camera), error, out var configured)) return ExitCodes.Usage;
            using var registry = ModelsCommand.OpenRegistry(options, error);
            if (registry is null) return ExitCodes.Config;

            RgbImage image;
            try
            {
                image = ImageCodec.DecodeFile(file, options.Limits.Images);
            }
            catch (InvalidDataException ex)
            {
                return ExitCodes.Report(error, ex);
            }
            if (words.Contains("faces"))
            {
                var code = DetectFaces(parse, registry, image, file, parse.GetValue(embeddings));
                if (code != ExitCodes.Ok) return code;
            }
            var threshold = parse.GetValue(minScore);
            var asJson = parse.GetValue(json);
            if (words.Contains("objects"))
            {
                ObjectDetector detector;
                try
                {
                    detector = new ObjectDetector(registry.Get(options.Models.Detector));
                }
                catch (ModelException ex)
                {
                    return ExitCodes.Report(error, ex);
                }
                // The passes a camera runs (whole frame, tiles when its detect.tiles is on), so a still shows what the camera would see.
                var detect = options.Cameras.FirstOrDefault(c => c.Id == parse.GetValue(camera))?.Detect ?? new DetectOptions();
                var found = new List<Detection.Detection>();
                new FrameDetection(detector, detect).Run(image, found, null);
                found.RemoveAll(d => d.Score < threshold);
                if (asJson)
                {
                    foreach (var d in found) output.WriteLine(JsonLine(d, 0));
                }
                else
                {
                    output.WriteLine($"{file}: {image.Width}x{image.Height}, model {detector.Model.Id}, {found.Count} object(s)");
                    output.WriteLine($"{"LABEL",-16} {"SCORE",5}  {"X",5} {"Y",5} {"W",5} {"H",5}");
                    foreach (var d in found)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{d.Label,-16} {d.Score,5:0.00}  {Px(d.Box.X),5} {Px(d.Box.Y),5} {Px(d.Box.W),5} {Px(d.Box.H),5}"));
                    }
                }
            }
            if (words.Contains("plates"))
            {
                IReadOnlyList<PlateCandidate> plates;
                try
                {
                    var grammars = PlateGrammars.Create((configured ?? (options.Cameras.Count > 0 ? options.Cameras[0] : null))?.Plates.Grammars ?? PlateGrammars.DefaultIds);
                    using var reader = PlateReader.FromRegistry(registry, grammars);
                    // The whole image: a still has no vehicle tracks, so the reader searches all of it (and its lower half again when nothing fits).
                    plates = PlateReader.BestPerPlace(reader.Read(image), threshold);
                }
                catch (ModelException ex)
                {
                    return ExitCodes.Report(error, ex);
                }
                if (asJson)
                {
                    foreach (var p in plates) output.WriteLine(PlateJsonLine(p, 0));
                }
                else
                {
                    output.WriteLine($"{file}: {image.Width}x{image.Height}, {plates.Count} plate(s)");
                    output.WriteLine($"{"PLATE",-12} {"SCORE",5} {"GRAMMAR",-14} {"X",5} {"Y",5} {"W",5} {"H",5}");
                    foreach (var p in plates)
                    {
                        var b = p.Quad.Bounds;
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{p.Read.Text,-12} {p.Read.Confidence,5:0.00} {p.Read.Grammar,-14} {Px(b.X),5} {Px(b.Y),5} {Px(b.W),5} {Px(b.H),5}"));
                    }
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The camera <c>--camera</c> names, or null when none is named; false (printed) when the config has no such camera,
    /// a command-line error: the technician mistyped an id, the config itself is fine.
    /// </summary>
    internal static bool TryFindCamera(AgentOptions options, string? id, TextWriter error, out CameraOptions? camera)
    {
        camera = id is null ? null : options.Cameras.FirstOrDefault(c => c.Id == id);
        if (id is null || camera is not null) return true;
        var where = options.SourcePath ?? "the built-in defaults (no --config)";
        error.WriteLine(options.Cameras.Count == 0
            ? $"--camera {id}: unknown camera: {where} has no cameras; pass --config FILE with the camera"
            : $"--camera {id}: unknown camera in {where}; known cameras: {string.Join(", ", options.Cameras.Select(c => c.Id))}");
        return false;
    }

    private static int DetectFaces(ParseResult parse, ModelRegistry registry, RgbImage image, string file, bool embeddings)
    {
        var output = parse.InvocationConfiguration.Output;
        Faces.FaceAnalyzer analyzer;
        try
        {
            analyzer = FaceCommand.Analyzer(registry);
        }
        catch (ModelException ex)
        {
            return ExitCodes.Report(parse.InvocationConfiguration.Error, ex);
        }
        var faces = analyzer.Detect(image);
        var json = parse.GetValue<bool>("--json");
        if (!json) output.WriteLine($"{file}: {image.Width}x{image.Height}, model {analyzer.Detector.Model.Id}, {faces.Count} face(s)");
        foreach (var f in faces)
        {
            if (json)
            {
                output.WriteLine(FaceCommand.JsonLine(f, 0, embeddings ? analyzer.Describe(image, f) : null));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"face",-16} {f.Score,5:0.00}  {Px(f.Box.X),5} {Px(f.Box.Y),5} {Px(f.Box.W),5} {Px(f.Box.H),5}  eyes ({Px(f.Landmarks.RightEye.X)},{Px(f.Landmarks.RightEye.Y)}) ({Px(f.Landmarks.LeftEye.X)},{Px(f.Landmarks.LeftEye.Y)})"));
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>The JSON line of one detection: kind, frame, label, score, box [x, y, w, h] in source pixels.</summary>
    public static string JsonLine(in Detection.Detection d, long frame)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", "object");
            w.WriteNumber("frame", frame);
            w.WriteString("label", d.Label);
            EventJson.WriteScore(w, "score", d.Score);
            EventJson.WriteBox(w, "box", d.Box, 0, 0, pixels: true);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The JSON line of one plate read on a still: kind, frame, text, score, grammar, box [x, y, w, h] in source pixels.</summary>
    public static string PlateJsonLine(PlateCandidate plate, long frame)
    {
        ArgumentNullException.ThrowIfNull(plate);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", "plate");
            w.WriteNumber("frame", frame);
            w.WriteString("text", plate.Read.Text);
            EventJson.WriteScore(w, "score", plate.Read.Confidence);
            w.WriteString("grammar", plate.Read.Grammar);
            EventJson.WriteBox(w, "box", plate.Quad.Bounds, 0, 0, pixels: true);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed record VideoRequest(string Url, double Fps, string? Camera, double? Seconds, bool Json, AnalysisKinds Kinds)
    {
        /// <summary>Folder for one annotated picture per event, or null.</summary>
        public string? Annotate { get; init; }
    }

    /// <summary>Video and streams go through the camera pipeline, so the lines are the events a camera would publish.</summary>
    private static async Task<int> DetectVideoAsync(ParseResult parse, VideoRequest request, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var options = ModelsCommand.OptionsOrDefaults(parse, error);
        if (options is null) return ExitCodes.Config;
        if (!TryFindCamera(options, request.Camera, error, out var template)) return ExitCodes.Usage;
        if (request.Annotate is { } folder && (Directory.Exists(folder) ? SnapshotCommand.CheckWritable(Path.Combine(folder, "x.jpg")) : $"folder {folder} does not exist") is { } problem)
        {
            error.WriteLine($"--annotate {folder}: {problem}");
            return ExitCodes.Usage;
        }
        using var registry = ModelsCommand.OpenRegistry(options, error);
        if (registry is null) return ExitCodes.Config;
        using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
        CameraOptions camera;
        try
        {
            camera = await SourceAnalyzer.CameraForAsync(request.Url, template, request.Fps, null, cancellationToken) with { Analytics = request.Kinds };
        }
        catch (IOException ex)
        {
            return ExitCodes.Report(error, ex);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (request.Seconds is { } seconds) limit.CancelAfter(TimeSpan.FromSeconds(seconds));
        var analyzer = new SourceAnalyzer(options, registry, loggers, TimeProvider.System);
        if (!request.Json) output.WriteLine($"{"FRAME",6} {"KIND",-13} {"EVENT",-8} {"TRACK",5} {"LABEL",-12} {"SCORE",5}  BOX / DETAIL");
        var events = 0;
        ValueTask OnEvent(AgentEvent e)
        {
            events++;
            output.WriteLine(request.Json ? EventJson.ToCliLine(e) : TableLine(e));
            return ValueTask.CompletedTask;
        }
        try
        {
            if (request.Annotate is null)
            {
                await analyzer.RunAsync(camera, OnEvent, limit.Token);
            }
            else
            {
                var code = await SnapshotCommand.AnnotateEventsAsync(options, registry, loggers, camera, request.Annotate, OnEvent, error, limit.Token);
                if (code != ExitCodes.Ok) return code;
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // Ctrl+C or --seconds: a normal end.
        }
        if (!request.Json) error.WriteLine($"{events} event(s)");
        return ExitCodes.Ok;
    }

    private static string TableLine(AgentEvent e)
    {
        using var doc = JsonDocument.Parse(EventJson.ToCliLine(e));
        var r = doc.RootElement;
        string Get(string name) => r.TryGetProperty(name, out var v) ? v.ToString() : "";
        var detail = r.TryGetProperty("box", out var box) ? box.ToString() : Get("reason");
        if (r.TryGetProperty("line", out _)) detail += $" line {Get("line")} {Get("dir")} #{Get("count")}";
        if (r.TryGetProperty("zones", out var zones)) detail += $" zones {zones}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{e.Frame,6} {e.Kind,-13} {Get("event"),-8} {Get("track"),5} {Get("label"),-12} {Get("score"),5}  {detail}");
    }

    private static int Px(float v) => (int)MathF.Round(v);
}
