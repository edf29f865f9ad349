using System.Runtime.InteropServices;
using System.Text.Json;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Models;

/// <summary>
/// ONNX Runtime on the converted model against TF.js on the original, on the same input (scripts/parity.sh writes the
/// reference only when a conversion changes, so these skip where it is absent).
/// </summary>
public class ParityTests
{
    private static string ParityDir(string id)
    {
        var root = Environment.GetEnvironmentVariable("EDGEAGENT_CACHE") is { Length: > 0 } c
            ? c
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edgeagent");
        var dir = Path.Combine(root, "parity", id);
        if (!File.Exists(Path.Combine(dir, "meta.json")))
        {
            Assert.Ignore($"no TF.js reference in {dir}: run scripts/parity.sh {id} (needed only when the conversion changes)");
        }
        return dir;
    }

    private static float[] ReadF32(string path) => MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(path)).ToArray();

    /// <summary>Runs the model on the reference input; returns (reference, ours) per output name.</summary>
    private static Dictionary<string, (float[] Reference, float[] Ours)> RunOnReference(string id)
    {
        var dir = ParityDir(id);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "meta.json")));
        var model = ModelFixture.Registry.Get(id);
        var expectedSha = meta.RootElement.GetProperty("onnx").GetProperty("sha256").GetString();
        if (expectedSha != model.Sha256) Assert.Ignore($"the reference in {dir} was made for another conversion ({expectedSha}); rerun scripts/parity.sh {id}");
        var input = meta.RootElement.GetProperty("input");
        var shape = input.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var values = ReadF32(Path.Combine(dir, input.GetProperty("file").GetString()!));
        var result = new Dictionary<string, (float[], float[])>();
        using var runner = model.CreateRunner(shape);
        using var lease = runner.Acquire();
        values.CopyTo(lease.Input.Data, 0);
        lease.Run();
        foreach (var output in meta.RootElement.GetProperty("outputs").EnumerateArray())
        {
            var name = output.GetProperty("name").GetString()!;
            var index = model.Entry.Outputs.ToList().IndexOf(name);
            Assert.That(index, Is.GreaterThanOrEqualTo(0), $"reference output {name} is not in the manifest");
            result[name] = (ReadF32(Path.Combine(dir, output.GetProperty("file").GetString()!)), (float[])lease.Outputs[index].Data.Clone());
        }
        return result;
    }

    private static double MaxAbsDiff(float[] a, float[] b)
    {
        Assert.That(b, Has.Length.EqualTo(a.Length));
        double max = 0;
        for (var i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }

    [Test]
    public void CenterNet_OnnxVersusTfjs_HeatmapWithin1e4()
    {
        var outputs = RunOnReference("centernet-coco");

        var (heatRef, heat) = outputs["tower_0/keypoints"];
        var (whRef, wh) = outputs["tower_0/wh"];
        var heatDiff = MaxAbsDiff(heatRef, heat);
        var whDiff = MaxAbsDiff(whRef, wh);
        TestContext.Out.WriteLine($"centernet-coco: heatmap max abs diff {heatDiff:E2}, sizes {whDiff:E2} px");
        Assert.That(heatDiff, Is.LessThanOrEqualTo(1e-4));
        Assert.That(whDiff, Is.LessThanOrEqualTo(0.05), "box sizes in input pixels");
    }

    [Test]
    public void FaceRes_OnnxVersusTfjs_DescriptorWithin1e4Relative()
    {
        var outputs = RunOnReference("faceres");

        var (descRef, desc) = outputs["global_pooling/Mean"];
        var scale = descRef.Max(Math.Abs);
        var relative = MaxAbsDiff(descRef, desc) / scale;
        TestContext.Out.WriteLine($"faceres: descriptor max abs diff {relative:E2} of its largest value");
        Assert.That(relative, Is.LessThanOrEqualTo(1e-4));
    }
}
