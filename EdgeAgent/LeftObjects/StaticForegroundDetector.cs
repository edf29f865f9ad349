using EdgeAgent.Configuration;
using EdgeAgent.Imaging;

namespace EdgeAgent.LeftObjects;

/// <summary>A connected area of static foreground: something that arrived and stopped.</summary>
/// <param name="Box">Box in frame pixels.</param>
/// <param name="Pixels">Pixels of the blob in the detector's small grey image.</param>
/// <param name="Age">Largest static evidence (seconds) of its pixels: how long it has been still, less the fast background's delay.</param>
/// <param name="Ghost">
/// True when the outline is in the old scene, not the frame: something that stood there left (or was there on the
/// first frame). A removal, not an arrival; the caller usually <see cref="StaticForegroundDetector.Absorb"/>s it.
/// </param>
public readonly record struct StaticBlob(BoxF Box, int Pixels, float Age, bool Ghost);

/// <summary>
/// Finds objects that arrived and stayed, whatever they are, with two backgrounds of a small grey copy of the frame: a
/// fast one that takes in anything that stops within seconds and a slow one that keeps the empty scene. A pixel that
/// differs from the slow background but matches the fast one has stopped; evidence of that accumulates per pixel in
/// seconds of stream time (held while someone walks over it, cleared when the scene shows again), and pixels with
/// enough of it form blobs, kept when their size, shape and place fit. The slow background learns only where it
/// still sees its own scene, so a stopped object stays foreground until <see cref="Absorb"/> or a long leak takes
/// it in. Only a change that came in one step counts (light drifting out of the slow background's band is followed
/// instead), and the first frame's values count as the scene only once they have been seen to stay. Buffers are sized
/// on the first frame; the per-frame path allocates nothing.
/// </summary>
public sealed class StaticForegroundDetector
{
    private const int MaxComponents = 256;

    /// <summary>
    /// Seconds the frame must have matched a pixel's slow background before that value is trusted as the scene. The
    /// first frame (or the one after a scene change) is only a guess: people walking through it leave their outline
    /// in it, and when they move on the floor behind them would stay "static foreground" for good.
    /// </summary>
    private const float TrustAfter = 1.5f;

    /// <summary>
    /// Seconds between updates of the colour background. Colour only judges blobs (is it light or shadow?), so the
    /// scene's colour is sampled once a second rather than on every frame the grey backgrounds need.
    /// </summary>
    private const double ColourEvery = 1.0;

    // A shadow darkens the floor it falls on to 40-92 % and a patch of light brightens it to 108-250 %, keeping its
    // colour and, cell by cell, its texture scaled by one factor; a bag brings its own colour and texture. Below 40 %
    // (a dark bag on a lit floor) no shadow of the daytime scenes we know is that deep.
    private const float ShadowMin = 0.4f;
    private const float ShadowMax = 0.92f;
    private const float LightMin = 1.08f;
    private const float LightMax = 2.5f;

    /// <summary>Largest change of chromaticity (r and g of r+g+b, summed) a shadow or light patch makes: camera noise and white balance.</summary>
    private const float MaxChroma = 0.03f;

    /// <summary>Largest spread (coefficient of variation) of the per-cell brightness ratio: one factor over the whole blob.</summary>
    private const float MaxRatioSpread = 0.15f;

    private readonly StaticForegroundOptions _options;
    private readonly NormalizedPolygon[] _zones;
    private readonly NormalizedPolygon[] _exclude;
    private readonly double _leakTime;

    private int _frameWidth;
    private int _frameHeight;
    private int _width;
    private int _height;
    private int _inZone;
    private double _lastTime = double.NaN;

