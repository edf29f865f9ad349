using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Detection;

/// <summary>
/// An object detection model with its preprocessing and decoder: image (or a region of it) in, detections in the
/// image's pixels out. One instance per model is shared by all cameras; calls are serialised on the model's runner.
/// </summary>
public sealed class ObjectDetector
{
    private readonly ModelRunner _runner;
    private readonly IObjectDecoder _decoder;

    /// <summary>Prepares <paramref name="model"/> for detection; throws <see cref="ModelException"/> when its outputs do not fit its decoder.</summary>
    public ObjectDetector(LoadedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Labels.Count == 0) throw new ModelException(model.Id, "an object detector needs labels");
        Model = model;
        _runner = model.Runner;
        _decoder = ObjectDecoders.Create(model.Entry, model.Labels);
        _decoder.Validate(_runner.Outputs);
        var nhwc = model.Entry.Input.Layout == TensorLayout.Nhwc;
        InputHeight = _runner.Input.Dim(nhwc ? 1 : 2);
        InputWidth = _runner.Input.Dim(nhwc ? 2 : 3);
        _person = IndexOf(model.Labels, "person");
    }

    private readonly int _person;

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The model.</summary>
    public LoadedModel Model { get; }

    /// <summary>Recent preprocessing times (image to input tensor).</summary>
    public Common.LatencyWindow PreprocessTimes { get; } = new("preprocess");

    /// <summary>Recent post-processing times (decoder, NMS, heatmap copy).</summary>
    public Common.LatencyWindow PostprocessTimes { get; } = new("postprocess");

    /// <summary>Recent model run times.</summary>
    public Common.LatencyWindow InferenceTimes => _runner.RunTimes;

    /// <summary>Class names, index = class id.</summary>
    public IReadOnlyList<string> Labels => Model.Labels;

    /// <summary>Model input width in pixels.</summary>
    public int InputWidth { get; }

    /// <summary>Model input height in pixels.</summary>
    public int InputHeight { get; }

    /// <summary>True when the model has a heatmap whose person channel <see cref="Detect(RgbImage, PixelRect, List{Detection}, PersonHeatmap?)"/> can copy.</summary>
    public bool HasPersonHeatmap => _decoder is IHeatmapDecoder && _person >= 0;

    /// <summary>Detects objects in <paramref name="region"/> of <paramref name="image"/>; appends them in image pixels, clipped to the region.</summary>
    public void Detect(RgbImage image, PixelRect region, List<Detection> into) => Detect(image, region, into, null);

    /// <summary>
    /// As <see cref="Detect(RgbImage, PixelRect, List{Detection})"/>, and copies the person heatmap into
    /// <paramref name="heatmap"/> when given and the model has one (copied under the model lease: the shared output
    /// tensors are overwritten by the next camera's call).
    /// </summary>
    public void Detect(RgbImage image, PixelRect region, List<Detection> into, PersonHeatmap? heatmap)
    {
        ArgumentNullException.ThrowIfNull(into);
        var start = into.Count;
        using (var lease = _runner.Acquire())
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            var transform = lease.FillInput(image, region);
            PreprocessTimes.RecordSince(t0);
            lease.Run();
            var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
            _decoder.Decode(lease.Outputs, transform, into);
            if (heatmap is not null && _decoder is IHeatmapDecoder maps && _person >= 0) maps.CopyHeatmap(lease.Outputs, _person, transform, heatmap);
            PostprocessTimes.RecordSince(t1);
        }
        var kept = start;
        for (var i = start; i < into.Count; i++)
        {
            var d = into[i];
            var box = Clip(d.Box, region);
            if (box.W < 1 || box.H < 1) continue;
            into[kept++] = d with { Box = box };
        }
        into.RemoveRange(kept, into.Count - kept);
    }

    /// <summary>Detects objects in the whole image (stills, tests).</summary>
    public List<Detection> Detect(RgbImage image)
    {
        var list = new List<Detection>();
        Detect(image, PixelRect.Of(image.Width, image.Height), list);
        return list;
    }

    private static BoxF Clip(in BoxF b, PixelRect r) =>
        BoxF.FromCorners(Math.Clamp(b.X, r.X, r.Right), Math.Clamp(b.Y, r.Y, r.Bottom), Math.Clamp(b.Right, r.X, r.Right), Math.Clamp(b.Bottom, r.Y, r.Bottom));
}
