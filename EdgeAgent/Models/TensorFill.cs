using System.Numerics;
using EdgeAgent.Imaging;

namespace EdgeAgent.Models;

/// <summary>
/// The detector's hot path: resize a region of a frame and normalise it straight into a model's float input tensor,
/// in one pass, without intermediate images. A separable triangle filter with pixel centres aligned: bilinear when
/// enlarging, widened to cover every source pixel when shrinking (so a 1280-wide frame does not alias at 512).
/// An instance keeps its filter taps and row buffer between calls, so steady-state filling allocates nothing; it is not
/// thread-safe: each <see cref="ModelRunner"/> owns one, used under the runner's lease.
/// </summary>
public sealed class TensorFill
{
    // Grown to the largest call seen, never shrunk: the shapes of one runner's inputs repeat frame after frame.
    private float[] _row = [];
    private int[] _xStart = [];
    private float[] _xWeights = [];
    private int[] _yStart = [];
    private float[] _yWeights = [];

    /// <summary>
    /// Writes <paramref name="region"/> of <paramref name="src"/> into <paramref name="dst"/> (one image of
    /// <paramref name="width"/>×<paramref name="height"/>×3 in <paramref name="layout"/>), fitted by <paramref name="mode"/>:
    /// stretched, letterboxed (padding = 0 after normalisation) or padded to a black square. Returns the map from
    /// input pixels back to <paramref name="src"/>.
    /// </summary>
    /// <param name="src">The frame.</param>
    /// <param name="region">Part of the frame to use (the whole frame, or a crop around motion).</param>
    /// <param name="dst">The input tensor's values; exactly width*height*3 long.</param>
    /// <param name="width">Input width.</param>
    /// <param name="height">Input height.</param>
    /// <param name="layout">NHWC or NCHW.</param>
    /// <param name="norm">Per-channel normalisation in the model's channel order.</param>
    /// <param name="mode">How the region is fitted.</param>
    /// <param name="bgr">Write channels as B, G, R.</param>
    /// <param name="centre">Pad on both sides (true) or only right and bottom (false, text lines).</param>
    public InputTransform Fill(
        RgbImage src, PixelRect region, Span<float> dst, int width, int height,
        TensorLayout layout, in PixelNormalization norm, ResizeMode mode, bool bgr = false, bool centre = true)
    {
        if (!region.IsInside(src.Width, src.Height)) throw new ArgumentOutOfRangeException(nameof(region), region, $"not inside the {src.Width}x{src.Height} image");
        if (dst.Length != width * height * 3) throw new ArgumentException($"tensor holds {dst.Length} values, {width}x{height}x3 needs {width * height * 3}", nameof(dst));

        float sx, sy;
        switch (mode)
        {
            case ResizeMode.Letterbox:
                sx = sy = Math.Min((float)width / region.W, (float)height / region.H);
                break;
            case ResizeMode.PadSquare:
                var side = Math.Max(region.W, region.H);
                sx = (float)width / side;
                sy = (float)height / side;
                break;
            default:
                sx = (float)width / region.W;
                sy = (float)height / region.H;
                break;
        }
        var contentW = Math.Clamp((int)MathF.Round(region.W * sx), 1, width);
        var contentH = Math.Clamp((int)MathF.Round(region.H * sy), 1, height);
        var padX = centre ? (width - contentW) / 2 : 0;
        var padY = centre ? (height - contentH) / 2 : 0;
        // The exact scale of the content actually written (rounding to whole pixels changes it slightly).
        sx = (float)contentW / region.W;
        sy = (float)contentH / region.H;

        if (contentW < width || contentH < height)
        {
            var padBlack = mode == ResizeMode.PadSquare;
            FillPadding(dst, width, height, layout, padBlack ? norm : default);
        }

        var rowFloats = region.W * 3;
        int tapsX = MaxTaps(sx), tapsY = MaxTaps(sy);
        var scratch = Grow(ref _row, rowFloats);
        var xStart = Grow(ref _xStart, contentW);
        var xWeights = Grow(ref _xWeights, contentW * tapsX);
        var yStart = Grow(ref _yStart, contentH);
        var yWeights = Grow(ref _yWeights, contentH * tapsY);
        BuildTaps(contentW, sx, region.W, tapsX, xStart, xWeights);
        BuildTaps(contentH, sy, region.H, tapsY, yStart, yWeights);
        // Source red goes to model channel c0 and takes that channel's normalisation (BGR models swap them).
        int c0 = bgr ? 2 : 0, c2 = bgr ? 0 : 2;
        float ar = norm.A(c0), br = norm.B(c0), ag = norm.A1, bg = norm.B1, ab = norm.A(c2), bb = norm.B(c2);
        var plane = width * height;
        for (var dy = 0; dy < contentH; dy++)
        {
            var blended = scratch.AsSpan(0, rowFloats);
            var wy = yWeights.AsSpan(dy * tapsY, tapsY);
            for (var k = 0; k < tapsY; k++)
            {
                var y = Math.Min(yStart[dy] + k, region.H - 1);
                AccumulateRow(src.Data.AsSpan((region.Y + y) * src.Stride + region.X * 3, rowFloats), wy[k], blended, first: k == 0);
            }
            var oy = dy + padY;
            for (var dx = 0; dx < contentW; dx++)
            {
                var wx = xWeights.AsSpan(dx * tapsX, tapsX);
                var i = xStart[dx] * 3;
                float r = 0, g = 0, b = 0;
                for (var k = 0; k < wx.Length && i + 2 < rowFloats; k++, i += 3)
                {
                    var w = wx[k];
                    r += w * blended[i];
                    g += w * blended[i + 1];
                    b += w * blended[i + 2];
                }
                if (layout == TensorLayout.Nhwc)
                {
                    var o = ((oy * width) + padX + dx) * 3;
                    dst[o + c0] = r * ar + br;
                    dst[o + 1] = g * ag + bg;
                    dst[o + c2] = b * ab + bb;
                }
                else
                {
                    var o = oy * width + padX + dx;
                    dst[c0 * plane + o] = r * ar + br;
                    dst[plane + o] = g * ag + bg;
                    dst[c2 * plane + o] = b * ab + bb;
                }
            }
        }
        return new InputTransform(sx, sy, padX, padY, region.X, region.Y);
    }

