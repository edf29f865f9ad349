namespace EdgeAgent.Imaging;

/// <summary>
/// Pixel operations on <see cref="RgbImage"/> without OpenCV: crop, bilinear resize, pad to a square and affine warp.
/// Each writes into a destination the caller owns, so the per-frame path can reuse buffers.
/// </summary>
public static class ImageOps
{
    /// <summary>Copies <paramref name="region"/> of <paramref name="src"/> into <paramref name="dst"/>, which must be the region's size.</summary>
    public static void Crop(RgbImage src, PixelRect region, RgbImage dst)
    {
        if (!region.IsInside(src.Width, src.Height)) throw new ArgumentOutOfRangeException(nameof(region), region, $"not inside the {src.Width}x{src.Height} image");
        if (dst.Width != region.W || dst.Height != region.H) throw new ArgumentException($"destination is {dst.Width}x{dst.Height}, the region {region.W}x{region.H}", nameof(dst));
        for (var y = 0; y < region.H; y++)
        {
            src.Data.AsSpan((region.Y + y) * src.Stride + region.X * 3, region.W * 3).CopyTo(dst.Data.AsSpan(y * dst.Stride, dst.Stride));
        }
    }

    /// <summary>Allocates a new image holding <paramref name="region"/> of <paramref name="src"/>.</summary>
    public static RgbImage Crop(RgbImage src, PixelRect region)
    {
        var dst = RgbImage.Create(region.W, region.H);
        Crop(src, region, dst);
        return dst;
    }

    /// <summary>
    /// Bilinear resize of <paramref name="region"/> of <paramref name="src"/> to fill <paramref name="dst"/> (pixel centres
    /// aligned, edges clamped: the convention of OpenCV's INTER_LINEAR and ffmpeg's bilinear scaler).
    /// </summary>
    public static void ResizeBilinear(RgbImage src, PixelRect region, RgbImage dst)
    {
        if (!region.IsInside(src.Width, src.Height)) throw new ArgumentOutOfRangeException(nameof(region), region, $"not inside the {src.Width}x{src.Height} image");
        var sx = (float)region.W / dst.Width;
        var sy = (float)region.H / dst.Height;
        var s = src.Data;
        var d = dst.Data;
        for (var dy = 0; dy < dst.Height; dy++)
        {
            SourceCoordinate((dy + 0.5f) * sy - 0.5f, region.H, out var y0, out var y1, out var fy);
            var row0 = (region.Y + y0) * src.Stride;
            var row1 = (region.Y + y1) * src.Stride;
            var o = dy * dst.Stride;
            for (var dx = 0; dx < dst.Width; dx++)
            {
                SourceCoordinate((dx + 0.5f) * sx - 0.5f, region.W, out var x0, out var x1, out var fx);
                var c0 = (region.X + x0) * 3;
                var c1 = (region.X + x1) * 3;
                for (var c = 0; c < 3; c++)
                {
                    float top = s[row0 + c0 + c] + fx * (s[row0 + c1 + c] - s[row0 + c0 + c]);
                    float bottom = s[row1 + c0 + c] + fx * (s[row1 + c1 + c] - s[row1 + c0 + c]);
                    d[o++] = (byte)(top + fy * (bottom - top) + 0.5f);
                }
            }
        }
    }

    /// <summary>A new image of <paramref name="width"/>×<paramref name="height"/> resized from the whole of <paramref name="src"/>.</summary>
    public static RgbImage Resize(RgbImage src, int width, int height)
    {
        var dst = RgbImage.Create(width, height);
        ResizeBilinear(src, PixelRect.Of(src.Width, src.Height), dst);
        return dst;
    }

    /// <summary>
    /// Places <paramref name="src"/> in the centre of a black square of its longer side and resizes that square to
    /// <paramref name="dst"/>; returns the map from <paramref name="dst"/> pixels back to <paramref name="src"/>.
    /// Detectors trained on square inputs see undistorted shapes this way.
    /// </summary>
    public static InputTransform PadSquare(RgbImage src, RgbImage dst)
    {
        var side = Math.Max(src.Width, src.Height);
        var sx = (float)dst.Width / side;
        var sy = (float)dst.Height / side;
        var padX = (side - src.Width) / 2f * sx;
        var padY = (side - src.Height) / 2f * sy;
        // Pixel-centre convention: destination centre (dx + 0.5) maps to square coordinate (dx + 0.5) / s.
        var toSquare = Affine2x3.ScaleTranslate(sx, sy, padX + 0.5f * sx - 0.5f, padY + 0.5f * sy - 0.5f);
        WarpAffine(src, dst, toSquare);
        return new InputTransform(sx, sy, padX, padY, 0, 0);
    }

    /// <summary>
    /// Fills <paramref name="dst"/> by sampling <paramref name="src"/> bilinearly through the map <paramref name="srcToDst"/>
    /// (source pixel -> destination pixel, integer coordinates at pixel centres); samples outside the source are black.
    /// </summary>
    public static void WarpAffine(RgbImage src, RgbImage dst, Affine2x3 srcToDst)
    {
        var inv = srcToDst.Invert();
        var s = src.Data;
        var d = dst.Data;
        int w = src.Width, h = src.Height;
        for (var dy = 0; dy < dst.Height; dy++)
        {
            var o = dy * dst.Stride;
            for (var dx = 0; dx < dst.Width; dx++, o += 3)
            {
                var x = inv.M00 * dx + inv.M01 * dy + inv.M02;
                var y = inv.M10 * dx + inv.M11 * dy + inv.M12;
                var x0 = (int)MathF.Floor(x);
                var y0 = (int)MathF.Floor(y);
                if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h)
                {
                    d[o] = d[o + 1] = d[o + 2] = 0;
                    continue;
                }
                var fx = x - x0;
                var fy = y - y0;
                for (var c = 0; c < 3; c++)
                {
                    float p00 = Sample(s, w, h, x0, y0, c), p10 = Sample(s, w, h, x0 + 1, y0, c);
                    float p01 = Sample(s, w, h, x0, y0 + 1, c), p11 = Sample(s, w, h, x0 + 1, y0 + 1, c);
                    var top = p00 + fx * (p10 - p00);
                    var bottom = p01 + fx * (p11 - p01);
                    d[o + c] = (byte)Math.Clamp(top + fy * (bottom - top) + 0.5f, 0, 255);
                }
            }
        }
    }

    private static float Sample(byte[] s, int w, int h, int x, int y, int c) =>
        (uint)x < (uint)w && (uint)y < (uint)h ? s[(y * w + x) * 3 + c] : 0f;

    /// <summary>Splits a source coordinate into the two neighbouring pixel indices (clamped to 0..size-1) and the weight of the second.</summary>
    internal static void SourceCoordinate(float position, int size, out int i0, out int i1, out float weight)
    {
        if (position <= 0)
        {
            i0 = i1 = 0;
            weight = 0;
            return;
        }
        i0 = (int)position;
        if (i0 >= size - 1)
        {
            i0 = i1 = size - 1;
            weight = 0;
            return;
        }
        i1 = i0 + 1;
        weight = position - i0;
    }
}
