using System.Numerics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Plates;

/// <summary>One recognised line: its box, raw text, and per-character confidences (and CTC runner-ups, when known).</summary>
/// <param name="Quad">The line's box in image pixels.</param>
/// <param name="Raw">Text as recognised, before any grammar.</param>
/// <param name="Conf">One confidence per character of <paramref name="Raw"/>.</param>
/// <param name="Alt">Per character, the recogniser's second choice; null when the recogniser gives none (Tesseract).</param>
public readonly record struct PlateLine(TextQuad Quad, string Raw, float[] Conf, CtcAlternative[]? Alt = null);

/// <summary>Reads the text of one rectified line; the PP-OCR recogniser is built in, Tesseract is the baseline.</summary>
public interface ILineRecogniser
{
    /// <summary>The raw text of <paramref name="quad"/> in <paramref name="image"/>, with one confidence per character.</summary>
    string Recognise(RgbImage image, TextQuad quad, List<float> confidences);
}

/// <summary>
/// Reads text lines with PP-OCR's recogniser (<c>ppocr-rec-v4</c>): each box rectified to height 48, letterboxed into
/// 48×320 and decoded by greedy CTC, in batches of 1, 2, 4 or 8 lines. Each batch size has its own runner and
/// pre-allocated tensors, made on first use and kept. One caller at a time: the <see cref="PlateReader"/> holds the lock.
/// </summary>
public sealed class PlateLineRecogniser : ILineRecogniser, IDisposable
{
    /// <summary>Recogniser input height.</summary>
    public const int RecHeight = 48;

    /// <summary>Recogniser input width: PP-OCR's default; longer lines are squeezed into it.</summary>
    public const int RecWidth = 320;

    /// <summary>
    /// Narrowest width/height a line is read at. The recogniser gives one CTC step per 8 pixels and needs a blank between
    /// repeated glyphs: a foreshortened plate read at its own aspect (8 glyphs in ~70 pixels) loses one of each pair
    /// (AB733BH for AB7333BH), so narrow lines are stretched to this aspect first.
    /// </summary>
    public const float MinReadAspect = 3f;

    private static readonly int[] RecBatches = [1, 2, 4, 8];

    private readonly LoadedModel _model;
    private readonly PixelNormalization _norm;
    private readonly bool _bgr;
    private readonly CtcDecoder _ctc;
    private readonly ModelRunner?[] _runners = new ModelRunner?[RecBatches.Length];
    private readonly List<float> _charConf = new(32);
    private readonly List<CtcAlternative> _charAlt = new(32);
    private readonly byte[] _lineBuffer = new byte[RecWidth * RecHeight * 3];

    /// <summary>A recogniser over the registry's text recognition model; its labels are the character list.</summary>
    public PlateLineRecogniser(LoadedModel recogniser)
    {
        ArgumentNullException.ThrowIfNull(recogniser);
        var r = recogniser.Entry.Input;
        if (r.Layout != TensorLayout.Nchw) throw new ModelException(recogniser.Id, "PP-OCR models take NCHW input");
        if (r.Height is > 0 and not RecHeight) throw new ModelException(recogniser.Id, $"input height is {r.Height}, the reader feeds {RecHeight}");
        _model = recogniser;
        _norm = PixelNormalization.From(r.Scale, r.Mean, r.Std);
        _bgr = r.Bgr;
        _ctc = new CtcDecoder(recogniser.Labels);
        var classes = recogniser.Session.OutputMetadata[recogniser.Entry.Outputs[0]].Dimensions[^1];
        if (classes != _ctc.ClassCount)
        {
            throw new ModelException(recogniser.Id, $"outputs {classes} classes but its labels {recogniser.Entry.Labels} give {_ctc.ClassCount} (blank + keys + space)");
        }
    }

    /// <summary>Recognises one quad; returns the raw text and fills per-character confidences.</summary>
    public string Recognise(RgbImage image, TextQuad quad, List<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        var runner = Runner(0);
        using var lease = runner.Acquire();
        FillLine(lease.Fill, image, quad, lease.Input.Data.AsSpan(0, 3 * RecHeight * RecWidth));
        lease.Run();
        var output = lease.Outputs[0];
        return _ctc.Decode(output.Data, output.Dim(1), confidences);
    }

