using System.Buffers;
using System.Numerics;
using EdgeAgent.Models;

namespace EdgeAgent.Imaging;

/// <summary>
/// The detector's hot path: resize a region of a frame and normalise it straight into a model's float input tensor,
/// in one pass, without intermediate images. Bilinear with pixel centres aligned (as <see cref="ImageOps.ResizeBilinear"/>).
/// </summary>
public static class TensorFill
{
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
    public static InputTransform Fill(
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
        var scratch = ArrayPool<float>.Shared.Rent(rowFloats);
        var xIndex = ArrayPool<int>.Shared.Rent(contentW * 2);
        var xWeight = ArrayPool<float>.Shared.Rent(contentW);
        try
        {
            for (var dx = 0; dx < contentW; dx++)
            {
                ImageOps.SourceCoordinate((dx + 0.5f) / sx - 0.5f, region.W, out var x0, out var x1, out var fx);
                xIndex[2 * dx] = x0 * 3;
                xIndex[2 * dx + 1] = x1 * 3;
                xWeight[dx] = fx;
            }
            // Source red goes to model channel c0 and takes that channel's normalisation (BGR models swap them).
            int c0 = bgr ? 2 : 0, c2 = bgr ? 0 : 2;
            float ar = norm.A(c0), br = norm.B(c0), ag = norm.A1, bg = norm.B1, ab = norm.A(c2), bb = norm.B(c2);
            for (var dy = 0; dy < contentH; dy++)
            {
                ImageOps.SourceCoordinate((dy + 0.5f) / sy - 0.5f, region.H, out var y0, out var y1, out var fy);
                var row0 = src.Data.AsSpan((region.Y + y0) * src.Stride + region.X * 3, rowFloats);
                var row1 = src.Data.AsSpan((region.Y + y1) * src.Stride + region.X * 3, rowFloats);
                var blended = scratch.AsSpan(0, rowFloats);
                BlendRows(row0, row1, fy, blended);
                var oy = dy + padY;
                if (layout == TensorLayout.Nhwc)
                {
                    var o = dst.Slice((oy * width + padX) * 3, contentW * 3);
                    for (var dx = 0; dx < contentW; dx++)
                    {
                        int i0 = xIndex[2 * dx], i1 = xIndex[2 * dx + 1];
                        var fx = xWeight[dx];
                        var r = blended[i0] + fx * (blended[i1] - blended[i0]);
                        var g = blended[i0 + 1] + fx * (blended[i1 + 1] - blended[i0 + 1]);
                        var b = blended[i0 + 2] + fx * (blended[i1 + 2] - blended[i0 + 2]);
                        o[3 * dx + c0] = r * ar + br;
                        o[3 * dx + 1] = g * ag + bg;
                        o[3 * dx + c2] = b * ab + bb;
                    }
                }
                else
                {
                    var plane = width * height;
                    var baseIndex = oy * width + padX;
                    var p0 = dst.Slice(c0 * plane + baseIndex, contentW);
                    var p1 = dst.Slice(plane + baseIndex, contentW);
                    var p2 = dst.Slice(c2 * plane + baseIndex, contentW);
                    for (var dx = 0; dx < contentW; dx++)
                    {
                        int i0 = xIndex[2 * dx], i1 = xIndex[2 * dx + 1];
                        var fx = xWeight[dx];
                        p0[dx] = (blended[i0] + fx * (blended[i1] - blended[i0])) * ar + br;
                        p1[dx] = (blended[i0 + 1] + fx * (blended[i1 + 1] - blended[i0 + 1])) * ag + bg;
                        p2[dx] = (blended[i0 + 2] + fx * (blended[i1 + 2] - blended[i0 + 2])) * ab + bb;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(xIndex);
            ArrayPool<float>.Shared.Return(xWeight);
        }
        return new InputTransform(sx, sy, padX, padY, region.X, region.Y);
    }

    /// <summary>Fills a model input for <paramref name="input"/>'s size, layout, normalisation and resize mode.</summary>
    public static InputTransform Fill(RgbImage src, PixelRect region, FloatTensor tensor, ModelInput input)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(input);
        var nhwc = input.Layout == TensorLayout.Nhwc;
        var h = tensor.Dim(nhwc ? 1 : 2);
        var w = tensor.Dim(nhwc ? 2 : 3);
        var norm = PixelNormalization.From(input.Scale, input.Mean, input.Std);
        return Fill(src, region, tensor.Data.AsSpan(0, w * h * 3), w, h, input.Layout, norm, input.Resize, input.Bgr);
    }

    /// <summary>Vertical step of the bilinear filter: <c>out = a + fy (b - a)</c> over two rows of bytes, vectorised.</summary>
    internal static void BlendRows(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, float fy, Span<float> output)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<byte>.Count)
        {
            var weight = new Vector<float>(fy);
            var fc = Vector<float>.Count;
            for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                var va = new Vector<byte>(a[i..]);
                var vb = new Vector<byte>(b[i..]);
                Vector.Widen(va, out var a16Lo, out var a16Hi);
                Vector.Widen(vb, out var b16Lo, out var b16Hi);
                Write(a16Lo, b16Lo, weight, output.Slice(i, 2 * fc));
                Write(a16Hi, b16Hi, weight, output.Slice(i + 2 * fc, 2 * fc));
            }
        }
        for (; i < a.Length; i++) output[i] = a[i] + fy * (b[i] - a[i]);
    }

    private static void Write(Vector<ushort> a16, Vector<ushort> b16, Vector<float> weight, Span<float> output)
    {
        Vector.Widen(a16, out var a32Lo, out var a32Hi);
        Vector.Widen(b16, out var b32Lo, out var b32Hi);
        var aLo = Vector.ConvertToSingle(a32Lo);
        var aHi = Vector.ConvertToSingle(a32Hi);
        (aLo + weight * (Vector.ConvertToSingle(b32Lo) - aLo)).CopyTo(output);
        (aHi + weight * (Vector.ConvertToSingle(b32Hi) - aHi)).CopyTo(output[Vector<float>.Count..]);
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
