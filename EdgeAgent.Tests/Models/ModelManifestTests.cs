using EdgeAgent.Configuration;
using EdgeAgent.Models;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Models;

public class ModelManifestTests
{
    private const string Valid = """
        schema: 1
        models:
          - id: yolov8n-test
            task: object-detection
            file: yolov8n.onnx
            sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            input: {name: images, shape: [1, 3, 640, 640], layout: nchw, color: rgb, resize: letterbox, scale: 0.00392156862745098}
            outputs: [output0]
            decoder: yolov8
            decoder_options: {min_score: 0.3, nms_iou: 0.45}
            labels: coco80.txt
        """;

    [Test]
    public void LoadFile_RepositoryManifest_ReadsEveryModel()
    {
        var manifest = ModelManifest.Parse(ModelFixture.ManifestText(), "manifest.yaml");

        Assert.That(manifest.Invalid, Is.Empty, string.Join("\n", manifest.Invalid));
        Assert.That(manifest.Models.Select(m => m.Id), Is.SupersetOf(new[] { "centernet-coco", "faceres", "blazeface-back-256", "ppocr-det-v4", "ppocr-rec-v4" }));
        var centernet = manifest.Find("centernet-coco")!;
        Assert.Multiple(() =>
        {
            Assert.That(centernet.Input.Shape, Is.EqualTo(new long[] { 1, 512, 512, 3 }));
            Assert.That(centernet.Input.Layout, Is.EqualTo(TensorLayout.Nhwc));
            Assert.That(centernet.Outputs, Is.EqualTo(new[] { "tower_0/keypoints", "tower_0/wh" }));
            // The decoder's floor is below every label's threshold: the tracker takes weak detections from 0.2.
            Assert.That(centernet.Option("min_score", 0), Is.EqualTo(0.2f));
            // Per class: a horse under a person's box is kept (person.jpg), not suppressed by the person.
            Assert.That(centernet.Flag("class_agnostic_nms", true), Is.False);
            Assert.That(centernet.Input.Resize, Is.EqualTo(ResizeMode.Letterbox), "the frame reaches the model at its own aspect");
            Assert.That(manifest.Find("blazeface-back-256")!.Input.Resize, Is.EqualTo(ResizeMode.PadSquare));
        });
    }

    [Test]
    public void Parse_UserYoloEntry_ReadsInputContract()
    {
        var m = ModelManifest.Parse(Valid, "test").Models.Single();

        Assert.Multiple(() =>
        {
            Assert.That(m.Decoder, Is.EqualTo("yolov8"));
            Assert.That(m.Input.Width, Is.EqualTo(640));
            Assert.That(m.Input.Channels, Is.EqualTo(3));
            Assert.That(m.Input.Resize, Is.EqualTo(ResizeMode.Letterbox));
            Assert.That(m.Input.Std, Is.EqualTo(new[] { 1f, 1f, 1f }));
        });
    }

    [Test]
    public void Parse_BadEntry_NamesModelAndFieldAndKeepsTheOthers()
    {
        var yaml = Valid + """

              - id: broken
                task: object-detection
                file: broken.onnx
                input: {name: images, shape: [1, 3, 640], layout: nchw, mean: [0, 0]}
                outputs: [output0]
                decoder: yolov9
                labels: coco80.txt
                colour: rgb
            """;

        var manifest = ModelManifest.Parse(yaml, "test");

        Assert.That(manifest.Models.Select(m => m.Id), Is.EqualTo(new[] { "yolov8n-test" }));
        var bad = manifest.Invalid.Single();
        var text = bad.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(bad.ModelId, Is.EqualTo("broken"));
            Assert.That(text, Does.Contain("input.shape"));
            Assert.That(text, Does.Contain("input.mean"));
            Assert.That(text, Does.Contain("decoder: 'yolov9'"));
            Assert.That(text, Does.Contain("colour: unknown key"));
        });
    }

    [Test]
    public void Parse_WrongSchema_Throws()
    {
        var ex = Assert.Throws<ConfigException>(() => ModelManifest.Parse(Valid.Replace("schema: 1", "schema: 2", StringComparison.Ordinal), "m.yaml"));
        Assert.That(ex!.Message, Does.Contain("schema"));
    }

    [Test]
    public void Option_NotANumber_ThrowsNamingModelAndOption()
    {
        var m = ModelManifest.Parse(Valid.Replace("min_score: 0.3", "min_score: high", StringComparison.Ordinal), "test").Models.Single();

        var ex = Assert.Throws<ModelException>(() => m.Option("min_score", 0.25f));
        Assert.That(ex!.Message, Does.Contain("yolov8n-test").And.Contain("decoder_options.min_score"));
    }
}
