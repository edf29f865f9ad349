namespace EdgeAgent.Imaging;

/// <summary>
/// Destroys the detail of a region of an image so that what was there (a face) cannot be recognised: a coarse mosaic of
/// about <see cref="Cells"/> blocks across, then a box blur as wide as a block run twice, which melts the mosaic's edges
/// (a sharp mosaic keeps more than it seems; smoothing it removes the block structure depixelation relies on).
/// </summary>
public static class Obscure
{
    /// <summary>Mosaic blocks along the region's longer side.</summary>
    public const int Cells = 6;

    /// <summary>Obscures <paramref name="region"/> of <paramref name="image"/> in place; the region is clipped to the image.</summary>
    public static void Region(RgbImage image, PixelRect region)
    {
        if (Clip(image, region) is not { } r) return;
        var cell = Math.Max(2, (Math.Max(r.W, r.H) + Cells - 1) / Cells);
        var pixels = ImageOps.Crop(image, r);
        Pixelate(pixels, cell);
        var scratch = new byte[pixels.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            BoxBlur(pixels.Data, scratch, r.H, r.W, 3, r.W * 3, cell);   // rows: neighbours 3 bytes apart
            BoxBlur(scratch, pixels.Data, r.W, r.H, r.W * 3, 3, cell);   // columns: neighbours a row apart
        }
        PasteBack(image, pixels, r);
    }

    /// <summary>Fills <paramref name="region"/> of <paramref name="image"/> (clipped to it) with the region's mean colour: nothing is left to see.</summary>
    public static void Flat(RgbImage image, PixelRect region)
    {
        if (Clip(image, region) is not { } r) return;
        var crop = ImageOps.Crop(image, r);
        Pixelate(crop, Math.Max(r.W, r.H));
        PasteBack(image, crop, r);
    }

    /// <summary>The part of <paramref name="region"/> inside the image, or null when none is.</summary>
    private static PixelRect? Clip(RgbImage image, PixelRect region)
    {
        var x1 = Math.Max(region.X, 0);
        var y1 = Math.Max(region.Y, 0);
        var x2 = Math.Min(region.Right, image.Width);
        var y2 = Math.Min(region.Bottom, image.Height);
        return x2 <= x1 || y2 <= y1 ? null : new PixelRect(x1, y1, x2 - x1, y2 - y1);
    }

    /// <summary>Copies the worked-on crop (tightly packed rows) back over its place <paramref name="r"/> in the image.</summary>
    private static void PasteBack(RgbImage image, RgbImage crop, PixelRect r)
    {
        for (var y = 0; y < r.H; y++) crop.Data.AsSpan(y * r.W * 3, r.W * 3).CopyTo(image.Data.AsSpan((r.Y + y) * image.Stride + r.X * 3));
    }

    /// <summary>Replaces each <paramref name="cell"/>-sized block of <paramref name="image"/> by its mean colour.</summary>
    private static void Pixelate(RgbImage image, int cell)
    {
        var d = image.Data;
        for (var by = 0; by < image.Height; by += cell)
        {
            var bh = Math.Min(cell, image.Height - by);
            for (var bx = 0; bx < image.Width; bx += cell)
            {
                var bw = Math.Min(cell, image.Width - bx);
                int r = 0, g = 0, b = 0;
                for (var y = by; y < by + bh; y++)
                {
                    for (int x = bx, o = y * image.Stride + bx * 3; x < bx + bw; x++, o += 3)
                    {
                        r += d[o];
                        g += d[o + 1];
                        b += d[o + 2];
                    }
                }
                var n = bw * bh;
                byte mr = (byte)((r + n / 2) / n), mg = (byte)((g + n / 2) / n), mb = (byte)((b + n / 2) / n);
                for (var y = by; y < by + bh; y++)
                {
                    for (int x = bx, o = y * image.Stride + bx * 3; x < bx + bw; x++, o += 3)
                    {
                        d[o] = mr;
                        d[o + 1] = mg;
                        d[o + 2] = mb;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Mean over a window of 2*<paramref name="radius"/>+1 samples along each of <paramref name="lines"/> lines of
    /// <paramref name="length"/> RGB samples (<paramref name="step"/> bytes apart, lines <paramref name="lineStep"/> apart),
    /// edges clamped.
    /// </summary>
    private static void BoxBlur(byte[] src, byte[] dst, int lines, int length, int step, int lineStep, int radius)
    {
        var window = 2 * radius + 1;
        for (var line = 0; line < lines; line++)
        {
            var start = line * lineStep;
            for (var c = 0; c < 3; c++)
            {
                var at = start + c;
                var sum = 0;
                for (var j = -radius; j <= radius; j++) sum += src[at + Math.Clamp(j, 0, length - 1) * step];
                for (var i = 0; i < length; i++)
                {
                    dst[at + i * step] = (byte)((sum + window / 2) / window);
                    sum += src[at + Math.Min(i + radius + 1, length - 1) * step] - src[at + Math.Max(i - radius, 0) * step];
                }
            }
        }
    }
}
