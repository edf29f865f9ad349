using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Plates;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent plates eval DIR</c> (accuracy on a labelled set, optionally beside Tesseract) and <c>plates bench IMAGE</c> (per-plate cost).</summary>
public static class PlatesCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create() => new("plates", "Plate reader tools: accuracy on a labelled set, per-plate cost") { Eval(), Bench() };

    private static Command Eval()
    {
        var dir = new Argument<string>("dir") { Description = "Folder with plates.tsv (image, plate, box, layout, note) and the images" };
        var layout = new Option<string?>("--layout") { Description = "Only samples of this layout (one_line, two_line)" };
        var baseline = new Option<string?>("--baseline") { Description = "Also run a baseline recogniser on the same boxes: tesseract" };
        var misses = new Option<bool>("--misses") { Description = "List the images read wrong" };
        var grammars = new Option<string[]>("--grammars") { Description = "Grammar ids (default ua, eu)", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("eval", "Exact-match rate (labelled plate among the reads) and character error rate over a labelled set") { dir, layout, baseline, misses, grammars };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var base_ = parse.GetValue(baseline);
            if (base_ is not (null or "tesseract"))
            {
                error.WriteLine($"--baseline {base_}: the only baseline is tesseract");
                return ExitCodes.Usage;
            }
            IReadOnlyList<PlateSample> samples;
            try
            {
                samples = PlateEvaluation.LoadSet(parse.GetValue(dir)!, parse.GetValue(layout));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                return ExitCodes.Report(error, ex);
            }
            return WithReader(parse, parse.GetValue(grammars), (reader, limits) =>
            {
                var name = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(parse.GetValue(dir)!))}{(parse.GetValue(layout) is { } l ? " " + l : "")}";
                try
                {
                    var result = PlateEvaluation.Run(reader, samples, limits);
                    output.WriteLine(result.Summary(name + " ppocr"));
                    if (parse.GetValue(misses)) foreach (var m in result.Misses) output.WriteLine("  miss " + m);
                    if (base_ is "tesseract")
                    {
                        var t = PlateEvaluation.Run(reader, samples, limits, new TesseractRecogniser());
                        output.WriteLine(t.Summary(name + " tesseract"));
                        if (parse.GetValue(misses)) foreach (var m in t.Misses) output.WriteLine("  miss " + m);
                    }
                }
                catch (InvalidDataException ex)
                {
                    return ExitCodes.Report(error, ex);
                }
                return ExitCodes.Ok;
            });
        });
        return cmd;
    }

    private static Command Bench()
    {
        var image = new Argument<string>("image") { Description = "A photo with one plate" };
        var iterations = new Option<int>("--iterations", "-n") { Description = "Timed runs", DefaultValueFactory = _ => 30 }.Positive();
        var cmd = new Command("bench", "Per-plate cost: the plate found in the photo is read again from a vehicle-sized crop around it (detection at the crop size, recognition of its lines)") { image, iterations };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return WithReader(parse, null, (reader, limits) =>
            {
                RgbImage photo;
                try
                {
                    photo = ImageCodec.DecodeFile(parse.GetValue(image)!, limits);
                }
                catch (InvalidDataException ex)
                {
                    return ExitCodes.Report(error, ex);
                }
                var sw = Stopwatch.StartNew();
                var reads = reader.Read(photo);
                var full = (sw.Elapsed.TotalMilliseconds, reader.LastCost);
                var plate = reads.FirstOrDefault(r => r.Read.FitsGrammar);
                if (plate is null)
                {
                    error.WriteLine($"{parse.GetValue(image)}: no plate found to time");
                    return ExitCodes.Failure;
                }
                // A car is about 4 plate widths wide and 5 plate heights tall above and 1 below the plate.
                var b = plate.Quad.Bounds;
                var crop = PixelRect.Around(BoxF.FromCorners(b.X - 1.5f * b.W, b.Y - 4 * b.H, b.Right + 1.5f * b.W, b.Bottom + 1.5f * b.H), photo.Width, photo.Height);
                reader.ReadCrop(photo, crop);
                int n = parse.GetValue(iterations), found = 0;
                double det = 0, rec = 0;
                for (var i = 0; i < n; i++)
                {
                    if (reader.ReadCrop(photo, crop).Any(r => r.Read.Text == plate.Read.Text)) found++;
                    det += reader.LastCost.Detect;
                    rec += reader.LastCost.Recognise;
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"whole image {photo.Width}x{photo.Height}: {full.Item1:0} ms (det {full.LastCost.Detect:0}, rec {full.LastCost.Recognise:0}, {full.LastCost.Lines} lines); plate {plate.Read.Text}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"per plate, vehicle crop {crop.W}x{crop.H} detected at {reader.CropDetectSide}: det {det / n:0.0} ms, rec {rec / n:0.0} ms ({reader.LastCost.Lines} line(s)); read back {found}/{n}"));
                return ExitCodes.Ok;
            });
        });
        return cmd;
    }

    private static int WithReader(ParseResult parse, string[]? grammarIds, Func<PlateReader, ImageLimits, int> action) =>
        ModelsCommand.WithRegistry(parse, (options, registry) =>
        {
            PlateReader reader;
            try
            {
                var ids = grammarIds is { Length: > 0 } ? grammarIds : PlateGrammars.DefaultIds;
                reader = PlateReader.FromRegistry(registry, PlateGrammars.Create(ids));
            }
            catch (Exception ex) when (ex is ModelException or ArgumentException)
            {
                return ExitCodes.Report(parse.InvocationConfiguration.Error, ex);
            }
            using (reader) return action(reader, options.Limits.Images);
        });
}
