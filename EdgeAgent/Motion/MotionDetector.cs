using EdgeAgent.Configuration;
using EdgeAgent.Imaging;

namespace EdgeAgent.Motion;

/// <summary>
/// Finds moving areas by comparing a small blurred grey copy of each frame with a running-average background.
/// All buffers are sized on the first frame (and again only if the frame size changes), so the per-frame path
/// allocates nothing.
/// </summary>
public sealed class MotionDetector
{
    /// <summary>Frames the background is averaged over before motion is trusted.</summary>
    public const int WarmupFrames = 5;

    /// <summary>Connected areas kept per frame before merging; beyond this the frame is noise, not objects.</summary>
    private const int MaxComponents = 256;

    private readonly MotionOptions _options;
    private readonly NormalizedPolygon[] _masks;
    private readonly float _learningRate;

    private int _frameWidth;
    private int _frameHeight;
    private int _width;
    private int _height;
    private int _unmasked;
    private long _frames;

    private Imaging.GreyDownscaler? _downscaler;
    private byte[] _grey = [];
    private ushort[] _boxTemp = [];
    private byte[] _blurred = [];
    private float[] _background = [];
    private byte[] _mask = [];
    private byte[] _foreground = [];
    private byte[] _cleaned = [];
    private readonly Imaging.ComponentLabeler _labeler = new(MaxComponents);
    private readonly int[] _compX0 = new int[MaxComponents];
    private readonly int[] _compY0 = new int[MaxComponents];
    private readonly int[] _compX1 = new int[MaxComponents];
    private readonly int[] _compY1 = new int[MaxComponents];

    /// <summary>Creates a detector for one camera.</summary>
    public MotionDetector(MotionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _learningRate = (float)options.LearningRate;
        _masks = new NormalizedPolygon[options.Masks.Count];
        for (var i = 0; i < _masks.Length; i++) _masks[i] = new NormalizedPolygon(options.Masks[i]);
    }

    /// <summary>Width of the grey image motion is computed on (0 before the first frame).</summary>
    public int GreyWidth => _width;

    /// <summary>Height of the grey image motion is computed on (0 before the first frame).</summary>
    public int GreyHeight => _height;

    /// <summary>Forgets the background, as after a stream restart.</summary>
    public void Reset() => _frames = 0;

    /// <summary>Analyses one frame and fills <paramref name="result"/> (cleared first).</summary>
    public void Detect(RgbImage image, MotionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        EnsureSize(image.Width, image.Height);
        result.Regions.Clear();
        result.HasMotion = false;
        result.MovingFraction = 0;
        result.WarmingUp = false;
        result.BackgroundReset = false;
        result.Mask = ReadOnlyMemory<byte>.Empty;

        _downscaler!.Downscale(image, _grey);
        result.Grey = _grey.AsMemory(0, _width * _height);
        result.GreyWidth = _width;
        result.GreyHeight = _height;
        Blur3x3(_grey, _blurred);

        _frames++;
        if (_frames <= WarmupFrames)
        {
            // A cumulative mean over the first frames: the first frame alone would bake in its noise and anyone
            // passing through it. Until it settles motion is unknown, so the detector must run everywhere.
            Learn(_frames == 1 ? 1f : Math.Max(_learningRate, 1f / _frames));
            result.WarmingUp = true;
            result.HasMotion = true;
            result.Regions.Add(new BoxF(0, 0, _frameWidth, _frameHeight));
            return;
        }

        var changed = DifferenceAndLearn();
        if (_unmasked == 0) return;
        if (changed > _options.LightingChange * _unmasked)
        {
            // Lights switched, the camera was bumped or its exposure jumped: the old background is useless, and
            // reporting "everything moves" would run the detector forever while the average catches up.
            Learn(1f);
            result.BackgroundReset = true;
            return;
        }

        var moving = BinaryGrid.BoxCount(_foreground, _cleaned, _boxTemp, _width, _height, 5);
        result.MovingFraction = (float)moving / _unmasked;
        result.Mask = _cleaned.AsMemory(0, _width * _height);
        result.MaskWidth = _width;
        result.MaskHeight = _height;
        if (moving == 0 || result.MovingFraction < _options.MinArea) return;
        result.HasMotion = true;

        // Dilate into _foreground (free again) so pieces of one walker's silhouette join before labelling.
        BinaryGrid.BoxCount(_cleaned, _foreground, _boxTemp, _width, _height, 1);
        var count = Components(_foreground);
        count = MergeClose(count, Math.Max(2, _width / 40));
        var sx = (float)_frameWidth / _width;
        var sy = (float)_frameHeight / _height;
        for (var i = 0; i < count; i++)
        {
            result.Regions.Add(new BoxF(_compX0[i] * sx, _compY0[i] * sy, (_compX1[i] - _compX0[i] + 1) * sx, (_compY1[i] - _compY0[i] + 1) * sy));
        }
    }

