using EdgeAgent.Configuration;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;

namespace EdgeAgent.Detection;

/// <summary>
/// How a whole frame reaches the detector: one pass over the whole frame (fitted to the model's input as the manifest
/// says, letterboxed for CenterNet) and, with <see cref="DetectOptions.Tiles"/>, square tiles at native aspect
/// along the frame's long side, merged with the whole-frame pass by NMS. Shared by the detection stage and
/// <c>edgeagent eval objects</c>, so what is measured is what a camera runs. Not thread-safe: one per camera.
/// </summary>
public sealed class FrameDetection
{
    /// <summary>Smallest overlap of neighbouring tiles, as a fraction of the tile side: a person cut by one tile's border is whole in the next.</summary>
    public const float MinTileOverlap = 0.25f;

    /// <summary>A tile's detection this close (pixels) to a border shared with a neighbour is cut by it: the neighbour or the whole-frame pass has it whole.</summary>
    private const float CutMargin = 2f;

    /// <summary>IoU at which detections of different passes are the same object.</summary>
    private const float MergeIou = 0.5f;

    private readonly ObjectDetector _detector;
    private readonly bool _tiles;
    private readonly List<PixelRect> _tileRects = new(4);
    private readonly List<Detection> _tile = new(64);
    private int _planWidth;
    private int _planHeight;

    /// <summary>Creates the passes of one camera.</summary>
    public FrameDetection(ObjectDetector detector, DetectOptions detect)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(detect);
        _detector = detector;
        _tiles = detect.Tiles;
    }

    /// <summary>Appends the detections of <paramref name="image"/> to <paramref name="into"/>; the heatmap comes from the whole-frame pass.</summary>
    public void Run(RgbImage image, List<Detection> into, PersonHeatmap? heatmap)
    {
        ArgumentNullException.ThrowIfNull(into);
        _detector.Detect(image, PixelRect.Of(image.Width, image.Height), into, heatmap);
        if (!_tiles) return;
        if (image.Width != _planWidth || image.Height != _planHeight)
        {
            Tiles(image.Width, image.Height, _tileRects);
            _planWidth = image.Width;
            _planHeight = image.Height;
        }
        if (_tileRects.Count == 0) return;
        foreach (var r in _tileRects)
        {
            _tile.Clear();
            _detector.Detect(image, r, _tile);
            foreach (var d in _tile)
            {
                if (!CutByInnerBorder(d.Box, r, image.Width, image.Height)) into.Add(d);
            }
        }
        Nms.InPlace(into, MergeIou, classAgnostic: true);
    }

    /// <summary>
    /// Squares of the frame's short side along its long side, evenly spread with at least <see cref="MinTileOverlap"/>
    /// overlap, the first and last on the frame's edges; none for a square frame (the whole-frame pass is the tile).
    /// </summary>
    public static void Tiles(int width, int height, List<PixelRect> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var side = Math.Min(width, height);
        var length = Math.Max(width, height);
        if (side <= 0 || length - side < 2) return;
        var count = Math.Max(2, (int)Math.Ceiling((length - (side * MinTileOverlap)) / (side * (1 - MinTileOverlap))));
        var step = (double)(length - side) / (count - 1);
        for (var i = 0; i < count; i++)
        {
            var at = (int)Math.Round(i * step);
            into.Add(width >= height ? new PixelRect(at, 0, side, side) : new PixelRect(0, at, side, side));
        }
    }

    private static bool CutByInnerBorder(in BoxF b, PixelRect r, int width, int height) =>
        (r.X > 0 && b.X <= r.X + CutMargin) || (r.Right < width && b.Right >= r.Right - CutMargin)
        || (r.Y > 0 && b.Y <= r.Y + CutMargin) || (r.Bottom < height && b.Bottom >= r.Bottom - CutMargin);
}
