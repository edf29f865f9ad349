using EdgeAgent.Detection;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Tests.Detection.Decoders;

using Detection = global::EdgeAgent.Detection.Detection;

public class CenterNetDecoderTests
{
    private static readonly string[] Labels = ["person", "car", "truck"];

    private static (FloatTensor Heat, FloatTensor Wh) Maps(int h, int w)
        => (new FloatTensor(new float[h * w * Labels.Length], [1, h, w, Labels.Length]), new FloatTensor(new float[h * w * 4], [1, h, w, 4]));

    private static void Put(FloatTensor heat, FloatTensor wh, int x, int y, int c, float score, float l, float t, float r, float b)
    {
        var w = heat.Dim(2);
        heat.Data[(y * w + x) * Labels.Length + c] = score;
        var s = (y * w + x) * 4;
        (wh.Data[s], wh.Data[s + 1], wh.Data[s + 2], wh.Data[s + 3]) = (l, t, r, b);
    }

    [Test]
    public void Decode_PeaksOnly_BoxesFromDistancesAroundStridePoint()
    {
        var (heat, wh) = Maps(16, 16);
        Put(heat, wh, 5, 4, 0, 0.8f, 10, 12, 6, 20);
        Put(heat, wh, 6, 4, 0, 0.6f, 10, 12, 6, 20); // beside the peak: not a peak itself
        Put(heat, wh, 12, 12, 1, 0.5f, 8, 8, 8, 8);
        var decoder = new CenterNetDecoder("cn", Labels, new DecoderSettings(0.25f, 0.5f, 100, true));
        decoder.Validate([heat, wh]);
        var found = new List<Detection>();

        decoder.Decode([heat, wh], InputTransform.Identity, found);

        Assert.That(found, Has.Count.EqualTo(2));
        Assert.That(found[0], Is.EqualTo(new Detection(0, "person", 0.8f, BoxF.FromCorners(20 - 10, 16 - 12, 20 + 6, 16 + 20))));
        Assert.That(found[1].Label, Is.EqualTo("car"));
        Assert.That(found[1].Box, Is.EqualTo(BoxF.FromCorners(40, 40, 56, 56)));
    }

    [Test]
    public void Decode_CarAndTruckOnOneBox_ClassAgnosticKeepsOne()
    {
        var (heat, wh) = Maps(8, 8);
        Put(heat, wh, 3, 3, 1, 0.55f, 10, 5, 10, 5);
        heat.Data[(3 * 8 + 3) * Labels.Length + 2] = 0.40f;
        var found = new List<Detection>();
        var perClass = new List<Detection>();

        new CenterNetDecoder("cn", Labels, new DecoderSettings(0.25f, 0.5f, 100, true)).Decode([heat, wh], InputTransform.Identity, found);
        new CenterNetDecoder("cn", Labels, new DecoderSettings(0.25f, 0.5f, 100, false)).Decode([heat, wh], InputTransform.Identity, perClass);

        Assert.That(found.Select(d => d.Label), Is.EqualTo(new[] { "car" }));
        Assert.That(perClass.Select(d => d.Label), Is.EqualTo(new[] { "car", "truck" }));
    }

    [Test]
    public void Decode_StretchedInput_ScalesBackToFrame()
    {
        var (heat, wh) = Maps(8, 8);
        Put(heat, wh, 4, 4, 0, 0.9f, 8, 8, 8, 8);
        // 32x32 input from a 64x16 frame region starting at (100, 50).
        var t = new InputTransform(0.5f, 2f, 0, 0, 100, 50);
        var found = new List<Detection>();

        new CenterNetDecoder("cn", Labels, new DecoderSettings(0.25f, 0.5f, 100, true)).Decode([heat, wh], t, found);

        Assert.That(found.Single().Box, Is.EqualTo(BoxF.FromCorners(100 + 16, 50 + 4, 100 + 48, 50 + 12)));
    }

    [Test]
    public void Validate_HeatmapClassesDifferFromLabels_Refused()
    {
        var heat = new FloatTensor(new float[4 * 4 * 5], [1, 4, 4, 5]);
        var wh = new FloatTensor(new float[4 * 4 * 4], [1, 4, 4, 4]);

        var ex = Assert.Throws<ModelException>(() => new CenterNetDecoder("cn", Labels, new DecoderSettings(0.25f, 0.5f, 100, true)).Validate([heat, wh]));

        Assert.That(ex!.Message, Does.Contain("5 classes").And.Contain("3 lines"));
    }
}