    private void EnsureSize(int frameWidth, int frameHeight)
    {
        if (frameWidth == _frameWidth && frameHeight == _frameHeight) return;
        _frameWidth = frameWidth;
        _frameHeight = frameHeight;
        _downscaler = Imaging.GreyDownscaler.ForWidth(frameWidth, frameHeight, _options.Width);
        _width = _downscaler.Width;
        _height = _downscaler.Height;
        var n = _width * _height;

        _grey = new byte[n];
        _boxTemp = new ushort[n];
        _blurred = new byte[n];
        _background = new float[n];
        _foreground = new byte[n];
        _cleaned = new byte[n];

        _mask = new byte[n];
        foreach (var m in _masks) m.Rasterize(_mask, _width, _height, 1);
        _unmasked = 0;
        foreach (var b in _mask) _unmasked += b == 0 ? 1 : 0;
        _frames = 0;
    }

    /// <summary>3x3 mean (edges clamped): sensor noise and compression speckle stop counting as motion.</summary>
    private void Blur3x3(byte[] src, byte[] dst)
    {
        int w = _width, h = _height;
        for (var y = 0; y < h; y++)
        {
            var r = y * w;
            for (var x = 0; x < w; x++)
            {
                var l = x > 0 ? x - 1 : x;
                var rr = x < w - 1 ? x + 1 : x;
                _boxTemp[r + x] = (ushort)(src[r + l] + src[r + x] + src[r + rr]);
            }
        }
        for (var y = 0; y < h; y++)
        {
            var up = (y > 0 ? y - 1 : y) * w;
            var mid = y * w;
            var down = (y < h - 1 ? y + 1 : y) * w;
            for (var x = 0; x < w; x++)
            {
                dst[mid + x] = (byte)((_boxTemp[up + x] + _boxTemp[mid + x] + _boxTemp[down + x]) / 9);
            }
        }
    }

    /// <summary>Marks cells differing from the background by more than the threshold, and learns the frame in the same pass.</summary>
    private int DifferenceAndLearn()
    {
        var threshold = (float)_options.Threshold;
        var rate = _learningRate;
        var blurred = _blurred.AsSpan();
        var background = _background.AsSpan(0, blurred.Length);
        var mask = _mask.AsSpan(0, blurred.Length);
        var foreground = _foreground.AsSpan(0, blurred.Length);
        var changed = 0;
        for (var i = 0; i < blurred.Length; i++)
        {
            var diff = blurred[i] - background[i];
            var moved = mask[i] == 0 && MathF.Abs(diff) > threshold;
            background[i] += rate * diff;
            foreground[i] = moved ? (byte)1 : (byte)0;
            changed += moved ? 1 : 0;
        }
        return changed;
    }

    private void Learn(float rate)
    {
        for (var i = 0; i < _blurred.Length; i++) _background[i] += rate * (_blurred[i] - _background[i]);
    }

    /// <summary>Labels 8-connected areas and fills the component boxes; returns their count.</summary>
    private int Components(byte[] fg)
    {
        int w = _width, h = _height;
        var count = _labeler.Label(fg, w, h);
        for (var c = 0; c < count; c++)
        {
            _compX0[c] = int.MaxValue;
            _compY0[c] = int.MaxValue;
            _compX1[c] = -1;
            _compY1[c] = -1;
        }
        var labels = _labeler.Labels;
        for (var y = 0; y < h; y++)
        {
            var r = y * w;
            for (var x = 0; x < w; x++)
            {
                var slot = labels[r + x] - 1;
                if (slot < 0) continue;
                if (x < _compX0[slot]) _compX0[slot] = x;
                if (x > _compX1[slot]) _compX1[slot] = x;
                if (y < _compY0[slot]) _compY0[slot] = y;
                _compY1[slot] = y;
            }
        }
        return count;
    }

    /// <summary>Merges boxes closer than <paramref name="gap"/> cells: one person's head and legs are one region.</summary>
    private int MergeClose(int count, int gap)
    {
        var merged = true;
        while (merged)
        {
            merged = false;
            for (var i = 0; i < count && !merged; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    if (_compX0[j] - _compX1[i] > gap || _compX0[i] - _compX1[j] > gap
                        || _compY0[j] - _compY1[i] > gap || _compY0[i] - _compY1[j] > gap)
                    {
                        continue;
                    }
                    _compX0[i] = Math.Min(_compX0[i], _compX0[j]);
                    _compY0[i] = Math.Min(_compY0[i], _compY0[j]);
                    _compX1[i] = Math.Max(_compX1[i], _compX1[j]);
                    _compY1[i] = Math.Max(_compY1[i], _compY1[j]);
                    count--;
                    _compX0[j] = _compX0[count];
                    _compY0[j] = _compY0[count];
                    _compX1[j] = _compX1[count];
                    _compY1[j] = _compY1[count];
                    merged = true;
                    break;
                }
            }
        }
        return count;
    }
}
