using EdgeAgent.Configuration;

namespace EdgeAgent.Tampering;

/// <summary>A tamper alarm that started or ended on the last frame.</summary>
/// <param name="Type">Which kind of tampering.</param>
/// <param name="Started">True for a start, false for an end.</param>
/// <param name="Figures">The figures of the frame it happened on.</param>
/// <param name="Seconds">On an end: how long the alarm lasted; on a start: how long the condition had held.</param>
public readonly record struct TamperChange(TamperType Type, bool Started, TamperFigures Figures, double Seconds);

/// <summary>
/// Watches one camera's small grey image for tampering. It learns a reference over <see cref="CameraTamperOptions.Learn"/>
/// (texture per block, sharpness, the layout of local contrast, saturation, how well the view normally matches), then
/// compares every frame with it and refreshes it slowly while nothing is wrong. Buffers are sized on the first frame;
/// the per-frame path allocates nothing.
/// </summary>
public sealed class TamperDetector
{
    /// <summary>Blocks across the grey image; a third of the view is about 10 of them.</summary>
    private const int BlocksAcross = 32;

    /// <summary>A block whose grey levels vary less than this (σ) has no texture: sensor noise and compression only.</summary>
    private const float FlatSigma = 2.5f;

    /// <summary>A block textured in the reference (σ at least this) can go flat; flat ones (sky, a wall) cannot tell.</summary>
    private const float TexturedSigma = 5f;

    /// <summary>A block is flat when its σ fell under this share of its reference σ (and under <see cref="FlatSigma"/> × 2).</summary>
    private const float FlatShare = 0.15f;

    /// <summary>Grey level from which a pixel counts as saturated.</summary>
    private const byte SaturatedGrey = 250;

    /// <summary>Time constant of the current layout: long enough to blur walkers, short enough to see a turn in seconds.</summary>
    private const double CurrentSeconds = 1.0;

    /// <summary>How often the reference image (for snapshots) is copied again while the view is normal.</summary>
    private const double ReferenceImageEvery = 300;

    private readonly CameraTamperOptions _options;
    private readonly TamperCheckOptions[] _checks;
    private readonly Check[] _state = new Check[4];
    private readonly Lock _referenceGate = new();

    private int _width;
    private int _height;
    private int _block;
    private int _bw;
    private int _bh;
    private int[] _sum = [];
    private int[] _sumSq = [];
    private int[] _grad = [];
    private float[] _sigma = [];
    private float[] _current = [];
    private float[] _refSigma = [];
    private float[] _refLayout = [];
    private byte[] _referenceGrey = [];
    private byte[] _referenceCopy = [];
    private int _referenceWidth;
    private int _referenceHeight;
    private DateTimeOffset _referenceTime;

    private double _clock;
    private double _lastTime = double.NaN;
    private long _learned;
    private long _normalLearned;
    private double _refSharpness;
    private double _refSaturated;
    private double _structureNormal;
    private double _lastReferenceImage = double.NegativeInfinity;
    private bool _haveCurrent;
    private DateTimeOffset _captured;

    /// <summary>Creates a detector for one camera.</summary>
    public TamperDetector(CameraTamperOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _checks = [options.Blinded, options.Covered, options.Turned, options.Defocused];
    }

    /// <summary>The figures of the last frame.</summary>
    public TamperFigures Figures { get; private set; }

    /// <summary>True until the reference has been learned; no alarm starts before.</summary>
    public bool Learning => _clock < _options.Learn.TotalSeconds || _learned == 0;

    /// <summary>Seconds of reference learning done (stream time).</summary>
    public double LearnedSeconds => Math.Min(_clock, _options.Learn.TotalSeconds);

    /// <summary>True while an alarm of <paramref name="type"/> is open.</summary>
    public bool IsActive(TamperType type) => _state[(int)type].Active;

    /// <summary>Types with an open alarm, as flags (bit = <see cref="TamperType"/> value).</summary>
    public int ActiveMask
    {
        get
        {
            var mask = 0;
            for (var i = 0; i < _state.Length; i++) mask |= _state[i].Active ? 1 << i : 0;
            return mask;
        }
    }

