using EdgeAgent.Faces;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Faces;

/// <summary>The face models from the shared registry, opened once for the face tests.</summary>
internal static class FaceModels
{
    private static readonly Lazy<FaceDetector> Back = new(() => new FaceDetector(ModelFixture.Registry.Get("blazeface-back-256")));
    private static readonly Lazy<FaceResDescriptor> Res = new(() => new FaceResDescriptor(ModelFixture.Registry.Get("faceres")));

    public static FaceDetector Detector => Back.Value;

    public static FaceResDescriptor Descriptor => Res.Value;

    public static FaceAnalyzer Analyzer(FaceCropMode mode = FaceCropMode.Square) => new(Detector, new FaceAligner(mode), Descriptor);
}