    /// <summary>Fills a model input for <paramref name="input"/>'s size, layout, normalisation and resize mode.</summary>
    public InputTransform Fill(RgbImage src, PixelRect region, FloatTensor tensor, ModelInput input)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(input);
        var nhwc = input.Layout == TensorLayout.Nhwc;
        var h = tensor.Dim(nhwc ? 1 : 2);
        var w = tensor.Dim(nhwc ? 2 : 3);
        var norm = PixelNormalization.From(input.Scale, input.Mean, input.Std);
        return Fill(src, region, tensor.Data.AsSpan(0, w * h * 3), w, h, input.Layout, norm, input.Resize, input.Bgr);
    }

    private static T[] Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[length];
        return buffer;
    }

    /// <summary>Taps per output pixel of a triangle filter at <paramref name="scale"/> (output/input size).</summary>
    internal static int MaxTaps(float scale) => 2 * (int)MathF.Ceiling(Support(scale)) + 1;

    /// <summary>
    /// The filter's half-width in source pixels: 1 (plain bilinear) when enlarging, 1/scale when shrinking, so every
    /// source pixel contributes and fine detail does not alias into false patterns (as ffmpeg's and PIL's bilinear).
    /// </summary>
    private static float Support(float scale) => Math.Max(1f, 1f / scale);

    /// <summary>
    /// For each output index: the first source index and <paramref name="taps"/> normalised weights (zeros past the
    /// edge), pixel centres aligned. Source indices beyond the edge are dropped and the rest renormalised (edge clamp).
    /// </summary>
    internal static void BuildTaps(int outputSize, float scale, int sourceSize, int taps, Span<int> start, Span<float> weights)
    {
        var support = Support(scale);
        for (var d = 0; d < outputSize; d++)
        {
            var centre = (d + 0.5f) / scale - 0.5f;
            var first = Math.Clamp((int)MathF.Ceiling(centre - support), 0, sourceSize - 1);
            var w = weights.Slice(d * taps, taps);
            float sum = 0;
            for (var k = 0; k < taps; k++)
            {
                var i = first + k;
                var v = i < sourceSize ? Math.Max(0f, 1f - MathF.Abs(i - centre) / support) : 0f;
                w[k] = v;
                sum += v;
            }
            if (sum <= 0)
            {
                // Centre beyond the last pixel by more than the support: take the edge pixel.
                w.Clear();
                first = centre < 0 ? 0 : sourceSize - 1;
                w[0] = 1;
                sum = 1;
            }
            for (var k = 0; k < taps; k++) w[k] /= sum;
            start[d] = first;
        }
    }

    /// <summary>Vertical step: <c>acc = w * row</c> (first row) or <c>acc += w * row</c>, bytes widened to floats, vectorised.</summary>
    internal static void AccumulateRow(ReadOnlySpan<byte> row, float weight, Span<float> acc, bool first)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<byte>.Count)
        {
            var w = new Vector<float>(weight);
            var fc = Vector<float>.Count;
            for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Widen(new Vector<byte>(row[i..]), out var lo16, out var hi16);
                Vector.Widen(lo16, out var q0, out var q1);
                Vector.Widen(hi16, out var q2, out var q3);
                Accumulate(Vector.ConvertToSingle(q0), w, acc.Slice(i, fc), first);
                Accumulate(Vector.ConvertToSingle(q1), w, acc.Slice(i + fc, fc), first);
                Accumulate(Vector.ConvertToSingle(q2), w, acc.Slice(i + 2 * fc, fc), first);
                Accumulate(Vector.ConvertToSingle(q3), w, acc.Slice(i + 3 * fc, fc), first);
            }
        }
        if (first)
        {
            for (; i < row.Length; i++) acc[i] = weight * row[i];
        }
        else
        {
            for (; i < row.Length; i++) acc[i] += weight * row[i];
        }
    }

    private static void Accumulate(Vector<float> values, Vector<float> weight, Span<float> acc, bool first)
    {
        var v = values * weight;
        if (!first) v += new Vector<float>(acc);
        v.CopyTo(acc);
    }

    private static void FillPadding(Span<float> dst, int width, int height, TensorLayout layout, in PixelNormalization black)
    {
        // A black pixel normalises to B[c] in the model's own channel order, so no swap is needed here.
        float v0 = black.B0, v1 = black.B1, v2 = black.B2;
        if (layout == TensorLayout.Nchw)
        {
            var plane = width * height;
            dst[..plane].Fill(v0);
            dst.Slice(plane, plane).Fill(v1);
            dst.Slice(2 * plane, plane).Fill(v2);
            return;
        }
        if (v0 == v1 && v1 == v2)
        {
            dst.Fill(v0);
            return;
        }
        for (var i = 0; i < dst.Length; i += 3)
        {
            dst[i] = v0;
            dst[i + 1] = v1;
            dst[i + 2] = v2;
        }
    }
}
