using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Detection.Decoders;

/// <summary>
/// Turns a detector's raw output tensors into boxes in source pixels. An instance keeps scratch buffers, so it is
/// used by one caller at a time (the detector calls it while it holds the model runner).
/// </summary>
public interface IObjectDecoder
{
    /// <summary>The manifest's decoder name.</summary>
    string Name { get; }

    /// <summary>Checks the output shapes (and the label count) this decoder will read; throws <see cref="ModelException"/> when they do not fit.</summary>
    void Validate(IReadOnlyList<FloatTensor> outputs);

    /// <summary>Appends the detections in <paramref name="outputs"/> to <paramref name="into"/>, boxes mapped back through <paramref name="transform"/>.</summary>
    void Decode(IReadOnlyList<FloatTensor> outputs, in InputTransform transform, List<Detection> into);
}

/// <summary>A decoder whose model outputs a per-class heatmap it can copy one channel of.</summary>
public interface IHeatmapDecoder
{
    /// <summary>Copies class <paramref name="classId"/>'s heatmap out of <paramref name="outputs"/> into <paramref name="into"/>.</summary>
    void CopyHeatmap(IReadOnlyList<FloatTensor> outputs, int classId, in InputTransform transform, PersonHeatmap into);
}

/// <summary>Thresholds shared by the object decoders, read from the manifest's <c>decoder_options</c>.</summary>
public sealed record DecoderSettings(float MinScore, float NmsIou, int MaxDetections, bool ClassAgnosticNms)
{
    /// <summary>Reads the options of <paramref name="entry"/> with the decoder's defaults.</summary>
    public static DecoderSettings From(ModelEntry entry, float nmsIou, bool classAgnostic)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Option("min_score", 0.25f), entry.Option("nms_iou", nmsIou), (int)entry.Option("max_detections", 100), entry.Flag("class_agnostic_nms", classAgnostic));
    }
}

/// <summary>Chooses the decoder a manifest entry names.</summary>
public static class ObjectDecoders
{
    /// <summary>The object decoder for <paramref name="entry"/>; throws <see cref="ModelException"/> for a decoder that does not produce objects.</summary>
    public static IObjectDecoder Create(ModelEntry entry, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Decoder switch
        {
            "centernet" => new CenterNetDecoder(entry.Id, labels, DecoderSettings.From(entry, 0.5f, true), (int)entry.Option("stride", 4), (int)entry.Option("peak_window", 3)),
            "yolov8" => new YoloDecoder(entry.Id, labels, DecoderSettings.From(entry, 0.45f, false), objectness: false),
            "yolov5" => new YoloDecoder(entry.Id, labels, DecoderSettings.From(entry, 0.45f, false), objectness: true),
            _ => throw new ModelException(entry.Id, $"decoder '{entry.Decoder}' does not produce object detections (use centernet, yolov5 or yolov8)"),
        };
    }
}
