using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Faces;

/// <summary>
/// Decodes BlazeFace's SSD outputs: two anchor grids (MediaPipe's fixed-size anchors), score logits through a sigmoid,
/// box centre, size and six keypoints regressed in input pixels from the anchor centre, then weighted NMS (the
/// overlapping boxes of one face are averaged by score, which steadies the box and keypoints the aligner uses).
/// </summary>
public sealed class BlazeFaceDecoder
{
    private const int Values = 16;
    private readonly float[] _anchorX;
    private readonly float[] _anchorY;
    private readonly int _fine;
    private readonly Candidate[] _candidates;
    private readonly bool[] _used;

    /// <summary>Builds the anchors for an input of <paramref name="inputSize"/>² and the two grids' strides and anchors per cell.</summary>
    public BlazeFaceDecoder(int inputSize, int strideFine, int anchorsFine, int strideCoarse, int anchorsCoarse, float minScore = 0.5f, float nmsIou = 0.3f)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strideFine);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strideCoarse);
        InputSize = inputSize;
        MinScore = minScore;
        NmsIou = nmsIou;
        int gf = inputSize / strideFine, gc = inputSize / strideCoarse;
        _fine = gf * gf * anchorsFine;
        var total = _fine + gc * gc * anchorsCoarse;
        _anchorX = new float[total];
        _anchorY = new float[total];
        var i = 0;
        Grid(gf, strideFine, anchorsFine, ref i);
        Grid(gc, strideCoarse, anchorsCoarse, ref i);
        _candidates = new Candidate[total];
        _used = new bool[total];
    }

    /// <summary>
    /// Decoder for a model entry (decoder <c>blazeface</c>) from its decoder options and input size; <paramref name="minScore"/>
    /// overrides the manifest's lowest score.
    /// </summary>
    public static BlazeFaceDecoder For(ModelEntry entry, float? minScore = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Decoder != "blazeface") throw new ModelException(entry.Id, $"decoder '{entry.Decoder}' is not blazeface");
        if (entry.Input.Width != entry.Input.Height) throw new ModelException(entry.Id, $"BlazeFace needs a square input, the manifest says {entry.Input.Width}x{entry.Input.Height}");
        return new BlazeFaceDecoder(
            (int)entry.Input.Width,
            (int)entry.Option("stride_fine", 16), (int)entry.Option("anchors_fine", 2),
            (int)entry.Option("stride_coarse", 32), (int)entry.Option("anchors_coarse", 6),
            minScore ?? entry.Option("min_score", 0.5f), entry.Option("nms_iou", 0.3f));
    }

    /// <summary>Input side in pixels.</summary>
    public int InputSize { get; }

    /// <summary>Anchors on the fine grid.</summary>
    public int FineAnchors => _fine;

    /// <summary>Anchors on both grids.</summary>
    public int TotalAnchors => _anchorX.Length;

    /// <summary>Lowest score kept (after the sigmoid).</summary>
    public float MinScore { get; }

    /// <summary>Overlap above which boxes are merged as one face.</summary>
    public float NmsIou { get; }

    /// <summary>Centre of anchor <paramref name="i"/> in input pixels.</summary>
    public (float X, float Y) Anchor(int i) => (_anchorX[i], _anchorY[i]);

    /// <summary>
    /// The indices of the fine and coarse score and regressor outputs among <paramref name="outputs"/>, found by shape
    /// (the converter's output order is not something to rely on); throws naming the shapes when they do not fit.
    /// </summary>
    public (int FineScores, int CoarseScores, int FineBoxes, int CoarseBoxes) Locate(IReadOnlyList<FloatTensor> outputs, string modelId)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        int fs = -1, cs = -1, fb = -1, cb = -1;
        var coarse = TotalAnchors - _fine;
        for (var k = 0; k < outputs.Count; k++)
        {
            var t = outputs[k];
            var last = t.Shape[^1];
            var n = FloatTensor.ElementCount(t.Shape) / last;
            if (last == 1 && n == _fine) fs = k;
            else if (last == 1 && n == coarse) cs = k;
            else if (last == Values && n == _fine) fb = k;
            else if (last == Values && n == coarse) cb = k;
        }
        if (fs < 0 || cs < 0 || fb < 0 || cb < 0)
        {
            throw new ModelException(modelId, $"BlazeFace outputs {string.Join(", ", outputs.Select(o => FloatTensor.Describe(o.Shape)))} do not fit {_fine}+{coarse} anchors (scores [.., 1], regressors [.., {Values}]): check the decoder options' strides and anchors");
        }
        return (fs, cs, fb, cb);
    }

    /// <summary>
    /// Decodes one run: faces scoring at least <see cref="MinScore"/>, merged by weighted NMS, mapped back to the source
    /// through <paramref name="transform"/>, appended to <paramref name="into"/> best first.
    /// </summary>
    public void Decode(ReadOnlySpan<float> fineScores, ReadOnlySpan<float> coarseScores, ReadOnlySpan<float> fineBoxes, ReadOnlySpan<float> coarseBoxes,
        in InputTransform transform, List<FaceDetection> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var n = 0;
        // Compare logits, not probabilities: the sigmoid is monotonic, so only the survivors pay for it.
        var minLogit = MathF.Log(MinScore / (1 - MinScore));
        for (var i = 0; i < TotalAnchors; i++)
        {
            var fine = i < _fine;
            var j = fine ? i : i - _fine;
            var logit = fine ? fineScores[j] : coarseScores[j];
            if (logit < minLogit) continue;
            var r = (fine ? fineBoxes : coarseBoxes).Slice(j * Values, Values);
            var c = new Candidate { Score = Sigmoid(logit) };
            float ax = _anchorX[i], ay = _anchorY[i];
            float cx = ax + r[0], cy = ay + r[1], w = r[2], h = r[3];
            if (w <= 0 || h <= 0) continue;
            c.X1 = cx - w / 2;
            c.Y1 = cy - h / 2;
            c.X2 = cx + w / 2;
            c.Y2 = cy + h / 2;
            for (var k = 0; k < FaceLandmarks.Count; k++)
            {
                c.Set(k, ax + r[4 + 2 * k], ay + r[5 + 2 * k]);
            }
            _candidates[n++] = c;
        }
        var span = _candidates.AsSpan(0, n);
        span.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        _used.AsSpan(0, n).Clear();
        for (var i = 0; i < n; i++)
        {
            if (_used[i]) continue;
            ref readonly var best = ref span[i];
            // Weighted merge: every unused candidate overlapping the best one contributes by its score.
            var merged = default(Candidate);
            float wsum = 0;
            for (var k = i; k < n; k++)
            {
                if (_used[k]) continue;
                if (k != i && Iou(best, span[k]) <= NmsIou) continue;
                _used[k] = true;
                merged.Accumulate(span[k], span[k].Score);
                wsum += span[k].Score;
            }
            merged.Divide(wsum);
            into.Add(new FaceDetection(
                transform.ToSource(merged.X1, merged.Y1, merged.X2, merged.Y2),
                best.Score,
                new FaceLandmarks(
                    Point(merged, 0, transform), Point(merged, 1, transform), Point(merged, 2, transform),
                    Point(merged, 3, transform), Point(merged, 4, transform), Point(merged, 5, transform))));
        }
    }

    private static PointF Point(in Candidate c, int k, in InputTransform t) => new(t.ToSourceX(c.Kx(k)), t.ToSourceY(c.Ky(k)));

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-Math.Clamp(x, -100f, 100f)));

    private static float Iou(in Candidate a, in Candidate b)
    {
        var ix = Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1);
        var iy = Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1);
        if (ix <= 0 || iy <= 0) return 0;
        var inter = ix * iy;
        return inter / ((a.X2 - a.X1) * (a.Y2 - a.Y1) + (b.X2 - b.X1) * (b.Y2 - b.Y1) - inter);
    }

    private void Grid(int size, int stride, int perCell, ref int i)
    {
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                for (var a = 0; a < perCell; a++, i++)
                {
                    _anchorX[i] = (x + 0.5f) * stride;
                    _anchorY[i] = (y + 0.5f) * stride;
                }
            }
        }
    }

    /// <summary>A box and keypoints in input pixels while decoding.</summary>
    private struct Candidate
    {
        public float Score, X1, Y1, X2, Y2;
        public float K0X, K0Y, K1X, K1Y, K2X, K2Y, K3X, K3Y, K4X, K4Y, K5X, K5Y;

        public readonly float Kx(int k) => k switch { 0 => K0X, 1 => K1X, 2 => K2X, 3 => K3X, 4 => K4X, _ => K5X };

        public readonly float Ky(int k) => k switch { 0 => K0Y, 1 => K1Y, 2 => K2Y, 3 => K3Y, 4 => K4Y, _ => K5Y };

        public void Set(int k, float x, float y)
        {
            switch (k)
            {
                case 0: K0X = x; K0Y = y; break;
                case 1: K1X = x; K1Y = y; break;
                case 2: K2X = x; K2Y = y; break;
                case 3: K3X = x; K3Y = y; break;
                case 4: K4X = x; K4Y = y; break;
                default: K5X = x; K5Y = y; break;
            }
        }

        public void Accumulate(in Candidate c, float w)
        {
            X1 += w * c.X1;
            Y1 += w * c.Y1;
            X2 += w * c.X2;
            Y2 += w * c.Y2;
            for (var k = 0; k < FaceLandmarks.Count; k++) Set(k, Kx(k) + w * c.Kx(k), Ky(k) + w * c.Ky(k));
        }

        public void Divide(float w)
        {
            if (w <= 0) return;
            X1 /= w;
            Y1 /= w;
            X2 /= w;
            Y2 /= w;
            for (var k = 0; k < FaceLandmarks.Count; k++) Set(k, Kx(k) / w, Ky(k) / w);
        }
    }
}
