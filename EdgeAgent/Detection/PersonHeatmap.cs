using EdgeAgent.Imaging;

namespace EdgeAgent.Detection;

/// <summary>
/// The detector's raw person heatmap of the current frame (CenterNet's person channel, 0..1 per output cell),
/// published for dense-crowd estimates where boxes merge and NMS drops people. Sized once, refilled per frame.
/// </summary>
public sealed class PersonHeatmap
{
    private float[] _values = [];

    /// <summary>True when the detector ran on the whole frame this frame and filled the map.</summary>
    public bool Valid { get; internal set; }

    /// <summary>Cells across.</summary>
    public int Width { get; private set; }

    /// <summary>Cells down.</summary>
    public int Height { get; private set; }

    /// <summary>Input pixels per cell: cell (x, y) stands for the input point (Stride·x, Stride·y).</summary>
    public int Stride { get; private set; }

    /// <summary>Maps input pixels back to the frame.</summary>
    public InputTransform Transform { get; private set; }

    /// <summary>Row-major cell values, Width·Height of them.</summary>
    public ReadOnlySpan<float> Values => _values.AsSpan(0, Width * Height);

    /// <summary>Frame x of a cell column.</summary>
    public float FrameX(int x) => Transform.ToSourceX(Stride * x);

    /// <summary>Frame y of a cell row.</summary>
    public float FrameY(int y) => Transform.ToSourceY(Stride * y);

    /// <summary>Sizes the map (allocating only when the grid grows) and returns the span to fill.</summary>
    internal Span<float> Prepare(int width, int height, int stride, in InputTransform transform)
    {
        if (_values.Length < width * height) _values = new float[width * height];
        Width = width;
        Height = height;
        Stride = stride;
        Transform = transform;
        Valid = true;
        return _values.AsSpan(0, width * height);
    }
}
