using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent detect PATH</c>: runs the detectors on a still image (a video goes through the camera pipeline) and prints what they find.</summary>
public static class DetectCommand
{
    /// <summary>File extensions read as still images; anything else is treated as video.</summary>
    public static readonly string[] StillExtensions = [".jpg", ".jpeg", ".png", ".bmp", ".webp", ".gif"];

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Image (JPEG, PNG) or video file" };
        var kinds = new Option<string[]>("--kinds") { Description = "What to detect: objects", DefaultValueFactory = _ => ["objects"], AllowMultipleArgumentsPerToken = true };
        kinds.AcceptOnlyFromAmong("objects", "faces", "plates");
        var json = new Option<bool>("--json") { Description = "One JSON line per detection instead of a table" };
        var minScore = new Option<float>("--min-score") { Description = "Lowest score printed (0..1)", DefaultValueFactory = _ => 0.3f };
        var command = new Command("detect", "Detect objects in an image and print them (boxes in the file's pixels)");
        command.Arguments.Add(path);
        command.Options.Add(kinds);
        command.Options.Add(json);
        command.Options.Add(minScore);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(path)!;
            foreach (var k in parse.GetValue(kinds)!)
            {
                if (k != "objects")
                {
                    error.WriteLine($"--kinds {k}: not available in this build yet (objects only)");
                    return ExitCodes.Usage;
                }
            }
            if (!File.Exists(file))
            {
                error.WriteLine($"{file}: no such file");
                return ExitCodes.Failure;
            }
            if (!StillExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                return DetectVideo(file, error);
            }
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            using var registry = ModelsCommand.OpenRegistry(options, error);
            if (registry is null) return ExitCodes.Config;

            RgbImage image;
            try
            {
                image = ImageCodec.DecodeFile(file);
            }
            catch (InvalidDataException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Failure;
            }
            ObjectDetector detector;
            try
            {
                detector = new ObjectDetector(registry.Get(options.Models.Detector));
            }
            catch (ModelException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Verification;
            }
            var threshold = parse.GetValue(minScore);
            var found = detector.Detect(image).Where(d => d.Score >= threshold).ToList();
            if (parse.GetValue(json))
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
            return ExitCodes.Ok;
        });
        return command;
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

    /// <summary>
    /// Video files go through the camera pipeline (capture, motion, detection, tracking) so the output matches what a
    /// camera would publish; that wiring belongs to the pipeline host, not to this still-image path.
    /// </summary>
    private static int DetectVideo(string file, TextWriter error)
    {
        error.WriteLine($"{file}: video input is not wired into 'detect' yet; run it as a camera (url: {file}) with 'edgeagent run --print-events'");
        return ExitCodes.Failure;
    }

    private static int Px(float v) => (int)MathF.Round(v);
}
