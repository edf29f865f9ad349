using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Faces;

/// <summary>
/// BlazeFace with its preprocessing: a region of an image is zero-padded to a centred square (stretching a non-square
/// region makes oversized boxes and spurious faces, see MODELS.md), resized to the input, and the faces come back in
/// image pixels. One instance per model is shared; calls are serialised on the model's runner.
/// </summary>
public sealed class FaceDetector
{
    private readonly ModelRunner _runner;
    private readonly BlazeFaceDecoder _decoder;
    private readonly int _fineScores, _coarseScores, _fineBoxes, _coarseBoxes;

    /// <summary>
    /// Prepares <paramref name="model"/> (decoder <c>blazeface</c>); throws <see cref="ModelException"/> when its outputs do not
    /// fit. <paramref name="minScore"/> overrides the manifest's lowest score (redaction wants more recall than matching).
    /// </summary>
    public FaceDetector(LoadedModel model, float? minScore = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _decoder = BlazeFaceDecoder.For(model.Entry, minScore);
        _runner = model.Runner;
        (_fineScores, _coarseScores, _fineBoxes, _coarseBoxes) = _decoder.Locate(_runner.Outputs, model.Id);
    }

    /// <summary>The model.</summary>
    public LoadedModel Model { get; }

    /// <summary>Input side in pixels.</summary>
    public int InputSize => _decoder.InputSize;

    /// <summary>Lowest score reported.</summary>
    public float MinScore => _decoder.MinScore;

    /// <summary>Detects faces in <paramref name="region"/> of <paramref name="image"/>; appends them in image pixels, best first.</summary>
    public void Detect(RgbImage image, PixelRect region, List<FaceDetection> into)
    {
        using var lease = _runner.Acquire();
        var transform = lease.FillInput(image, region);
        lease.Run();
        var o = lease.Outputs;
        _decoder.Decode(o[_fineScores].Data, o[_coarseScores].Data, o[_fineBoxes].Data, o[_coarseBoxes].Data, transform, into);
    }

    /// <summary>Faces in the whole image (stills, enrolment, tests).</summary>
    public List<FaceDetection> Detect(RgbImage image)
    {
        var list = new List<FaceDetection>();
        Detect(image, PixelRect.Of(image.Width, image.Height), list);
        return list;
    }
}
