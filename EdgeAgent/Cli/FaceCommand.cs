using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Faces;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent faces calibrate DIR</c>, and the face helpers the watchlist and detect verbs share.</summary>
public static class FaceCommand
{
    /// <summary>Descriptor model the CLI and the cameras use.</summary>
    public const string DescriptorModel = CameraPipelineFactory.FaceDescriptorModel;

    /// <summary>Its descriptor length (imports are checked against it without loading the model).</summary>
    public const int DescriptorDimension = FaceResDescriptor.ShippedDimension;

    /// <summary>Smallest face (shorter box side, pixels) accepted for enrolment.</summary>
    public const float MinEnrolSize = 32;

    /// <summary>Least frontalness accepted for enrolment.</summary>
    public const float MinEnrolFrontalness = 0.3f;

    /// <summary>Builds the verb group.</summary>
    public static Command Create() => new("faces", "Face recognition tools") { Calibrate() };

    /// <summary>Detector, aligner and descriptor from the registry.</summary>
    public static FaceAnalyzer Analyzer(ModelRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var descriptor = new FaceResDescriptor(registry.Get(DescriptorModel));
        return new FaceAnalyzer(new FaceDetector(registry.Get(CameraPipelineFactory.FaceDetectorModel)), new FaceAligner(FaceCropMode.Similarity, descriptor.InputSize), descriptor);
    }

    /// <summary>Runs <paramref name="action"/> with the configuration and the face analyzer; a model that will not load exits 4.</summary>
    internal static int WithAnalyzer(ParseResult parse, Func<AgentOptions, FaceAnalyzer, int> action) =>
        ModelsCommand.WithRegistry(parse, (options, registry) =>
        {
            FaceAnalyzer analyzer;
            try
            {
                analyzer = Analyzer(registry);
            }
            catch (ModelException ex)
            {
                return ExitCodes.Report(parse.InvocationConfiguration.Error, ex);
            }
            return action(options, analyzer);
        });

    /// <summary>
    /// The descriptor of the one face in an enrolment photo. Faces under 30% of the largest face's size are background
    /// and ignored; two or more faces of comparable size, no face, a face too small or turned away are refused.
    /// </summary>
    public static float[] EnrolmentDescriptor(FaceAnalyzer analyzer, string path, ImageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var image = ImageCodec.DecodeFile(path, limits);
        var faces = analyzer.Detect(image);
        var largest = FaceAnalyzer.Largest(faces) ?? throw new FacePhotoException($"{path}: no face found (score >= {analyzer.Detector.MinScore:0.0#})");
        var side = Math.Max(largest.Box.W, largest.Box.H);
        var count = faces.Count(f => Math.Max(f.Box.W, f.Box.H) >= 0.3f * side);
        if (count > 1) throw new FacePhotoException($"{path}: {count} faces; a watchlist photo must show exactly one person");
        var descriptor = analyzer.Describe(image, largest, out var crop);
        var q = FaceQuality.Measure(largest, crop);
        if (q.Size < MinEnrolSize) throw new FacePhotoException(string.Create(CultureInfo.InvariantCulture, $"{path}: the face is {q.Size:0} pixels, at least {MinEnrolSize:0} are needed"));
        if (q.Frontalness < MinEnrolFrontalness) throw new FacePhotoException(string.Create(CultureInfo.InvariantCulture, $"{path}: the face is turned away (frontalness {q.Frontalness:0.00}, at least {MinEnrolFrontalness:0.00}); use a frontal photo"));
        return descriptor;
    }