    /// <summary>What health shows: <c>learning</c>, <c>ok</c>, or the open alarms (<c>covered</c>, <c>turned,defocused</c>).</summary>
    public string StateName
    {
        get
        {
            if (Learning) return "learning";
            var mask = ActiveMask;
            if (mask == 0) return "ok";
            return string.Join(',', TamperTypeNames.All.Where(t => (mask & (1 << (int)t)) != 0).Select(TamperTypeNames.Name));
        }
    }

    /// <summary>
    /// Analyses one grey frame taken at <paramref name="time"/> (stream seconds) and returns the alarm that started or
    /// ended on it, if any (at most one change per frame: the others follow on the next frames).
    /// </summary>
    /// <param name="grey">The grey image, row-major.</param>
    /// <param name="width">Its columns.</param>
    /// <param name="height">Its rows.</param>
    /// <param name="time">Stream seconds of the frame.</param>
    /// <param name="captured">Capture time of the frame: the reference image is dated with it.</param>
    public TamperChange? Process(ReadOnlySpan<byte> grey, int width, int height, double time, DateTimeOffset captured = default)
    {
        _captured = captured;
        ArgumentOutOfRangeException.ThrowIfLessThan(grey.Length, width * height, nameof(grey));
        EnsureSize(width, height);
        // Stream time may jump back (a loop, a reconnect): the detector keeps its own clock, which only moves forward.
        var dt = double.IsNaN(_lastTime) ? 0 : Math.Clamp(time - _lastTime, 0, 1);
        _lastTime = time;
        _clock += dt;

        var (brightness, contrast, saturated) = Measure(grey);
        var alpha = !_haveCurrent ? 1f : (float)(1 - Math.Exp(-dt / CurrentSeconds));
        _haveCurrent = true;
        var (flat, sharpness) = FlatAndSharpness();
        UpdateCurrentLayout(alpha);
        var structure = Correlation(_current, _refLayout);

        if (Learning)
        {
            LearnReference(saturated, sharpness, structure);
            Figures = new TamperFigures(brightness, contrast, 0, 1, structure, _structureNormal, saturated, _refSaturated);
            return null;
        }

        var figures = new TamperFigures(brightness, contrast, flat, _refSharpness > 0 ? sharpness / _refSharpness : 1, structure, _structureNormal, saturated, _refSaturated);
        Figures = figures;
        var change = Decide(figures);
        if (change is null && ActiveMask == 0 && !AnyHolding()) Refresh(grey, dt, saturated, sharpness, structure);
        return change;
    }

    /// <summary>Ends every open alarm (the stream ended); the reference is kept, it belongs to the camera's view.</summary>
    public void Flush(List<TamperChange> ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        for (var i = 0; i < _state.Length; i++)
        {
            ref var s = ref _state[i];
            if (s.Active) ended.Add(new TamperChange((TamperType)i, false, Figures, _clock - s.Since));
            s = default;
        }
        _lastTime = double.NaN;
        _haveCurrent = false;
    }

    /// <summary>
    /// Copies the reference grey image into <paramref name="destination"/> (resized as needed) and returns its size and
    /// when it was taken, or false while none has been learned. Safe from another thread.
    /// </summary>
    public bool TryCopyReference(ref byte[] destination, out int width, out int height, out DateTimeOffset taken)
    {
        lock (_referenceGate)
        {
            width = _referenceWidth;
            height = _referenceHeight;
            taken = _referenceTime;
            if (width == 0) return false;
            if (destination.Length != width * height) destination = new byte[width * height];
            _referenceCopy.AsSpan(0, width * height).CopyTo(destination);
            return true;
        }
    }

    private void EnsureSize(int width, int height)
    {
        if (width == _width && height == _height) return;
        _width = width;
        _height = height;
        // A block never larger than the image: a very wide stream makes a grey image only a few rows high.
        _block = Math.Min(Math.Max(2, width / BlocksAcross), Math.Max(1, Math.Min(width, height)));
        _bw = width / _block;
        _bh = height / _block;
        var n = _bw * _bh;
        _sum = new int[n];
        _sumSq = new int[n];
        _grad = new int[n];
        _sigma = new float[n];
        _current = new float[n];
        _refSigma = new float[n];
        _refLayout = new float[n];
        _referenceGrey = new byte[width * height];
        _referenceCopy = new byte[width * height];
        // A new size is a new camera as far as the reference goes.
        _learned = 0;
        _normalLearned = 0;
        _clock = 0;
        _haveCurrent = false;
        _structureNormal = 0;
        _refSharpness = 0;
        _refSaturated = 0;
        Array.Clear(_state);
    }

