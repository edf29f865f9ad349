using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>How good a face shot is for recognition.</summary>
/// <param name="Size">Shorter side of the face box, pixels.</param>
/// <param name="Sharpness">Variance of the Laplacian of the grey aligned crop's centre (higher is sharper).</param>
/// <param name="Frontalness">0..1 from the keypoints: 1 when the nose sits midway between the eyes and the ears are symmetric.</param>
/// <param name="Score">Detector score.</param>
/// <param name="Value">The four folded into one 0..1 figure used to pick best shots.</param>
public readonly record struct FaceQuality(float Size, float Sharpness, float Frontalness, float Score, float Value)
{
    /// <summary>Face size (shorter box side, pixels) at which size stops improving the quality figure.</summary>
    public const float GoodSize = 80;

    /// <summary>Laplacian variance at which sharpness stops improving the quality figure.</summary>
    public const float GoodSharpness = 150;

    /// <summary>Measures <paramref name="face"/> given its aligned crop.</summary>
    public static FaceQuality Measure(in FaceDetection face, RgbImage aligned)
    {
        var size = Math.Min(face.Box.W, face.Box.H);
        var sharpness = LaplacianVariance(aligned);
        var frontal = Frontal(face.Landmarks);
        var value = face.Score
            * Math.Clamp(size / GoodSize, 0, 1)
            * MathF.Sqrt(Math.Clamp(sharpness / GoodSharpness, 0, 1))
            * frontal;
        return new FaceQuality(size, sharpness, frontal, face.Score, value);
    }

    /// <summary>
    /// Frontalness from the keypoints: the nose's offset from the eyes' midpoint along the eye line (a turned head moves it
    /// towards one eye), and the balance of the nose-to-ear distances.
    /// </summary>
    public static float Frontal(in FaceLandmarks l)
    {
        float ex = l.LeftEye.X - l.RightEye.X, ey = l.LeftEye.Y - l.RightEye.Y;
        var d = MathF.Sqrt(ex * ex + ey * ey);
        if (d < 1e-3f) return 0;
        float ux = ex / d, uy = ey / d;
        float mx = (l.LeftEye.X + l.RightEye.X) / 2, my = (l.LeftEye.Y + l.RightEye.Y) / 2;
        var offset = MathF.Abs((l.Nose.X - mx) * ux + (l.Nose.Y - my) * uy) / (d / 2);
        var nose = Math.Clamp(1 - offset, 0, 1);
        var dr = Distance(l.Nose, l.RightEar);
        var dl = Distance(l.Nose, l.LeftEar);
        var ears = Math.Max(dr, dl) > 0 ? Math.Min(dr, dl) / Math.Max(dr, dl) : 0;
        return nose * (0.5f + 0.5f * ears);
    }

    /// <summary>Variance of the 4-neighbour Laplacian of the grey centre half of <paramref name="image"/> (background excluded).</summary>
    public static float LaplacianVariance(RgbImage image)
    {
        int x0 = image.Width / 4, x1 = image.Width * 3 / 4, y0 = image.Height / 4, y1 = image.Height * 3 / 4;
        double sum = 0, sq = 0;
        var n = 0;
        var d = image.Data;
        var stride = image.Stride;
        for (var y = Math.Max(y0, 1); y < Math.Min(y1, image.Height - 1); y++)
        {
            for (var x = Math.Max(x0, 1); x < Math.Min(x1, image.Width - 1); x++)
            {
                var o = y * stride + x * 3;
                var lap = Grey(d, o - 3) + Grey(d, o + 3) + Grey(d, o - stride) + Grey(d, o + stride) - 4 * Grey(d, o);
                sum += lap;
                sq += (double)lap * lap;
                n++;
            }
        }
        if (n == 0) return 0;
        var mean = sum / n;
        return (float)(sq / n - mean * mean);
    }

    private static int Grey(byte[] d, int o) => (d[o] * 77 + d[o + 1] * 150 + d[o + 2] * 29) >> 8;

    private static float Distance(PointF a, PointF b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
