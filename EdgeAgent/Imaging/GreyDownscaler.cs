namespace EdgeAgent.Imaging;

/// <summary>
/// Area-averages RGB frames of one size into a small grey image (BT.601 luma in fixed point): the cheap, noise-reducing
/// view that motion and static-foreground detection work on. The cell bounds are computed once per frame size.
/// </summary>
public sealed class GreyDownscaler
{
    private readonly int[] _colStart;
    private readonly int[] _rowStart;
    private readonly int[] _rowAccumulator;

    /// <summary>Maps <paramref name="frameWidth"/>×<paramref name="frameHeight"/> frames onto <paramref name="width"/>×<paramref name="height"/> cells.</summary>
    public GreyDownscaler(int frameWidth, int frameHeight, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfLessThan(frameWidth, width);
        ArgumentOutOfRangeException.ThrowIfLessThan(frameHeight, height);
        FrameWidth = frameWidth;
        FrameHeight = frameHeight;
        Width = width;
        Height = height;
        _colStart = new int[width + 1];
        for (var x = 0; x <= width; x++) _colStart[x] = (int)((long)x * frameWidth / width);
        _rowStart = new int[height + 1];
        for (var y = 0; y <= height; y++) _rowStart[y] = (int)((long)y * frameHeight / height);
        _rowAccumulator = new int[width];
    }

    /// <summary>A downscaler to at most <paramref name="maxWidth"/> cells across, keeping the frame's aspect ratio.</summary>
    public static GreyDownscaler ForWidth(int frameWidth, int frameHeight, int maxWidth)
    {
        var width = Math.Min(maxWidth, frameWidth);
        var height = Math.Max(1, (int)Math.Round((double)frameHeight * width / frameWidth));
        return new GreyDownscaler(frameWidth, frameHeight, width, height);
    }

    /// <summary>Frame width it expects.</summary>
    public int FrameWidth { get; }

    /// <summary>Frame height it expects.</summary>
    public int FrameHeight { get; }

    /// <summary>Grey image width.</summary>
    public int Width { get; }

    /// <summary>Grey image height.</summary>
    public int Height { get; }

    /// <summary>Writes the grey image of <paramref name="image"/> into <paramref name="grey"/> (Width×Height bytes, row-major).</summary>
    public void Downscale(RgbImage image, Span<byte> grey)
    {
        var src = image.Data;
        var stride = image.Stride;
        var acc = _rowAccumulator;
        for (var oy = 0; oy < Height; oy++)
        {
            Array.Clear(acc);
            int y0 = _rowStart[oy], y1 = _rowStart[oy + 1];
            for (var y = y0; y < y1; y++)
            {
                var row = y * stride;
                for (var ox = 0; ox < Width; ox++)
                {
                    int x0 = _colStart[ox], x1 = _colStart[ox + 1];
                    var sum = 0;
                    for (var p = row + (x0 * 3); p < row + (x1 * 3); p += 3)
                    {
                        sum += (77 * src[p]) + (150 * src[p + 1]) + (29 * src[p + 2]);
                    }
                    acc[ox] += sum;
                }
            }
            var rows = y1 - y0;
            var outRow = oy * Width;
            for (var ox = 0; ox < Width; ox++)
            {
                var cells = rows * (_colStart[ox + 1] - _colStart[ox]);
                grey[outRow + ox] = (byte)(acc[ox] / (cells << 8));
            }
        }
    }
}
