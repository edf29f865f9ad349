using System.Globalization;
using System.Text.Json;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Detection;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Control.ModelUpdates;

/// <summary>One expected detection of a sample image: label and box (x, y, w, h in image pixels).</summary>
public sealed record ExpectedDetection(string Label, BoxF Box);

/// <summary>A sample image of a model bundle and what the model must find on it.</summary>
public sealed record ModelSample(string Image, IReadOnlyList<ExpectedDetection> Expect);

/// <summary>
/// Runs a staged model on the sample images its bundle ships (<c>samples.json</c>) and checks that every expected
/// detection is found with the same label and an IoU of at least <c>min_iou</c>. Object and face detectors are supported;
/// a bundle for another task, or with no samples, is refused: an update nobody can check is not installed.
/// </summary>
public static class SampleCheck
{
    /// <summary>Name of the samples file inside a model bundle.</summary>
    public const string FileName = "samples.json";

    /// <summary>Reads <c>samples.json</c> of <paramref name="bundle"/>; throws <see cref="BundleException"/> naming the problem.</summary>
    public static (float MinIou, IReadOnlyList<ModelSample> Samples) Read(SignedBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var path = bundle.FilePath(FileName) ?? throw new BundleException(BundleError.Malformed, $"model bundle has no {FileName}: an update must ship sample images with their expected detections");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var r = doc.RootElement;
            var minIou = r.TryGetProperty("min_iou", out var m) ? m.GetSingle() : 0.5f;
            var list = new List<ModelSample>();
            foreach (var s in r.GetProperty("samples").EnumerateArray())
            {
                var image = s.GetProperty("image").GetString() ?? "";
                if (bundle.FilePath(image) is null) throw new BundleException(BundleError.Malformed, $"{FileName}: image {image} is not in the bundle");
                var expect = new List<ExpectedDetection>();
                foreach (var e in s.GetProperty("expect").EnumerateArray())
                {
                    var b = e.GetProperty("box");
                    if (b.GetArrayLength() != 4) throw new BundleException(BundleError.Malformed, $"{FileName}: {image}: box must be [x, y, w, h]");
                    expect.Add(new ExpectedDetection(e.GetProperty("label").GetString() ?? "",
                        new BoxF(b[0].GetSingle(), b[1].GetSingle(), b[2].GetSingle(), b[3].GetSingle())));
                }
                list.Add(new ModelSample(image, expect));
            }
            if (list.Count == 0) throw new BundleException(BundleError.Malformed, $"{FileName} lists no samples");
            // Samples that expect nothing pass any model, even one that finds nothing: refuse them as no check at all.
            if (list.TrueForAll(x => x.Expect.Count == 0)) throw new BundleException(BundleError.Malformed, $"{FileName}: no sample expects a detection");
            return (minIou, list);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BundleException(BundleError.Malformed, $"{FileName}: {ex.Message}");
        }
    }

    /// <summary>Runs <paramref name="model"/> on every sample (images within <paramref name="limits"/>); returns null when all pass, else what was missed.</summary>
    public static string? Run(LoadedModel model, SignedBundle bundle, ImageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (minIou, samples) = Read(bundle);
        var found = new List<(string Label, BoxF Box)>();
        foreach (var sample in samples)
        {
            RgbImage image;
            try
            {
                image = ImageCodec.DecodeFile(bundle.FilePath(sample.Image)!, limits);
            }
            catch (InvalidDataException ex)
            {
                // Signed is not the same as sound: a sample image that cannot be decoded refuses the bundle, naming it.
                throw new BundleException(BundleError.Malformed, $"{FileName}: {ex.Message}");
            }
            found.Clear();
            switch (model.Entry.Task)
            {
                case "object-detection":
                    foreach (var d in new ObjectDetector(model).Detect(image)) found.Add((d.Label, d.Box));
                    break;
                case "face-detection":
                    foreach (var f in new FaceDetector(model).Detect(image)) found.Add(("face", f.Box));
                    break;
                default:
                    throw new BundleException(BundleError.NotApplicable, $"samples cannot be checked for a {model.Entry.Task} model; only object and face detectors can be updated");
            }
            foreach (var expected in sample.Expect)
            {
                var best = 0f;
                foreach (var (label, box) in found)
                {
                    if (label == expected.Label) best = Math.Max(best, box.IoU(expected.Box));
                }
                if (best < minIou)
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"sample {sample.Image}: expected {expected.Label} at [{expected.Box.X:0},{expected.Box.Y:0},{expected.Box.W:0},{expected.Box.H:0}] not found (best IoU {best:0.00} < {minIou:0.00}; the model found {found.Count} detection(s))");
                }
            }
        }
        return null;
    }
}
