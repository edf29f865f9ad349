using System.Numerics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Detection.Decoders;

/// <summary>
/// CenterNet: a class heatmap [1,H,W,C] (already 0..1) and box sizes [1,H,W,4] as (left, top, right, bottom) distances
/// from the cell's point (stride·x, stride·y) in input pixels. A detection is a local maximum of its class in a
/// window (3×3: the network's own "NMS"), then suppressed across classes when configured.
/// </summary>
public sealed class CenterNetDecoder : IObjectDecoder, IHeatmapDecoder
{
    private readonly string _modelId;
    private readonly IReadOnlyList<string> _labels;
    private readonly DecoderSettings _settings;
    private readonly int _stride;
    private readonly int _radius;
    private readonly CandidateBuffer _candidates = new();

    /// <summary>Creates the decoder.</summary>
    public CenterNetDecoder(string modelId, IReadOnlyList<string> labels, DecoderSettings settings, int stride = 4, int peakWindow = 3)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(settings);
        if (peakWindow < 1 || peakWindow % 2 == 0) throw new ModelException(modelId, $"decoder_options.peak_window {peakWindow} must be an odd number >= 1");
        if (stride < 1) throw new ModelException(modelId, $"decoder_options.stride {stride} must be >= 1");
        _modelId = modelId;
        _labels = labels;
        _settings = settings;
        _stride = stride;
        _radius = peakWindow / 2;
    }

    /// <inheritdoc />
    public string Name => "centernet";

    /// <inheritdoc />
    public void Validate(IReadOnlyList<FloatTensor> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != 2) throw new ModelException(_modelId, $"centernet reads 2 outputs (heatmap, sizes), the manifest lists {outputs.Count}");
        var heat = outputs[0].Shape;
        var wh = outputs[1].Shape;
        if (heat.Length != 4 || wh.Length != 4 || wh[3] != 4 || heat[1] != wh[1] || heat[2] != wh[2])
        {
            throw new ModelException(_modelId, $"centernet expects a heatmap [1,H,W,C] and sizes [1,H,W,4], got {FloatTensor.Describe(heat)} and {FloatTensor.Describe(wh)}");
        }
        if (heat[3] != _labels.Count)
        {
            throw new ModelException(_modelId, $"the heatmap has {heat[3]} classes but the labels file has {_labels.Count} lines");
        }
    }

    /// <inheritdoc />
    public void Decode(IReadOnlyList<FloatTensor> outputs, in InputTransform transform, List<Detection> into)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var heatTensor = outputs[0];
        int h = heatTensor.Dim(1), w = heatTensor.Dim(2), classes = heatTensor.Dim(3);
        ReadOnlySpan<float> heat = heatTensor.Data;
        ReadOnlySpan<float> sizes = outputs[1].Data;
        var min = _settings.MinScore;
        _candidates.Reset(min);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var cell = (y * w + x) * classes;
                var scores = heat.Slice(cell, classes);
                if (!AnyAtLeast(scores, min)) continue;
                for (var c = 0; c < classes; c++)
                {
                    var v = scores[c];
                    if (v < min || !IsPeak(heat, w, h, classes, x, y, c, v)) continue;
                    var s = sizes.Slice((y * w + x) * 4, 4);
                    float px = _stride * x, py = _stride * y;
                    var box = transform.ToSource(px - s[0], py - s[1], px + s[2], py + s[3]);
                    _candidates.Add(new Candidate(c, v, box));
                }
            }
        }
        _candidates.SortByScore();
        Nms.Apply(_candidates.Items, _settings.NmsIou, _settings.ClassAgnosticNms, _settings.MaxDetections, _labels, into);
    }

    /// <inheritdoc />
    public void CopyHeatmap(IReadOnlyList<FloatTensor> outputs, int classId, in InputTransform transform, PersonHeatmap into)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(into);
        var heatTensor = outputs[0];
        int h = heatTensor.Dim(1), w = heatTensor.Dim(2), classes = heatTensor.Dim(3);
        ReadOnlySpan<float> heat = heatTensor.Data;
        var dst = into.Prepare(w, h, _stride, transform);
        for (var i = 0; i < dst.Length; i++) dst[i] = heat[(i * classes) + classId];
    }

    private bool IsPeak(ReadOnlySpan<float> heat, int w, int h, int classes, int x, int y, int c, float v)
    {
        var y0 = Math.Max(0, y - _radius);
        var y1 = Math.Min(h - 1, y + _radius);
        var x0 = Math.Max(0, x - _radius);
        var x1 = Math.Min(w - 1, x + _radius);
        for (var yy = y0; yy <= y1; yy++)
        {
            for (var xx = x0; xx <= x1; xx++)
            {
                // Strictly greater: on a plateau every equal cell survives here and the box NMS keeps one.
                if (heat[(yy * w + xx) * classes + c] > v) return false;
            }
        }
        return true;
    }

    /// <summary>True when any value is at least <paramref name="min"/>; most cells are empty, so this skips them fast.</summary>
    internal static bool AnyAtLeast(ReadOnlySpan<float> values, float min)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<float>.Count)
        {
            var threshold = new Vector<float>(min);
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                if (Vector.GreaterThanOrEqualAny(new Vector<float>(values[i..]), threshold)) return true;
            }
        }
        for (; i < values.Length; i++)
        {
            if (values[i] >= min) return true;
        }
        return false;
    }
}
