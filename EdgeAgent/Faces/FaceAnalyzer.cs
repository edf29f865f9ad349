using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>Why a photo cannot be enrolled or described.</summary>
public sealed class FacePhotoException(string message) : Exception(message);

/// <summary>
/// Detector, aligner, quality and descriptor together, for whole photos: enrolment, calibration, <c>detect --kinds
/// faces</c>. The camera path uses the same parts through <c>FaceStage</c>.
/// </summary>
public sealed class FaceAnalyzer(FaceDetector detector, FaceAligner aligner, IFaceDescriptor descriptor)
{
    /// <summary>The detector.</summary>
    public FaceDetector Detector { get; } = detector;

    /// <summary>The aligner.</summary>
    public FaceAligner Aligner { get; } = aligner;

    /// <summary>The descriptor model.</summary>
    public IFaceDescriptor Descriptor { get; } = descriptor;

    /// <summary>Faces in the whole image, best score first.</summary>
    public List<FaceDetection> Detect(RgbImage image) => Detector.Detect(image);

    /// <summary>The descriptor of <paramref name="face"/> in <paramref name="image"/>, with the aligned crop.</summary>
    public float[] Describe(RgbImage image, in FaceDetection face, out RgbImage crop)
    {
        crop = RgbImage.Create(Descriptor.InputSize, Descriptor.InputSize);
        Aligner.Align(image, face, crop);
        var d = new float[Descriptor.Dimension];
        Descriptor.Describe(crop, d);
        return d;
    }

    /// <summary>The descriptor of <paramref name="face"/> in <paramref name="image"/>.</summary>
    public float[] Describe(RgbImage image, in FaceDetection face) => Describe(image, face, out _);

    /// <summary>The largest face of a list (by box area), or null when it is empty.</summary>
    public static FaceDetection? Largest(List<FaceDetection> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        FaceDetection? best = null;
        foreach (var f in faces)
        {
            if (best is null || f.Box.Area > best.Value.Box.Area) best = f;
        }
        return best;
    }
}
