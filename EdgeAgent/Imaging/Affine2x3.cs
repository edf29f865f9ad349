namespace EdgeAgent.Imaging;

/// <summary>
/// A 2×3 affine map <c>(x, y) -> (M00 x + M01 y + M02, M10 x + M11 y + M12)</c> in pixel coordinates
/// (integer coordinates at pixel centres, as OpenCV's warpAffine), for face alignment and crops.
/// </summary>
public readonly record struct Affine2x3(float M00, float M01, float M02, float M10, float M11, float M12)
{
    /// <summary>The identity map.</summary>
    public static Affine2x3 Identity => new(1, 0, 0, 0, 1, 0);

    /// <summary>Scale about the origin, then translate.</summary>
    public static Affine2x3 ScaleTranslate(float sx, float sy, float tx, float ty) => new(sx, 0, tx, 0, sy, ty);

    /// <summary>Rotation by <paramref name="radians"/> and uniform <paramref name="scale"/> about the origin, then translate.</summary>
    public static Affine2x3 Similarity(float scale, float radians, float tx, float ty)
    {
        var c = scale * MathF.Cos(radians);
        var s = scale * MathF.Sin(radians);
        return new(c, -s, tx, s, c, ty);
    }

    /// <summary>Where the map sends (x, y).</summary>
    public (float X, float Y) Apply(float x, float y) => (M00 * x + M01 * y + M02, M10 * x + M11 * y + M12);

    /// <summary>The inverse map; throws when the map is singular.</summary>
    public Affine2x3 Invert()
    {
        var det = M00 * M11 - M01 * M10;
        if (MathF.Abs(det) < 1e-12f) throw new InvalidOperationException("the affine map is singular and has no inverse");
        var i00 = M11 / det;
        var i01 = -M01 / det;
        var i10 = -M10 / det;
        var i11 = M00 / det;
        return new(i00, i01, -(i00 * M02 + i01 * M12), i10, i11, -(i10 * M02 + i11 * M12));
    }
}