    /// <summary>One pass over the image: per-block sums, squares and gradients; whole-picture mean, σ and saturation.</summary>
    private (double Brightness, double Contrast, double Saturated) Measure(ReadOnlySpan<byte> grey)
    {
        Array.Clear(_sum);
        Array.Clear(_sumSq);
        Array.Clear(_grad);
        int w = _width, b = _block, bw = _bw;
        var usedW = bw * b;
        var usedH = _bh * b;
        long total = 0, totalSq = 0;
        var saturated = 0;
        for (var y = 0; y < usedH; y++)
        {
            var row = grey.Slice(y * w, w);
            var below = grey.Slice((y + 1 < _height ? y + 1 : y) * w, w);
            var blockRow = y / b * bw;
            for (var bx = 0; bx < bw; bx++)
            {
                int s = 0, sq = 0, g = 0;
                var x0 = bx * b;
                for (var x = x0; x < x0 + b; x++)
                {
                    int v = row[x];
                    s += v;
                    sq += v * v;
                    var dx = row[Math.Min(x + 1, w - 1)] - v;
                    var dy = below[x] - v;
                    g += (dx * dx) + (dy * dy);
                    saturated += v >= SaturatedGrey ? 1 : 0;
                }
                _sum[blockRow + bx] += s;
                _sumSq[blockRow + bx] += sq;
                _grad[blockRow + bx] += g;
            }
        }
        var perBlock = (float)(b * b);
        for (var i = 0; i < _sum.Length; i++)
        {
            total += _sum[i];
            totalSq += _sumSq[i];
            var mean = _sum[i] / perBlock;
            _sigma[i] = MathF.Sqrt(MathF.Max(0, (_sumSq[i] / perBlock) - (mean * mean)));
        }
        var pixels = (double)usedW * usedH;
        var m = total / pixels;
        return (m, Math.Sqrt(Math.Max(0, (totalSq / pixels) - (m * m))), saturated / pixels);
    }

    /// <summary>
    /// Covered: the share of the reference's textured blocks gone flat. Sharpness: gradient energy over variance on the
    /// textured blocks that are not flat; gain and offset cancel, and a blur of width s divides it by about s (the
    /// plain sum of absolute gradients would not move: an edge keeps its height when it widens).
    /// </summary>
    private (double Flat, double Sharpness) FlatAndSharpness()
    {
        int textured = 0, flat = 0;
        double grad = 0, sigma = 0;
        var learning = Learning;
        for (var i = 0; i < _sigma.Length; i++)
        {
            var reference = learning ? _sigma[i] : _refSigma[i];
            if (reference < TexturedSigma) continue;
            textured++;
            var s = _sigma[i];
            if (s < MathF.Max(FlatSigma, FlatShare * reference))
            {
                flat++;
                continue;
            }
            grad += _grad[i];
            sigma += s * s;
        }
        var perBlock = (double)(_block * _block);
        var sharpness = sigma > 0 ? grad / perBlock / sigma : 0;
        return (textured == 0 ? 0 : (double)flat / textured, sharpness);
    }

    /// <summary>The layout of local contrast (σ per block over the mean σ), smoothed over about a second.</summary>
    private void UpdateCurrentLayout(float alpha)
    {
        float mean = 0;
        for (var i = 0; i < _sigma.Length; i++) mean += _sigma[i];
        mean = Math.Max(mean / _sigma.Length, 0.5f);
        var inv = 1f / mean;
        for (var i = 0; i < _sigma.Length; i++) _current[i] += alpha * ((_sigma[i] * inv) - _current[i]);
    }

