using EdgeAgent.Detection;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Tests.Detection.Decoders;

using Detection = global::EdgeAgent.Detection.Detection;

public class YoloDecoderTests
{
    private static readonly string[] Labels = ["person", "car", "dog"];
    private static readonly DecoderSettings Settings = new(0.25f, 0.45f, 100, false);

    /// <summary>Boxes as (cx, cy, w, h, objectness or -1, class scores...).</summary>
    private static readonly float[][] Boxes =
    [
        [100, 100, 40, 80, 0.9f, 0.95f, 0.01f, 0.02f], // person
        [104, 102, 40, 80, 0.9f, 0.80f, 0.01f, 0.02f], // the same person again: suppressed
        [300, 200, 120, 60, 0.8f, 0.05f, 0.90f, 0.10f], // car
        [302, 200, 120, 60, 0.8f, 0.05f, 0.10f, 0.60f], // a dog on the car's box: another class, kept
        [500, 500, 10, 10, 0.1f, 0.85f, 0.01f, 0.01f], // low objectness (v5) / high class score (v8)
        [50, 500, 10, 10, 0.9f, 0.10f, 0.10f, 0.10f], // weak everywhere
    ];

    private static FloatTensor V8ChannelsFirst()
    {
        var n = Boxes.Length;
        var data = new float[(4 + Labels.Length) * n];
        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < 4; f++) data[f * n + i] = Boxes[i][f];
            for (var c = 0; c < Labels.Length; c++) data[(4 + c) * n + i] = Boxes[i][5 + c];
        }
        return new FloatTensor(data, [1, 4 + Labels.Length, n]);
    }

    [Test]
    public void Decode_V8ChannelsFirst_KeepsBestPerClassInInputPixels()
    {
        var decoder = new YoloDecoder("y8", Labels, Settings, objectness: false);
        var outputs = new[] { V8ChannelsFirst() };
        decoder.Validate(outputs);
        var found = new List<Detection>();

        decoder.Decode(outputs, InputTransform.Identity, found);

        Assert.That(found.Select(d => d.Label), Is.EqualTo(new[] { "person", "car", "person", "dog" }));
        Assert.That(found[0].Box, Is.EqualTo(new BoxF(80, 60, 40, 80)));
        Assert.That(found[0].Score, Is.EqualTo(0.95f));
        Assert.That(found[2].Box.CenterX, Is.EqualTo(500), "v8 has no objectness: the 0.85 class score stands");
    }

    [Test]
    public void Decode_V8Transposed_SameAsChannelsFirst()
    {
        var decoder = new YoloDecoder("y8", Labels, Settings, objectness: false);
        var rows = Boxes.SelectMany(b => b.Take(4).Concat(b.Skip(5))).ToArray();
        var outputs = new[] { new FloatTensor(rows, [1, Boxes.Length, 4 + Labels.Length]) };
        decoder.Validate(outputs);
        var found = new List<Detection>();
        var reference = new List<Detection>();

        decoder.Decode(outputs, InputTransform.Identity, found);
        decoder.Decode([V8ChannelsFirst()], InputTransform.Identity, reference);

        Assert.That(found, Is.EqualTo(reference));
    }

    [Test]
    public void Decode_V5Rows_ScoreIsObjectnessTimesClass()
    {
        var decoder = new YoloDecoder("y5", Labels, Settings, objectness: true);
        var outputs = new[] { new FloatTensor(Boxes.SelectMany(b => b).ToArray(), [1, Boxes.Length, 5 + Labels.Length]) };
        decoder.Validate(outputs);
        var found = new List<Detection>();

        decoder.Decode(outputs, InputTransform.Identity, found);

        Assert.That(found.Select(d => d.Label), Is.EqualTo(new[] { "person", "car", "dog" }));
        Assert.That(found[0].Score, Is.EqualTo(0.9f * 0.95f).Within(1e-6));
    }

    [Test]
    public void Decode_LetterboxedInput_BoxesMappedToFramePixels()
    {
        // A 1280x720 frame letterboxed into 640x640: scale 0.5, 140 rows of padding on top.
        var transform = new InputTransform(0.5f, 0.5f, 0, 140, 0, 0);
        var decoder = new YoloDecoder("y8", Labels, Settings, objectness: false);
        var found = new List<Detection>();

        decoder.Decode([V8ChannelsFirst()], transform, found);

        Assert.That(found[0].Box, Is.EqualTo(new BoxF(160, -160, 80, 160)));
        Assert.That(found[1].Box, Is.EqualTo(new BoxF(480, 60, 240, 120)));
    }

    [Test]
    public void Validate_LabelCountDoesNotFit_NamesModelAndShapes()
    {
        var decoder = new YoloDecoder("yolo-custom", ["a", "b", "c", "d"], Settings, objectness: false);

        var ex = Assert.Throws<ModelException>(() => decoder.Validate([V8ChannelsFirst()]));

        Assert.That(ex!.Message, Does.Contain("yolo-custom").And.Contain("[1, 7, 6]").And.Contain("4 labels"));
    }

    [Test]
    public void Decode_ClassAgnostic_DogOnCarBoxSuppressed()
    {
        var decoder = new YoloDecoder("y8", Labels, Settings with { ClassAgnosticNms = true }, objectness: false);
        var found = new List<Detection>();

        decoder.Decode([V8ChannelsFirst()], InputTransform.Identity, found);

        Assert.That(found.Select(d => d.Label), Is.EqualTo(new[] { "person", "car", "person" }));
    }
}