    /// <summary>
    /// Recognises every quad, adding to <paramref name="lines"/> those that read as some text. Lines go through the
    /// model in the largest batches that fit what is left (1, 2, 4, 8), so a crop with one plate pays for one line and a
    /// street photo with twenty boxes for three runs.
    /// </summary>
    public void RecogniseAll(RgbImage image, IReadOnlyList<TextQuad> quads, List<PlateLine> lines)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(lines);
        var plane = 3 * RecHeight * RecWidth;
        var next = 0;
        while (next < quads.Count)
        {
            var left = quads.Count - next;
            var b = 0;
            while (b + 1 < RecBatches.Length && RecBatches[b] < left) b++;
            var runner = Runner(b);
            using var lease = runner.Acquire();
            var batch = RecBatches[b];
            var count = Math.Min(batch, left);
            var input = lease.Input.Data;
            for (var i = 0; i < count; i++) FillLine(lease.Fill, image, quads[next + i], input.AsSpan(i * plane, plane));
            if (count < batch) input.AsSpan(count * plane).Clear();
            lease.Run();
            var output = lease.Outputs[0];
            var steps = output.Dim(1);
            var per = steps * output.Dim(2);
            for (var i = 0; i < count; i++)
            {
                var raw = _ctc.Decode(output.Data.AsSpan(i * per, per), steps, _charConf, _charAlt);
                if (raw.Length > 0) lines.Add(new PlateLine(quads[next + i], raw, [.. _charConf], [.. _charAlt]));
            }
            next += count;
        }
    }

    /// <summary>
    /// Samples <paramref name="quad"/> (a parallelogram: top-left, top-right, bottom-left) upright into
    /// <paramref name="dst"/>, whose size decides the output (height 48 for the recogniser, taller for Tesseract).
    /// </summary>
    public static void Rectify(RgbImage image, TextQuad quad, RgbImage dst)
    {
        // Destination pixel (x, y) samples the source at TL + du (x + 0.5) + dv (y + 0.5) - 0.5 (pixel centres).
        var du = (quad.TopRight - quad.TopLeft) / dst.Width;
        var dv = (quad.BottomLeft - quad.TopLeft) / dst.Height;
        var o = quad.TopLeft + 0.5f * (du + dv) - new Vector2(0.5f, 0.5f);
        var dstToSrc = new Affine2x3(du.X, dv.X, o.X, du.Y, dv.Y, o.Y);
        ImageOps.WarpAffine(image, dst, dstToSrc.Invert());
    }

    /// <summary>Width a line of this quad takes at recogniser height, capped at <see cref="RecWidth"/> (longer lines are squeezed).</summary>
    public static int LineWidth(TextQuad quad) =>
        Math.Clamp((int)MathF.Ceiling(RecHeight * Math.Max(MinReadAspect, quad.Width / Math.Max(1f, quad.Height))), 16, RecWidth);

    /// <summary>Releases the runners' tensors (the model stays with the registry).</summary>
    public void Dispose()
    {
        for (var i = 0; i < _runners.Length; i++)
        {
            _runners[i]?.Dispose();
            _runners[i] = null;
        }
    }

    private void FillLine(TensorFill fill, RgbImage image, TextQuad quad, Span<float> slot)
    {
        var line = new RgbImage(_lineBuffer, LineWidth(quad), RecHeight);
        Rectify(image, quad, line);
        // Letterboxed at scale 1 with the padding on the right, zero after normalisation: what PP-OCR's rec trained on.
        fill.Fill(line, PixelRect.Of(line.Width, line.Height), slot, RecWidth, RecHeight, TensorLayout.Nchw, _norm, ResizeMode.Letterbox, _bgr, centre: false);
    }

    private ModelRunner Runner(int batchIndex) =>
        _runners[batchIndex] ??= _model.CreateRunner([RecBatches[batchIndex], 3, RecHeight, RecWidth]);
}