    private Imaging.GreyDownscaler? _downscaler;
    private byte[] _grey = [];
    private float[] _fast = [];
    private float[] _slow = [];
    private float[] _evidence = [];
    private float[] _trusted = [];
    private byte[] _sudden = [];
    private byte[] _zoneMask = [];
    private byte[] _static = [];
    private byte[] _cleaned = [];
    private ushort[] _boxTemp = [];
    private float[] _colour = [];
    private int[] _sampleAt = [];
    private byte[] _colourStale = [];
    private double _colourAt = double.NaN;
    private readonly Imaging.ComponentLabeler _labeler = new(MaxComponents);
    private readonly int[] _x0 = new int[MaxComponents];
    private readonly int[] _y0 = new int[MaxComponents];
    private readonly int[] _x1 = new int[MaxComponents];
    private readonly int[] _y1 = new int[MaxComponents];
    private readonly int[] _count = new int[MaxComponents];
    private readonly float[] _age = new float[MaxComponents];
    private readonly float[] _edgeNow = new float[MaxComponents];
    private readonly float[] _edgeBefore = new float[MaxComponents];

    // Per component: colour now and in the colour background (sums of r, g, b), and the per-cell brightness ratio to
    // the slow background (sum, sum of squares, cells).
    private readonly float[] _now = new float[MaxComponents * 3];
    private readonly float[] _before = new float[MaxComponents * 3];
    private readonly float[] _ratio = new float[MaxComponents];
    private readonly float[] _ratio2 = new float[MaxComponents];
    private readonly int[] _ratioCells = new int[MaxComponents];

