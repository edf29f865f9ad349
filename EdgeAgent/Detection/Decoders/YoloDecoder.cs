using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Detection.Decoders;

/// <summary>
/// Ultralytics-style YOLO heads with boxes as (cx, cy, w, h) in input pixels. v5: [1, N, 5+C] with objectness
/// (score = objectness × class score). v8/v9/v11: [1, 4+C, N] without objectness; the transposed [1, N, 4+C] some
/// exporters write is recognised by its shape. Boxes are mapped back through the letterbox.
/// </summary>
public sealed class YoloDecoder : IObjectDecoder
{
    private readonly string _modelId;
    private readonly IReadOnlyList<string> _labels;
    private readonly DecoderSettings _settings;
    private readonly bool _objectness;
    private readonly CandidateBuffer _candidates = new();

    /// <summary>Creates a v5 (<paramref name="objectness"/>) or v8 decoder.</summary>
    public YoloDecoder(string modelId, IReadOnlyList<string> labels, DecoderSettings settings, bool objectness)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(settings);
        _modelId = modelId;
        _labels = labels;
        _settings = settings;
        _objectness = objectness;
    }

    /// <inheritdoc />
    public string Name => _objectness ? "yolov5" : "yolov8";

    private int Fields => (_objectness ? 5 : 4) + _labels.Count;

    /// <inheritdoc />
    public void Validate(IReadOnlyList<FloatTensor> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != 1) throw new ModelException(_modelId, $"{Name} reads 1 output, the manifest lists {outputs.Count}");
        var shape = outputs[0].Shape;
        var fits = shape.Length == 3 && shape[0] == 1 && (_objectness ? shape[2] == Fields : shape[1] == Fields || shape[2] == Fields);
        if (!fits)
        {
            var expected = _objectness ? $"[1, N, {Fields}]" : $"[1, {Fields}, N] (or [1, N, {Fields}])";
            throw new ModelException(_modelId, $"{Name} with {_labels.Count} labels expects {expected}, the model gives {FloatTensor.Describe(shape)}: check the decoder and the labels file");
        }
    }

    /// <inheritdoc />
    public void Decode(IReadOnlyList<FloatTensor> outputs, in InputTransform transform, List<Detection> into)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var t = outputs[0];
        ReadOnlySpan<float> data = t.Data;
        var classes = _labels.Count;
        var fields = Fields;
        var min = _settings.MinScore;
        _candidates.Reset(min);
        // Channels-first ([1, fields, N]) strides by N between a box's fields; rows ([1, N, fields]) by 1.
        var channelsFirst = !_objectness && t.Dim(1) == fields && t.Dim(2) != fields;
        var n = channelsFirst ? t.Dim(2) : t.Dim(1);
        var fieldStride = channelsFirst ? n : 1;
        var boxStride = channelsFirst ? 1 : fields;
        var first = _objectness ? 5 : 4;
        for (var i = 0; i < n; i++)
        {
            var b = i * boxStride;
            var objectness = 1f;
            if (_objectness)
            {
                objectness = data[b + 4 * fieldStride];
                if (objectness < min) continue;
            }
            var best = -1;
            var bestScore = float.MinValue;
            for (var c = 0; c < classes; c++)
            {
                var s = data[b + (first + c) * fieldStride];
                if (s > bestScore)
                {
                    bestScore = s;
                    best = c;
                }
            }
            var score = bestScore * objectness;
            if (score < min) continue;
            float cx = data[b], cy = data[b + fieldStride], w = data[b + 2 * fieldStride], h = data[b + 3 * fieldStride];
            var box = transform.ToSource(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
            _candidates.Add(new Candidate(best, score, box));
        }
        _candidates.SortByScore();
        Nms.Apply(_candidates.Items, _settings.NmsIou, _settings.ClassAgnosticNms, _settings.MaxDetections, _labels, into);
    }
}
