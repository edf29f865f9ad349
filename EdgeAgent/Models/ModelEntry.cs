using System.Globalization;

namespace EdgeAgent.Models;

/// <summary>Memory order of an image tensor.</summary>
public enum TensorLayout
{
    /// <summary>[N, H, W, C]: channels interleaved (TensorFlow).</summary>
    Nhwc,

    /// <summary>[N, C, H, W]: one plane per channel (PyTorch, Paddle).</summary>
    Nchw,
}

/// <summary>How a frame or crop is fitted to a model's input size.</summary>
public enum ResizeMode
{
    /// <summary>Resized to the input size; the aspect ratio is not kept.</summary>
    Stretch,

    /// <summary>Aspect kept, scaled to fit, the rest padded with zeros after normalisation.</summary>
    Letterbox,

    /// <summary>Zero-padded (black) to a centred square, then resized.</summary>
    PadSquare,
}

/// <summary>Where a model's bytes come from: an npm package pinned by version and integrity.</summary>
public sealed record ModelSource(string Npm, string Version, string Integrity, IReadOnlyList<string> Files);

/// <summary>How the ONNX file is made from the package's files.</summary>
public sealed record ModelConversion(string Kind, IReadOnlyList<string> Outputs);

/// <summary>The model's input tensor and how pixels become its values: <c>(pixel * Scale - Mean[c]) / Std[c]</c>.</summary>
public sealed record ModelInput
{
    /// <summary>ONNX input name.</summary>
    public required string Name { get; init; }

    /// <summary>Shape, -1 for a dynamic dimension.</summary>
    public required IReadOnlyList<long> Shape { get; init; }

    /// <summary>NHWC or NCHW.</summary>
    public TensorLayout Layout { get; init; }

    /// <summary>True when the model wants BGR channel order.</summary>
    public bool Bgr { get; init; }

    /// <summary>How images are fitted to the input.</summary>
    public ResizeMode Resize { get; init; }

    /// <summary>Factor applied to 0..255 pixel values first.</summary>
    public float Scale { get; init; } = 1;

    /// <summary>Per-channel mean subtracted after scaling.</summary>
    public IReadOnlyList<float> Mean { get; init; } = [0, 0, 0];

    /// <summary>Per-channel divisor applied last.</summary>
    public IReadOnlyList<float> Std { get; init; } = [1, 1, 1];

    /// <summary>Input height, or -1 when dynamic.</summary>
    public long Height => Layout == TensorLayout.Nhwc ? Shape[1] : Shape[2];

    /// <summary>Input width, or -1 when dynamic.</summary>
    public long Width => Layout == TensorLayout.Nhwc ? Shape[2] : Shape[3];

    /// <summary>Channel count.</summary>
    public long Channels => Layout == TensorLayout.Nhwc ? Shape[3] : Shape[1];
}

/// <summary>One model of the manifest: identity, provenance, file pin, input contract, outputs and decoder.</summary>
public sealed record ModelEntry
{
    /// <summary>Stable id the configuration refers to.</summary>
    public required string Id { get; init; }

    /// <summary>object-detection, face-detection, text-detection, text-recognition or face-descriptor.</summary>
    public required string Task { get; init; }

    /// <summary>The model's version.</summary>
    public string Version { get; init; } = "";

    /// <summary>Package the bytes come from.</summary>
    public ModelSource? Source { get; init; }

    /// <summary>How the ONNX file was produced.</summary>
    public ModelConversion? Conversion { get; init; }

    /// <summary>File name of the .onnx in the model folder.</summary>
    public required string File { get; init; }

    /// <summary>Expected sha256 of the file, lower-case hex; empty when not pinned yet (the model is then refused).</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>Input contract.</summary>
    public required ModelInput Input { get; init; }

    /// <summary>ONNX output names in the order the decoder reads them.</summary>
    public required IReadOnlyList<string> Outputs { get; init; }

    /// <summary>Decoder name (centernet, yolov5, yolov8, blazeface, db, ctc, embedding).</summary>
    public required string Decoder { get; init; }

    /// <summary>Free-form decoder settings, as written.</summary>
    public IReadOnlyDictionary<string, string> DecoderOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels file name, or empty.</summary>
    public string Labels { get; init; } = "";

    /// <summary>Path inside the package the labels file was extracted from; decides where the file is found.</summary>
    public string LabelsFrom { get; init; } = "";

    /// <summary>Licence of the package.</summary>
    public string Licence { get; init; } = "";

    /// <summary>Who trained, packaged and converted the weights.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>A numeric decoder option, or <paramref name="fallback"/>; a value that is not a number is a manifest error caught at load.</summary>
    public float Option(string name, float fallback) =>
        DecoderOptions.TryGetValue(name, out var text)
            ? float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : throw new ModelException(Id, $"decoder_options.{name}: '{text}' is not a number")
            : fallback;

    /// <summary>A yes/no decoder option, or <paramref name="fallback"/>.</summary>
    public bool Flag(string name, bool fallback) =>
        DecoderOptions.TryGetValue(name, out var text)
            ? text.ToUpperInvariant() switch
            {
                "TRUE" or "YES" or "ON" => true,
                "FALSE" or "NO" or "OFF" => false,
                _ => throw new ModelException(Id, $"decoder_options.{name}: '{text}' is not true or false"),
            }
            : fallback;

    /// <summary>The input's static shape with dynamic dimensions left as -1, as ONNX Runtime wants it.</summary>
    public long[] InputShape() => [.. Input.Shape];
}