    /// <summary>Creates a detector for one camera.</summary>
    /// <param name="options">Thresholds, time constants and blob filters.</param>
    /// <param name="zones">Areas where blobs count; empty means everywhere.</param>
    /// <param name="leakTime">Time constant with which the slow background takes in what it does not see (longer than the alarm's maximum age).</param>
    /// <param name="exclude">Areas left out even inside a zone.</param>
    public StaticForegroundDetector(StaticForegroundOptions options, IReadOnlyList<NormalizedPolygon> zones, TimeSpan leakTime, IReadOnlyList<NormalizedPolygon>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zones);
        _options = options;
        _zones = [.. zones];
        _exclude = exclude is null ? [] : [.. exclude];
        _leakTime = Math.Max(leakTime.TotalSeconds, options.SlowTime.TotalSeconds);
    }

    /// <summary>Width of the grey image (0 before the first frame).</summary>
    public int GreyWidth => _width;

    /// <summary>Height of the grey image (0 before the first frame).</summary>
    public int GreyHeight => _height;

    /// <summary>Fraction of the zone area that was static foreground on the last frame (before blob filters).</summary>
    public float StaticFraction { get; private set; }

    /// <summary>Blobs of the last frame that are ghosts (see <see cref="StaticBlob.Ghost"/>).</summary>
    public int GhostCount { get; private set; }

    /// <summary>Blobs of the last frame left out as the scene under a shadow or a patch of light.</summary>
    public int LightCount { get; private set; }

    /// <summary>Forgets both backgrounds: the next frame is the empty scene.</summary>
    public void Reset() => _lastTime = double.NaN;

    /// <summary>Learns one frame at stream time <paramref name="time"/> (seconds) and fills <paramref name="blobs"/> (cleared first).</summary>
    public void Process(RgbImage image, double time, List<StaticBlob> blobs)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        blobs.Clear();
        GhostCount = 0;
        LightCount = 0;
        StaticFraction = 0;
        EnsureSize(image.Width, image.Height);
        _downscaler!.Downscale(image, _grey);
        var dt = time - _lastTime;
        if (double.IsNaN(_lastTime) || dt < 0 || dt > 60)
        {
            // First frame, or the stream jumped: this frame is the scene now.
            Learn(1f);
            LearnColour(image, time, 1f);
            _lastTime = time;
            return;
        }
        _lastTime = time;
        if (dt == 0) return;

        var staticCount = Update((float)dt);
        if (time - _colourAt >= ColourEvery) LearnColour(image, time, 1f - MathF.Exp(-(float)(time - _colourAt) / (float)_options.SlowTime.TotalSeconds));
        if (_inZone == 0) return;
        StaticFraction = (float)staticCount / _inZone;
        if (StaticFraction > _options.SceneChange)
        {
            // Lights switched or the camera moved: the whole scene "stopped", which is no object.
            Learn(1f);
            LearnColour(image, time, 1f);
            return;
        }
        if (staticCount == 0) return;

        BinaryGrid.BoxCount(_static, _cleaned, _boxTemp, _width, _height, 5);
        var count = Components(_cleaned);
        Describe(count, image);
        var total = (float)(_width * _height);
        var sx = (float)_frameWidth / _width;
        var sy = (float)_frameHeight / _height;
        for (var i = 0; i < count; i++)
        {
            var w = _x1[i] - _x0[i] + 1;
            var h = _y1[i] - _y0[i] + 1;
            var area = _count[i] / total;
            if (area < _options.MinArea || area > _options.MaxArea) continue;
            if (Math.Max((float)w / h, (float)h / w) > _options.MaxAspect) continue;
            if ((float)_count[i] / (w * h) < _options.MinFill) continue;
            // Touching the frame edge: only part of it is in view (a car driving in), too little to judge.
            if (_x0[i] == 0 || _y0[i] == 0 || _x1[i] == _width - 1 || _y1[i] == _height - 1) continue;
            var ghost = _edgeBefore[i] > 1.5f * _edgeNow[i];
            if (!ghost && _options.RejectLight && IsLight(i))
            {
                LightCount++;
                continue;
            }
            GhostCount += ghost ? 1 : 0;
            blobs.Add(new StaticBlob(new BoxF(_x0[i] * sx, _y0[i] * sy, w * sx, h * sy), _count[i], _age[i], ghost));
        }
    }

    /// <summary>Takes the current frame into the slow background inside <paramref name="box"/> (frame pixels): the object there is scenery now.</summary>
    public void Absorb(BoxF box)
    {
        if (_width == 0) return;
        var sx = (float)_width / _frameWidth;
        var sy = (float)_height / _frameHeight;
        var x0 = Math.Clamp((int)MathF.Floor(box.X * sx), 0, _width - 1);
        var y0 = Math.Clamp((int)MathF.Floor(box.Y * sy), 0, _height - 1);
        var x1 = Math.Clamp((int)MathF.Ceiling(box.Right * sx), 0, _width - 1);
        var y1 = Math.Clamp((int)MathF.Ceiling(box.Bottom * sy), 0, _height - 1);
        AbsorbCells(x0, y0, x1, y1);
    }

    private void AbsorbCells(int x0, int y0, int x1, int y1)
    {
        for (var y = y0; y <= y1; y++)
        {
            for (var i = (y * _width) + x0; i <= (y * _width) + x1; i++)
            {
                _slow[i] = _grey[i];
                _fast[i] = _grey[i];
                _evidence[i] = 0;
                _trusted[i] = TrustAfter;
                _sudden[i] = 0;
                _colourStale[i] = 1;
            }
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
        _fast = new float[n];
        _slow = new float[n];
        _evidence = new float[n];
        _trusted = new float[n];
        _sudden = new byte[n];
        _static = new byte[n];
        _cleaned = new byte[n];
        _boxTemp = new ushort[n];
        _colour = new float[3 * n];
        _sampleAt = new int[n];
        _colourStale = new byte[n];
        for (var y = 0; y < _height; y++)
        {
            var fy = Math.Min(frameHeight - 1, (int)((y + 0.5) * frameHeight / _height));
            for (var x = 0; x < _width; x++)
            {
                var fx = Math.Min(frameWidth - 1, (int)((x + 0.5) * frameWidth / _width));
                _sampleAt[(y * _width) + x] = ((fy * frameWidth) + fx) * 3;
            }
        }
        _zoneMask = new byte[n];
        if (_zones.Length == 0) Array.Fill(_zoneMask, (byte)1);
        foreach (var z in _zones) z.Rasterize(_zoneMask, _width, _height, 1);
        foreach (var e in _exclude) e.Rasterize(_zoneMask, _width, _height, 0);
        _inZone = 0;
        foreach (var b in _zoneMask) _inZone += b;
        _lastTime = double.NaN;
    }

    private void Learn(float rate)
    {
        for (var i = 0; i < _grey.Length; i++)
        {
            _slow[i] += rate * (_grey[i] - _slow[i]);
            _fast[i] += rate * (_grey[i] - _fast[i]);
            _evidence[i] = 0;
            _trusted[i] = 0;
            _sudden[i] = 0;
        }
    }

    /// <summary>
    /// Blends the frame's colour (one pixel at each cell's centre) into the colour background where the grey one sees
    /// its own scene, and copies it where that scene is not yet trusted (the first frames, or after a reset) or was
    /// just absorbed (the object there is scenery now, its colour too).
    /// </summary>
    private void LearnColour(RgbImage image, double time, float rate)
    {
        _colourAt = time;
        var pixels = image.Data;
        var threshold = (float)_options.Threshold;
        for (var i = 0; i < _grey.Length; i++)
        {
            var copy = rate >= 1f || _trusted[i] < TrustAfter || _colourStale[i] != 0;
            _colourStale[i] = 0;
            if (!copy && (_evidence[i] > 0 || MathF.Abs(_grey[i] - _slow[i]) > threshold)) continue;
            var r = copy ? 1f : rate;
            var p = _sampleAt[i];
            var c = 3 * i;
            _colour[c] += r * (pixels[p] - _colour[c]);
            _colour[c + 1] += r * (pixels[p + 1] - _colour[c + 1]);
            _colour[c + 2] += r * (pixels[p + 2] - _colour[c + 2]);
        }
    }

    /// <summary>True when a component is the scene under a shadow or a light: one brightness factor, its colour kept.</summary>
    private bool IsLight(int slot)
    {
        var n = _ratioCells[slot];
        if (n < 4) return false;
        var mean = _ratio[slot] / n;
        var spread = MathF.Sqrt(MathF.Max(0, (_ratio2[slot] / n) - (mean * mean))) / mean;
        if (spread > MaxRatioSpread) return false;
        var c = 3 * slot;
        var now = _now[c] + _now[c + 1] + _now[c + 2];
        var before = _before[c] + _before[c + 1] + _before[c + 2];
        if (now <= 0 || before <= 0) return false;
        var k = now / before;
        if (k is not ((>= ShadowMin and <= ShadowMax) or (>= LightMin and <= LightMax))) return false;
        var chroma = MathF.Abs((_now[c] / now) - (_before[c] / before)) + MathF.Abs((_now[c + 1] / now) - (_before[c + 1] / before));
        return chroma <= MaxChroma;
    }

    /// <summary>Both backgrounds and the evidence in one pass; marks static cells and returns their count.</summary>
    private int Update(float dt)
    {
        var threshold = (float)_options.Threshold;
        var fastRate = 1f - MathF.Exp(-dt / (float)_options.FastTime.TotalSeconds);
        var slowRate = 1f - MathF.Exp(-dt / (float)_options.SlowTime.TotalSeconds);
        var leakRate = 1f - MathF.Exp(-dt / (float)_leakTime);
        var staticAfter = (float)_options.StaticAfter.TotalSeconds;
        var grey = _grey.AsSpan();
        var fast = _fast.AsSpan(0, grey.Length);
        var slow = _slow.AsSpan(0, grey.Length);
        var evidence = _evidence.AsSpan(0, grey.Length);
        var trusted = _trusted.AsSpan(0, grey.Length);
        var sudden = _sudden.AsSpan(0, grey.Length);
        var zone = _zoneMask.AsSpan(0, grey.Length);
        var marks = _static.AsSpan(0, grey.Length);
        var count = 0;
        for (var i = 0; i < grey.Length; i++)
        {
            float g = grey[i];
            var ds = g - slow[i];
            var df = g - fast[i];
            var newToSlow = MathF.Abs(ds) > threshold;
            var newToFast = MathF.Abs(df) > threshold;
            fast[i] += fastRate * df;
            var trust = trusted[i];
            if (trust < TrustAfter)
            {
                if (!newToSlow)
                {
                    trusted[i] = trust + dt;
                }
                else if (!newToFast)
                {
                    // Never confirmed, and what shows now has stayed: it is the scene, the old value a passer-by.
                    slow[i] = g;
                    evidence[i] = 0;
                    marks[i] = 0;
                    continue;
                }
            }
            // Something arrives in one step, so it differs from the fast background too for a moment; light that
            // drifts (sun, clouds, the camera's exposure) leaves the slow background's band without that step, and
            // the slow background follows it at the fast pace instead of calling it static.
            var jumped = newToSlow && (newToFast || sudden[i] != 0);
            sudden[i] = jumped ? (byte)1 : (byte)0;
            if (newToSlow && !jumped)
            {
                slow[i] += fastRate * ds;
                evidence[i] = 0;
                marks[i] = 0;
                continue;
            }
            slow[i] += (newToSlow ? leakRate : slowRate) * ds;
            // Scene seen again: whatever stood here is gone. Still against both: it stopped. Moving over it: hold,
            // so a crowd passing in front of a bag does not reset its clock.
            var e = newToSlow ? (newToFast ? evidence[i] : evidence[i] + dt) : 0f;
            evidence[i] = e;
            var on = e >= staticAfter && zone[i] != 0;
            marks[i] = on ? (byte)1 : (byte)0;
            count += on ? 1 : 0;
        }
        return count;
    }

    /// <summary>Labels 8-connected areas as component numbers 1..count; returns the count.</summary>
    private int Components(byte[] fg) => _labeler.Label(fg, _width, _height);

    /// <summary>Box, size, age and outline strength (now and in the slow background) of each component.</summary>
    private void Describe(int count, RgbImage image)
    {
        Array.Clear(_now, 0, 3 * count);
        Array.Clear(_before, 0, 3 * count);
        Array.Clear(_ratio, 0, count);
        Array.Clear(_ratio2, 0, count);
        Array.Clear(_ratioCells, 0, count);
        var pixels = image.Data;
        for (var s = 0; s < count; s++)
        {
            _x0[s] = int.MaxValue;
            _y0[s] = int.MaxValue;
            _x1[s] = -1;
            _y1[s] = -1;
            _count[s] = 0;
            _age[s] = 0;
            _edgeNow[s] = 0;
            _edgeBefore[s] = 0;
        }
        int w = _width, h = _height;
        var labels = _labeler.Labels;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                var slot = labels[i] - 1;
                if (slot < 0) continue;
                if (x < _x0[slot]) _x0[slot] = x;
                if (x > _x1[slot]) _x1[slot] = x;
                if (y < _y0[slot]) _y0[slot] = y;
                _y1[slot] = y;
                _count[slot]++;
                if (_evidence[i] > _age[slot]) _age[slot] = _evidence[i];
                var p = _sampleAt[i];
                var c = 3 * slot;
                _now[c] += pixels[p];
                _now[c + 1] += pixels[p + 1];
                _now[c + 2] += pixels[p + 2];
                _before[c] += _colour[3 * i];
                _before[c + 1] += _colour[(3 * i) + 1];
                _before[c + 2] += _colour[(3 * i) + 2];
                // Texture kept under a shadow: the same factor cell by cell. Near-black cells have no ratio to speak of.
                if (_slow[i] >= 16)
                {
                    var ratio = _grey[i] / _slow[i];
                    _ratio[slot] += ratio;
                    _ratio2[slot] += ratio * ratio;
                    _ratioCells[slot]++;
                }
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) continue;
                // Contrast across the outline, now and in the slow background, over the same pixel pairs: a real
                // object brings its outline with it; a ghost's outline is in the old scene only.
                Outline(i, i - 1, slot);
                Outline(i, i + 1, slot);
                Outline(i, i - w, slot);
                Outline(i, i + w, slot);
            }
        }
    }

    private void Outline(int inside, int outside, int slot)
    {
        if (_labeler.Labels[outside] != 0) return;
        _edgeNow[slot] += Math.Abs(_grey[inside] - _grey[outside]);
        _edgeBefore[slot] += MathF.Abs(_slow[inside] - _slow[outside]);
    }
}
