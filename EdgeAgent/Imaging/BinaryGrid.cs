namespace EdgeAgent.Imaging;

/// <summary>Neighbourhood filters on the 0/1 masks computed on a small grey copy of a frame (motion, static foreground).</summary>
public static class BinaryGrid
{
    /// <summary>
    /// Writes 1 where at least <paramref name="min"/> of the 3x3 neighbourhood (clipped at the edges) is set: 5 is a
    /// majority filter (drops speckle, fills pinholes), 1 a dilation. <paramref name="scratch"/> holds the row sums, so
    /// the per-frame path allocates nothing. Returns how many cells are set.
    /// </summary>
    public static int BoxCount(ReadOnlySpan<byte> src, Span<byte> dst, Span<ushort> scratch, int width, int height, int min)
    {
        int w = width, h = height;
        for (var y = 0; y < h; y++)
        {
            var r = y * w;
            for (var x = 0; x < w; x++)
            {
                var s = src[r + x];
                if (x > 0) s += src[r + x - 1];
                if (x < w - 1) s += src[r + x + 1];
                scratch[r + x] = s;
            }
        }
        var set = 0;
        for (var y = 0; y < h; y++)
        {
            var r = y * w;
            for (var x = 0; x < w; x++)
            {
                var s = scratch[r + x];
                if (y > 0) s += scratch[r - w + x];
                if (y < h - 1) s += scratch[r + w + x];
                var on = s >= min;
                dst[r + x] = on ? (byte)1 : (byte)0;
                set += on ? 1 : 0;
            }
        }
        return set;
    }
}
