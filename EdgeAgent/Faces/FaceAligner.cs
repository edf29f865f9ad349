using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>How a detected face becomes the descriptor's square input.</summary>
public enum FaceCropMode
{
    /// <summary>A square of <see cref="FaceAligner.CropScale"/>× the box's longer side, centred on the box (what faceres was measured with).</summary>
    Square,

    /// <summary>A similarity transform (least squares) taking the eyes, nose and mouth to a canonical layout.</summary>
    Similarity,
}

/// <summary>
/// Cuts the descriptor's input out of an image: either the plain square crop or a keypoint alignment, both as one affine
/// warp (zeros outside the image). Large faces are first halved by box averaging so the bilinear warp does not alias.
/// </summary>
public sealed class FaceAligner
{
    /// <summary>
    /// Canonical eye, nose and mouth positions for a 224² crop: the mean positions of BlazeFace's keypoints inside the
    /// 1.3× square crop over the identity_dlib_johns photos (eyes 75.1/141.5, 81.6/82.5; nose 104.5, 127.5; mouth
    /// 105.5, 156.8), made left-right symmetric about the centre, so both modes frame a face alike on average.
    /// </summary>
    public static readonly PointF[] Template224 =
    [
        new(78.8f, 82.0f), new(145.2f, 82.0f), new(112.0f, 127.5f), new(112.0f, 156.8f),
    ];

    /// <summary>Creates an aligner producing <paramref name="size"/>² crops.</summary>
    public FaceAligner(FaceCropMode mode = FaceCropMode.Square, int size = 224, float cropScale = 1.3f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(cropScale, 1f);
        Mode = mode;
        Size = size;
        CropScale = cropScale;
    }

    /// <summary>Crop or alignment.</summary>
    public FaceCropMode Mode { get; }

    /// <summary>Side of the output in pixels.</summary>
    public int Size { get; }

    /// <summary>Square crop side as a multiple of the box's longer side (MODELS.md: 1.2–1.4 works, 1.6+ hurts).</summary>
    public float CropScale { get; }

    /// <summary>The map from image pixels to output pixels for <paramref name="face"/>.</summary>
    public Affine2x3 Transform(in FaceDetection face)
    {
        if (Mode == FaceCropMode.Similarity)
        {
            Span<PointF> from = [face.Landmarks.RightEye, face.Landmarks.LeftEye, face.Landmarks.Nose, face.Landmarks.Mouth];
            Span<PointF> to = stackalloc PointF[4];
            var k = Size / 224f;
            for (var i = 0; i < 4; i++) to[i] = new PointF(Template224[i].X * k, Template224[i].Y * k);
            return Similarity(from, to);
        }
        var side = Math.Max(face.Box.W, face.Box.H) * CropScale;
        var s = Size / side;
        // Pixel-centre convention: source point (cx, cy) lands on the output centre (Size - 1) / 2.
        return Affine2x3.ScaleTranslate(s, s, (Size - 1) / 2f - face.Box.CenterX * s, (Size - 1) / 2f - face.Box.CenterY * s);
    }

    /// <summary>Writes the crop of <paramref name="face"/> into <paramref name="dst"/> (<see cref="Size"/>²).</summary>
    public void Align(RgbImage src, in FaceDetection face, RgbImage dst)
    {
        if (dst.Width != Size || dst.Height != Size) throw new ArgumentException($"destination is {dst.Width}x{dst.Height}, the aligner makes {Size}x{Size}", nameof(dst));
        Warp(src, Transform(face), dst);
    }

    /// <summary>A new <see cref="Size"/>² crop of <paramref name="face"/>.</summary>
    public RgbImage Align(RgbImage src, in FaceDetection face)
    {
        var dst = RgbImage.Create(Size, Size);
        Align(src, face, dst);
        return dst;
    }

    /// <summary>
    /// Warps through <paramref name="map"/>; when it shrinks by more than 2× the source is first halved (box average) as
    /// often as needed, so every source pixel counts, as in an image pyramid.
    /// </summary>
    public static void Warp(RgbImage src, Affine2x3 map, RgbImage dst)
    {
        var scale = MathF.Sqrt(MathF.Abs(map.M00 * map.M11 - map.M01 * map.M10));
        while (scale < 0.5f && src.Width >= 4 && src.Height >= 4)
        {
            src = Halve(src);
            // Half-size pixel (u, v) covers full-size pixels 2u..2u+1: its centre is at 2u + 0.5.
            map = new Affine2x3(map.M00 * 2, map.M01 * 2, map.M02 + 0.5f * (map.M00 + map.M01), map.M10 * 2, map.M11 * 2, map.M12 + 0.5f * (map.M10 + map.M11));
            scale *= 2;
        }
        ImageOps.WarpAffine(src, dst, map);
    }

    private static RgbImage Halve(RgbImage src)
    {
        int w = src.Width / 2, h = src.Height / 2;
        var dst = RgbImage.Create(w, h);
        var s = src.Data;
        var d = dst.Data;
        for (var y = 0; y < h; y++)
        {
            var r0 = 2 * y * src.Stride;
            var r1 = r0 + src.Stride;
            var o = y * dst.Stride;
            for (var x = 0; x < w; x++)
            {
                var c = 6 * x;
                for (var ch = 0; ch < 3; ch++, o++)
                {
                    d[o] = (byte)((s[r0 + c + ch] + s[r0 + c + 3 + ch] + s[r1 + c + ch] + s[r1 + c + 3 + ch] + 2) >> 2);
                }
            }
        }
        return dst;
    }

    /// <summary>
    /// The similarity transform (uniform scale, rotation, translation; no reflection) that takes <paramref name="from"/>
    /// closest to <paramref name="to"/> in least squares (Umeyama's solution, closed form in 2-D).
    /// </summary>
    public static Affine2x3 Similarity(ReadOnlySpan<PointF> from, ReadOnlySpan<PointF> to)
    {
        if (from.Length != to.Length || from.Length < 2) throw new ArgumentException($"need two or more point pairs, got {from.Length} and {to.Length}", nameof(from));
        float mfx = 0, mfy = 0, mtx = 0, mty = 0;
        for (var i = 0; i < from.Length; i++)
        {
            mfx += from[i].X;
            mfy += from[i].Y;
            mtx += to[i].X;
            mty += to[i].Y;
        }
        mfx /= from.Length;
        mfy /= from.Length;
        mtx /= to.Length;
        mty /= to.Length;
        double a = 0, b = 0, norm = 0;
        for (var i = 0; i < from.Length; i++)
        {
            double px = from[i].X - mfx, py = from[i].Y - mfy, qx = to[i].X - mtx, qy = to[i].Y - mty;
            a += px * qx + py * qy;
            b += px * qy - py * qx;
            norm += px * px + py * py;
        }
        if (norm < 1e-9) throw new ArgumentException("the source points coincide", nameof(from));
        var ca = (float)(a / norm);
        var sb = (float)(b / norm);
        // [ca -sb; sb ca] is scale * rotation; the translation takes the source centroid to the target centroid.
        return new Affine2x3(ca, -sb, mtx - (ca * mfx - sb * mfy), sb, ca, mty - (sb * mfx + ca * mfy));
    }
}
