using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Evaluation;
using EdgeAgent.Hosting;
using EdgeAgent.Models;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent eval objects DIR</c> (detector accuracy on a labelled set) and <c>eval tracks CLIP</c> (how well tracks hold, without ground truth).</summary>
public static class EvalCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create() =>
        new("eval", "Measure detection and tracking: accuracy on a labelled set, track stability on a clip") { Objects(), Tracks(), Left() };

    private static Option<string?> CameraOption() => new("--camera") { Description = "Take thresholds and detect settings from this camera of the --config file" };

    private static Argument<string> ClipArgument() => new("clip") { Description = "A video file (played once, every frame at --fps analysed)" };

    private static Option<bool> JsonOption(string instead) => new("--json") { Description = "One JSON object instead of " + instead };

    private static Option<double> FpsOption() => new Option<double>("--fps") { Description = "Frames analysed per second", DefaultValueFactory = _ => 5 }.AboveAndAtMost(0, 60);

    private static Command Objects()
    {
        var dir = new Argument<string>("dir") { Description = "Folder with objects.tsv (image, category, x,y,w,h, iscrowd) or a COCO instances *.json, or either file" };
        var json = JsonOption("a table");
        var camera = CameraOption();
        var sizes = new Option<string[]>("--sizes") { Description = "Labels whose small/medium/large split is printed (default person)", DefaultValueFactory = _ => ["person"], AllowMultipleArgumentsPerToken = true };
        var budget = new Option<double?>("--max-false") { Description = "Also suggest per label the lowest threshold with at most this many false detections per image" };
        var cmd = new Command("objects", "Recall, precision (at each label's threshold), AP50 at IoU 0.5 per class and COCO size, false detections per image") { dir, json, camera, sizes, budget };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            var cam = CameraFrom(options, parse.GetValue(camera), error);
            if (cam is null) return ExitCodes.Usage;
            IReadOnlyList<ObjectSample> samples;
            try
            {
                samples = ObjectSet.Load(parse.GetValue(dir)!);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                return ExitCodes.Report(error, ex);
            }
            using var registry = ModelsCommand.OpenRegistry(options, error);
            if (registry is null) return ExitCodes.Config;
            try
            {
                var detector = new ObjectDetector(registry.Get(options.Models.Detector));
                var result = EvaluationRuns.Objects(detector, samples, cam, options.Limits.Images, parse.GetValue(budget));
                output.Write(parse.GetValue(json) ? result.Json() + Environment.NewLine : result.Table(parse.GetValue(sizes)!.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries))));
            }
            catch (Exception ex) when (ex is ModelException or InvalidDataException)
            {
                return ExitCodes.Report(error, ex);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Tracks()
    {
        var clip = ClipArgument();
        var json = JsonOption("text");
        var camera = CameraOption();
        var fps = FpsOption();
        var label = new Option<string>("--label") { Description = "Tracks of this label are measured", DefaultValueFactory = _ => "person" };
        var cmd = new Command("tracks", "Track births per person-second, track-frames without a detection, track life, honest end boxes; no ground truth needed") { clip, json, camera, fps, label };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(clip)!;
            if (ClipProblem(file, "eval tracks needs a video clip (for photos: edgeagent eval objects DIR)", error) is { } problem) return problem;
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            var template = parse.GetValue(camera) is null ? null : CameraFrom(options, parse.GetValue(camera), error);
            if (parse.GetValue(camera) is not null && template is null) return ExitCodes.Usage;
            using var registry = ModelsCommand.OpenRegistry(options, error);
            if (registry is null) return ExitCodes.Config;
            using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
            try
            {
                var cam = await SourceAnalyzer.CameraForAsync(file, template, parse.GetValue(fps), null, cancellationToken) with { Analytics = AnalysisKinds.Objects };
                var result = await EvaluationRuns.TracksAsync(options, registry, loggers, cam, parse.GetValue(label)!, cancellationToken);
                output.WriteLine(parse.GetValue(json) ? result.Json() : result.Text());
            }
            catch (Exception ex) when (ex is IOException or ModelException)
            {
                return ExitCodes.Report(error, ex);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Left()
    {
        var clip = ClipArgument();
        var tsv = new Argument<string>("events") { Description = "Ground truth: video, frame_start, frame_end, event, x,y,w,h, source (rows whose event contains 'unattended' are the alarm windows, frame_start when the owner left)" };
        var json = JsonOption("text");
        var camera = CameraOption();
        var fps = FpsOption();
        var after = new Option<double?>("--after") { Description = "Seconds an object must stay with its owner gone (instead of the camera's left_objects.after)" }.AboveAndAtMost(0, 86400);
        var cmd = new Command("left", "Left-object alarms against annotated windows: hits on the box, misses, false alarms, delay after the owner left") { clip, tsv, json, camera, fps, after };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(clip)!;
            if (ClipProblem(file, "eval left needs a video clip", error) is { } problem) return problem;
            IReadOnlyList<UnattendedWindow> windows;
            try
            {
                windows = LeftEvaluation.Load(parse.GetValue(tsv)!, file);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                return ExitCodes.Report(error, ex);
            }
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            var template = CameraFrom(options, parse.GetValue(camera), error);
            if (template is null) return ExitCodes.Usage;
            var left = template.LeftObjects;
            if (parse.GetValue(after) is { } seconds)
            {
                var t = TimeSpan.FromSeconds(seconds);
                left = left with { After = t, MaxAge = left.MaxAge > t ? left.MaxAge : t * 2, Zones = [.. left.Zones.Select(z => z with { After = null })] };
            }
            using var registry = ModelsCommand.OpenRegistry(options, error);
            if (registry is null) return ExitCodes.Config;
            using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
            try
            {
                var probe = await Capture.SourceProbe.ProbeAsync(file, cancellationToken);
                var cam = await SourceAnalyzer.CameraForAsync(file, template with { LeftObjects = left }, parse.GetValue(fps), null, cancellationToken)
                    with { Analytics = AnalysisKinds.Objects | AnalysisKinds.Left };
                var evaluation = new LeftEvaluation(windows, probe.Fps);
                await new SourceAnalyzer(options, registry, loggers, TimeProvider.System).RunAsync(cam, e =>
                {
                    evaluation.Add(e);
                    return ValueTask.CompletedTask;
                }, cancellationToken);
                output.WriteLine(parse.GetValue(json) ? evaluation.Json() : evaluation.Text());
            }
            catch (Exception ex) when (ex is IOException or ModelException)
            {
                return ExitCodes.Report(error, ex);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>The exit code for a clip argument that is missing or a still image (with the reason printed), or null.</summary>
    private static int? ClipProblem(string file, string needs, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: no such file");
            return ExitCodes.Failure;
        }
        if (!DetectCommand.StillExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())) return null;
        // A still decodes to no stream of frames: the camera would wait for one for ever.
        error.WriteLine($"{file}: a still image; {needs}");
        return ExitCodes.Usage;
    }

    /// <summary>The named camera of the config, or the defaults when none is named; null (with the reason printed) for an unknown id.</summary>
    private static CameraOptions? CameraFrom(AgentOptions options, string? id, TextWriter error) =>
        DetectCommand.TryFindCamera(options, id, error, out var camera) ? camera ?? new CameraOptions { Id = "eval" } : null;
}
