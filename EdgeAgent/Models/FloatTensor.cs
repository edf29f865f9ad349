namespace EdgeAgent.Models;

/// <summary>A dense float32 tensor over an array that lives as long as the tensor (pinned when ONNX Runtime reads or writes it).</summary>
public sealed class FloatTensor
{
    /// <summary>Wraps <paramref name="data"/> with <paramref name="shape"/>; the element counts must agree.</summary>
    public FloatTensor(float[] data, long[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shape);
        var count = ElementCount(shape);
        if (count != data.Length) throw new ArgumentException($"shape [{string.Join(',', shape)}] holds {count} values, the buffer {data.Length}", nameof(data));
        Data = data;
        Shape = shape;
    }

    /// <summary>The values, row-major.</summary>
    public float[] Data { get; }

    /// <summary>The dimensions.</summary>
    public long[] Shape { get; }

    /// <summary>Dimension <paramref name="i"/> as an int.</summary>
    public int Dim(int i) => checked((int)Shape[i]);

    /// <summary>Number of dimensions.</summary>
    public int Rank => Shape.Length;

    /// <summary>Product of the dimensions.</summary>
    public static long ElementCount(ReadOnlySpan<long> shape)
    {
        long n = 1;
        foreach (var d in shape) n = checked(n * d);
        return n;
    }

    /// <summary>A zeroed tensor on the pinned object heap, so ONNX Runtime can hold its address for the tensor's lifetime.</summary>
    public static FloatTensor AllocatePinned(long[] shape) =>
        new(GC.AllocateArray<float>(checked((int)ElementCount(shape)), pinned: true), shape);

    /// <summary>Shape as text, for messages.</summary>
    public static string Describe(IEnumerable<long> shape) => "[" + string.Join(", ", shape) + "]";
}
