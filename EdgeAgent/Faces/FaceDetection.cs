using EdgeAgent.Imaging;

namespace EdgeAgent.Faces;

/// <summary>
/// BlazeFace's six keypoints in image pixels. "Right" and "left" are the subject's: the right eye appears on the
/// image's left in a frontal face.
/// </summary>
public readonly record struct FaceLandmarks(
    PointF RightEye, PointF LeftEye, PointF Nose, PointF Mouth, PointF RightEar, PointF LeftEar)
{
    /// <summary>Number of keypoints.</summary>
    public const int Count = 6;

    /// <summary>Keypoint <paramref name="i"/> in the model's order (right eye, left eye, nose, mouth, right ear, left ear).</summary>
    public PointF this[int i] => i switch
    {
        0 => RightEye,
        1 => LeftEye,
        2 => Nose,
        3 => Mouth,
        4 => RightEar,
        5 => LeftEar,
        _ => throw new ArgumentOutOfRangeException(nameof(i), i, "a face has keypoints 0..5"),
    };

    /// <summary>The points mapped by <paramref name="map"/>.</summary>
    public FaceLandmarks Map(Func<PointF, PointF> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map(RightEye), map(LeftEye), map(Nose), map(Mouth), map(RightEar), map(LeftEar));
    }

    /// <summary>Keypoint names in the model's order, for JSON and messages.</summary>
    public static readonly string[] Names = ["right_eye", "left_eye", "nose", "mouth", "right_ear", "left_ear"];
}

/// <summary>A point in pixels.</summary>
public readonly record struct PointF(float X, float Y);

/// <summary>One detected face: box and keypoints in image pixels, detector score 0..1.</summary>
public readonly record struct FaceDetection(BoxF Box, float Score, FaceLandmarks Landmarks);
