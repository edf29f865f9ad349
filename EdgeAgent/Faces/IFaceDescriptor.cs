using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>
/// A face descriptor model: an aligned square crop in, an L2-normalised vector out, compared by cosine similarity.
/// Another model plugs in with its own input size, dimension and threshold; stored descriptors name the model.
/// </summary>
public interface IFaceDescriptor
{
    /// <summary>Model id; watchlist descriptors are only compared with descriptors of the same model.</summary>
    string ModelId { get; }

    /// <summary>Length of a descriptor.</summary>
    int Dimension { get; }

    /// <summary>Side of the square crop the model takes.</summary>
    int InputSize { get; }

    /// <summary>Default cosine similarity at or above which two descriptors are taken for one person.</summary>
    float Threshold { get; }

    /// <summary>Writes the L2-normalised descriptor of <paramref name="aligned"/> (<see cref="InputSize"/>²) into <paramref name="into"/>.</summary>
    void Describe(RgbImage aligned, Span<float> into);
}