    /// <summary>The JSON line of one face: kind, frame, score, box, keypoints and, when given, the descriptor.</summary>
    public static string JsonLine(in FaceDetection f, long frame, float[]? descriptor)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", "face");
            w.WriteNumber("frame", frame);
            EventJson.WriteScore(w, "score", f.Score);
            EventJson.WriteBox(w, "box", f.Box, 0, 0, pixels: true);
            w.WriteStartObject("keypoints");
            for (var k = 0; k < FaceLandmarks.Count; k++)
            {
                w.WriteStartArray(FaceLandmarks.Names[k]);
                w.WriteNumberValue(Math.Round(f.Landmarks[k].X, 1));
                w.WriteNumberValue(Math.Round(f.Landmarks[k].Y, 1));
                w.WriteEndArray();
            }
            w.WriteEndObject();
            if (descriptor is not null)
            {
                w.WriteStartArray("embedding");
                foreach (var v in descriptor) w.WriteNumberValue(Math.Round(v, 5));
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static Command Calibrate()
    {
        var dir = new Argument<string>("dir") { Description = "Folder with one sub-folder of photos per identity" };
        var fmr = new Option<double>("--target-fmr") { Description = "False-match rate the threshold is chosen for", DefaultValueFactory = _ => 0.01 }
            .Must(v => v is > 0 and < 1, "must be above 0 and below 1");
        var cmd = new Command("calibrate", "All-pairs genuine/impostor similarities of identity sub-folders: distributions, EER, threshold at a target false-match rate") { dir, fmr };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(dir)!;
            var target = parse.GetValue(fmr);
            if (!Directory.Exists(root))
            {
                error.WriteLine($"{root}: no such folder");
                return ExitCodes.Failure;
            }
            return WithAnalyzer(parse, (options, analyzer) => Measure(options, analyzer, root, target, output, error));
        });
        return cmd;
    }

    /// <summary>The similarity distributions of the identity sub-folders of <paramref name="root"/>, printed.</summary>
    private static int Measure(AgentOptions options, FaceAnalyzer analyzer, string root, double target, TextWriter output, TextWriter error)
    {
        var ids = new List<string>();
        var descriptors = new List<float[]>();
        foreach (var sub in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(sub).Where(f => DetectCommand.StillExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
            {
                try
                {
                    var image = ImageCodec.DecodeFile(file, options.Limits.Images);
                    var face = FaceAnalyzer.Largest(analyzer.Detect(image));
                    if (face is null)
                    {
                        error.WriteLine($"{file}: no face found; skipped");
                        continue;
                    }
                    ids.Add(Path.GetFileName(sub));
                    descriptors.Add(analyzer.Describe(image, face.Value));
                }
                catch (InvalidDataException ex)
                {
                    error.WriteLine(ex.Message + "; skipped");
                }
            }
        }
        FaceCalibration c;
        try
        {
            c = FaceCalibration.Compute(ids, descriptors);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"{root}: {ex.Message} (need two or more identities with two or more photos)");
            return ExitCodes.Failure;
        }
        var t = c.ThresholdAt(target);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{descriptors.Count} faces of {ids.Distinct().Count()} identities: {c.Genuine.Length} genuine, {c.Impostor.Length} impostor pairs ({analyzer.Descriptor.ModelId}, cosine)"));
        output.WriteLine($"{"SIMILARITY",-12} {"GENUINE",8} {"IMPOSTOR",8}");
        var g = FaceCalibration.Histogram(c.Genuine);
        var im = FaceCalibration.Histogram(c.Impostor);
        for (var b = 0; b < g.Length; b++)
        {
            if (g[b] == 0 && im[b] == 0) continue;
            output.WriteLine(string.Create(inv, $"{-1 + 2.0 * b / g.Length,5:0.00}..{-1 + 2.0 * (b + 1) / g.Length,5:0.00} {g[b],8} {im[b],8}"));
        }
        output.WriteLine(string.Create(inv, $"EER {c.Eer:P2} at threshold {c.EerThreshold:0.000}"));
        output.WriteLine(string.Create(inv, $"threshold {t:0.000} for false-match rate <= {target:P2}: FMR {c.FalseMatchRate(t):P2}, true-match rate {c.TrueMatchRate(t):P2}"));
        output.WriteLine(string.Create(inv, $"default threshold {analyzer.Descriptor.Threshold:0.000}: FMR {c.FalseMatchRate(analyzer.Descriptor.Threshold):P2}, true-match rate {c.TrueMatchRate(analyzer.Descriptor.Threshold):P2}"));
        return ExitCodes.Ok;
    }
}
