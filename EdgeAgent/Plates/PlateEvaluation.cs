using System.Globalization;
using EdgeAgent.Imaging;

namespace EdgeAgent.Plates;

/// <summary>One labelled image of a plate data set (<c>plates.tsv</c>: image, plate text, box, layout, note).</summary>
public sealed record PlateSample(string Path, string Plate, string Layout);

/// <summary>Exact-match rate, character error rate and cost of a reader over a data set.</summary>
/// <param name="Images">Images read.</param>
/// <param name="Right">Images whose labelled plate is among the reads.</param>
/// <param name="CharErrors">Edit distance of the best grammar read to the label, summed.</param>
/// <param name="Chars">Characters in the labels, summed.</param>
/// <param name="DetectMs">Detection time, summed.</param>
/// <param name="RecogniseMs">Recognition time, summed.</param>
/// <param name="Lines">Lines recognised, summed.</param>
/// <param name="Misses">One line per image read wrong: label and the first reads.</param>
public sealed record PlateEvalResult(int Images, int Right, int CharErrors, int Chars, double DetectMs, double RecogniseMs, int Lines, IReadOnlyList<string> Misses)
{
    /// <summary>Right / Images.</summary>
    public double Exact => Images == 0 ? 0 : (double)Right / Images;

    /// <summary>Character error rate of the best grammar read.</summary>
    public double Cer => Chars == 0 ? 0 : (double)CharErrors / Chars;

    /// <summary>One line for people.</summary>
    public string Summary(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {Right}/{Images} = {Exact:P1} exact, CER {Cer:P1}; per image det {DetectMs / Math.Max(1, Images):0} ms, rec {RecogniseMs / Math.Max(1, Images):0} ms ({RecogniseMs / Math.Max(1, Lines):0.0} ms per line, {(double)Lines / Math.Max(1, Images):0.0} lines)");
}

/// <summary>
/// Measures a <see cref="PlateReader"/> on a labelled set the way the issue counts it: an image is right when its
/// labelled plate is among the reads <c>detect --kinds plates --min-score 0</c> prints (one per place); the character
/// error rate is that of the most confident read fitting a grammar.
/// </summary>
public static class PlateEvaluation
{
    /// <summary>The samples of <c>DIR/plates.tsv</c>, only those of <paramref name="layout"/> when given.</summary>
    public static IReadOnlyList<PlateSample> LoadSet(string dir, string? layout = null)
    {
        var tsv = System.IO.Path.Combine(dir, "plates.tsv");
        if (!File.Exists(tsv)) throw new FileNotFoundException($"{tsv}: no such file (a plate set is a folder with plates.tsv: image, plate, box, layout, note)", tsv);
        var list = new List<PlateSample>();
        var n = 0;
        foreach (var line in File.ReadLines(tsv))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new InvalidDataException($"{tsv}:{n}: expected image, plate, box, layout separated by tabs");
            if (layout is not null && f[3] != layout) continue;
            list.Add(new PlateSample(System.IO.Path.Combine(dir, f[0]), f[1], f[3]));
        }
        return list;
    }

    /// <summary>Reads every sample (images within <paramref name="limits"/>; with <paramref name="recogniser"/> in place of PP-OCR's when given) and scores the reads.</summary>
    public static PlateEvalResult Run(PlateReader reader, IReadOnlyList<PlateSample> samples, ImageLimits limits, ILineRecogniser? recogniser = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(samples);
        int right = 0, errors = 0, chars = 0, lines = 0;
        double det = 0, rec = 0;
        var misses = new List<string>();
        foreach (var s in samples)
        {
            var image = ImageCodec.DecodeFile(s.Path, limits);
            var reads = PlateReader.BestPerPlace(reader.Read(image, recogniser));
            det += reader.LastCost.Detect;
            rec += reader.LastCost.Recognise;
            lines += reader.LastCost.Lines;
            var found = false;
            string? best = null;
            foreach (var r in reads)
            {
                if (r.Read.Text == s.Plate) found = true;
                if (best is null && r.Read.FitsGrammar) best = r.Read.Text;
            }
            if (found) right++;
            else misses.Add($"{System.IO.Path.GetFileName(s.Path)}: {s.Plate} <- {string.Join(", ", reads.Take(4).Select(r => $"{r.Read.Text}/{r.Read.Grammar}/{r.Read.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}"))}");
            errors += Levenshtein(best ?? "", s.Plate);
            chars += s.Plate.Length;
        }
        return new PlateEvalResult(samples.Count, right, errors, chars, det, rec, lines, misses);
    }

    /// <summary>Edit distance (insertions, deletions, substitutions).</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
