using System.Numerics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Faces;

/// <summary>
/// The faceres descriptor (1024-d global pooling of a MobileNet trained for face recognition). It wants RGB 0..255
/// (as the manifest's normalisation says): 0..1 or [-1,1] inputs leave it near chance.
/// </summary>
public sealed class FaceResDescriptor : IFaceDescriptor
{
    /// <summary>
    /// Default threshold, chosen with <c>edgeagent faces calibrate</c> on identity_dlib_johns: see the faces README.
    /// </summary>
    public const float DefaultThreshold = 0.6f;

    /// <summary>Descriptor length of the shipped faceres model (lists are checked against it without loading the model).</summary>
    public const int ShippedDimension = 1024;

    private readonly ModelRunner _runner;
    private readonly int _output;

    /// <summary>Prepares <paramref name="model"/> (decoder <c>embedding</c>); the descriptor is its first output.</summary>
    public FaceResDescriptor(LoadedModel model, float threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Entry.Decoder != "embedding") throw new ModelException(model.Id, $"decoder '{model.Entry.Decoder}' is not embedding");
        if (model.Entry.Input.Width != model.Entry.Input.Height) throw new ModelException(model.Id, "a face descriptor needs a square input");
        Model = model;
        _runner = model.Runner;
        _output = 0;
        var shape = _runner.Outputs[_output].Shape;
        if (shape.Length != 2 || shape[0] != 1) throw new ModelException(model.Id, $"descriptor output {FloatTensor.Describe(shape)} is not [1, D]");
        Dimension = (int)shape[1];
        InputSize = (int)model.Entry.Input.Width;
        Threshold = threshold;
    }

    /// <summary>The model.</summary>
    public LoadedModel Model { get; }

    /// <inheritdoc />
    public string ModelId => Model.Id;

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public int InputSize { get; }

    /// <inheritdoc />
    public float Threshold { get; }

    /// <inheritdoc />
    public void Describe(RgbImage aligned, Span<float> into)
    {
        if (aligned.Width != InputSize || aligned.Height != InputSize) throw new ArgumentException($"crop is {aligned.Width}x{aligned.Height}, {ModelId} takes {InputSize}x{InputSize}", nameof(aligned));
        if (into.Length != Dimension) throw new ArgumentException($"descriptor buffer holds {into.Length} values, {ModelId} makes {Dimension}", nameof(into));
        using (var lease = _runner.Acquire())
        {
            lease.FillInput(aligned, PixelRect.Of(InputSize, InputSize));
            lease.Run();
            lease.Outputs[_output].Data.AsSpan(0, Dimension).CopyTo(into);
        }
        FaceMath.Normalise(into);
    }
}

/// <summary>Vector helpers for descriptors.</summary>
public static class FaceMath
{
    /// <summary>Scales <paramref name="v"/> to unit length (left as is when it is all zeros).</summary>
    public static void Normalise(Span<float> v)
    {
        var n = MathF.Sqrt(Dot(v, v));
        if (n <= 0) return;
        var inv = 1f / n;
        for (var i = 0; i < v.Length; i++) v[i] *= inv;
    }

    /// <summary>Cosine similarity of two unit vectors: their dot product.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Dot(a, b);

    /// <summary>Dot product, vectorised.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException($"descriptors of {a.Length} and {b.Length} values cannot be compared", nameof(b));
        var i = 0;
        var acc = Vector<float>.Zero;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count) acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var sum = Vector.Sum(acc);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