    private static double Correlation(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        var n = a.Length;
        for (var i = 0; i < n; i++)
        {
            double x = a[i], y = b[i];
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        var cov = sab - (sa * sb / n);
        var va = saa - (sa * sa / n);
        var vb = sbb - (sb * sb / n);
        return va <= 1e-9 || vb <= 1e-9 ? 0 : cov / Math.Sqrt(va * vb);
    }

    /// <summary>
    /// A cumulative mean over the learning time, so walkers and shadows average out. How well the view normally matches
    /// is learned over the second half, when the reference has mostly formed.
    /// </summary>
    private void LearnReference(double saturated, double sharpness, double structure)
    {
        _learned++;
        var rate = 1f / _learned;
        Blend(rate);
        _refSaturated += rate * (saturated - _refSaturated);
        _refSharpness += rate * (sharpness - _refSharpness);
        if (_clock >= _options.Learn.TotalSeconds / 2)
        {
            _normalLearned++;
            _structureNormal += (structure - _structureNormal) / _normalLearned;
        }
    }

    /// <summary>
    /// The slow refresh while the view is normal: lighting drift, a parked car, the seasons. The first normal frame after
    /// learning also gives the first reference image.
    /// </summary>
    private void Refresh(ReadOnlySpan<byte> grey, double dt, double saturated, double sharpness, double structure)
    {
        var rate = (float)(1 - Math.Exp(-dt / _options.Refresh.TotalSeconds));
        Blend(rate);
        _refSaturated += rate * (saturated - _refSaturated);
        _refSharpness += rate * (sharpness - _refSharpness);
        _structureNormal += rate * (structure - _structureNormal);
        if (_clock - _lastReferenceImage >= ReferenceImageEvery) CopyReferenceImage(grey);
    }

    private void Blend(float rate)
    {
        for (var i = 0; i < _sigma.Length; i++)
        {
            _refSigma[i] += rate * (_sigma[i] - _refSigma[i]);
            _refLayout[i] += rate * (_current[i] - _refLayout[i]);
        }
    }

    private void CopyReferenceImage(ReadOnlySpan<byte> grey)
    {
        _lastReferenceImage = _clock;
        var n = _width * _height;
        grey[..n].CopyTo(_referenceGrey);
        lock (_referenceGate)
        {
            _referenceGrey.AsSpan(0, n).CopyTo(_referenceCopy);
            _referenceWidth = _width;
            _referenceHeight = _height;
            _referenceTime = _captured;
        }
    }

    private bool AnyHolding()
    {
        for (var i = 0; i < _state.Length; i++)
        {
            if (_state[i].Holding) return true;
        }
        return false;
    }

    /// <summary>
    /// The state machine of each type with its minimum duration and hysteresis. A type is judged only while no type
    /// before it holds: a covered lens also loses structure and sharpness, and that is one alarm, not three.
    /// </summary>
    private TamperChange? Decide(in TamperFigures figures)
    {
        var masked = false;
        for (var i = 0; i < _state.Length; i++)
        {
            ref var s = ref _state[i];
            var check = _checks[i];
            var type = (TamperType)i;
            var value = figures.For(type);
            var higherIsWorse = type is TamperType.Covered or TamperType.Blinded;
            var beyondStart = higherIsWorse ? value >= check.Start : value <= check.Start;
            var beyondEnd = higherIsWorse ? value > check.End : value < check.End;
            if (!check.Enabled || masked)
            {
                // Held in place: neither starting nor clearing while a stronger condition explains the picture.
                s.Holding = false;
                s.Clearing = false;
                masked |= s.Active;
                continue;
            }
            if (!s.Active)
            {
                if (!beyondStart)
                {
                    s.Holding = false;
                    continue;
                }
                masked = true;
                if (!s.Holding)
                {
                    s.Holding = true;
                    s.Since = _clock;
                }
                if (_clock - s.Since < check.After.TotalSeconds) continue;
                var held = _clock - s.Since;
                s = new Check { Active = true, Since = _clock };
                return new TamperChange(type, true, figures, held);
            }
            masked = true;
            if (beyondEnd)
            {
                s.Clearing = false;
                continue;
            }
            if (!s.Clearing)
            {
                s.Clearing = true;
                s.ClearSince = _clock;
            }
            if (_clock - s.ClearSince < _options.Clear.TotalSeconds) continue;
            var lasted = _clock - s.Since;
            s = default;
            return new TamperChange(type, false, figures, lasted);
        }
        return null;
    }

    /// <summary>One type's state: holding (waiting out its minimum duration), active, clearing (waiting to end).</summary>
    private struct Check
    {
        public bool Active;
        public bool Holding;
        public bool Clearing;

        /// <summary>When it started holding, or when the alarm started once active.</summary>
        public double Since;
        public double ClearSince;
    }
}
