using System.Numerics;

namespace EdgeAgent.Plates;

/// <summary>
/// Turns recognised lines into plate reads: each line through the grammars, pieces of one line the detector split
/// joined left to right, and two stacked lines of one plate read top then bottom. Keeps no state between calls.
/// </summary>
public sealed class PlateAssembler
{
    /// <summary>An assembler fitting reads to <paramref name="grammars"/>.</summary>
    public PlateAssembler(PlateGrammars grammars)
    {
        ArgumentNullException.ThrowIfNull(grammars);
        Grammars = grammars;
    }

    /// <summary>The grammars reads are fitted to.</summary>
    public PlateGrammars Grammars { get; }

    /// <summary>
    /// Adds to <paramref name="results"/> the reads <paramref name="lines"/> make: every line of at least two characters,
    /// each joined row that fits a grammar, each two-line plate that fits a specific format. The joined rows are added to
    /// <paramref name="lines"/> (they count as lines read).
    /// </summary>
    public void Assemble(List<PlateLine> lines, List<PlateCandidate> results)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var line in lines)
        {
            var read = Grammars.Parse(line.Raw, line.Conf, line.Alt);
            if (read.Text.Length >= 2) results.Add(new PlateCandidate(read, line.Quad));
        }
        var singles = lines.Count;
        JoinRows(lines);
        for (var i = singles; i < lines.Count; i++)
        {
            var read = Grammars.Parse(lines[i].Raw, lines[i].Conf, lines[i].Alt);
            if (read.FitsGrammar) results.Add(new PlateCandidate(read, lines[i].Quad));
        }
        AddTwoLinePlates(lines, results);
    }

    /// <summary>
    /// One read per place: <paramref name="reads"/> (most confident first) without those lying mostly inside a better
    /// one (the pieces of a joined line, the lines of a two-line plate), and without those below <paramref name="minScore"/>.
    /// At one place a read fitting a specific format beats one fitting only a generic format, which beats one fitting
    /// none; confidence decides within a rank. Plate fonts make the recogniser most sure of exactly the wrong reads a
    /// format rejects (DPOOOOSS16 over DP0000SS), so the format decides first. Most confident first, as given.
    /// </summary>
    public static IReadOnlyList<PlateCandidate> BestPerPlace(IReadOnlyList<PlateCandidate> reads, float minScore = 0)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var order = new List<int>(reads.Count);
        for (var i = 0; i < reads.Count; i++)
        {
            if (reads[i].Read.Confidence >= minScore) order.Add(i);
        }
        order.Sort((a, b) =>
        {
            var rank = reads[b].Read.FitRank.CompareTo(reads[a].Read.FitRank);
            if (rank != 0) return rank;
            var conf = reads[b].Read.Confidence.CompareTo(reads[a].Read.Confidence);
            return conf != 0 ? conf : a.CompareTo(b);
        });
        var keep = new bool[reads.Count];
        var kept = new List<int>(order.Count);
        foreach (var i in order)
        {
            var box = reads[i].Quad.Bounds;
            var covered = false;
            foreach (var k in kept)
            {
                var o = reads[k].Quad.Bounds;
                var iw = Math.Min(box.Right, o.Right) - Math.Max(box.X, o.X);
                var ih = Math.Min(box.Bottom, o.Bottom) - Math.Max(box.Y, o.Y);
                if (iw > 0 && ih > 0 && iw * ih > 0.5f * Math.Min(box.Area, o.Area))
                {
                    covered = true;
                    break;
                }
            }
            if (covered) continue;
            kept.Add(i);
            keep[i] = true;
        }
        var result = new List<PlateCandidate>(kept.Count);
        for (var i = 0; i < reads.Count; i++)
        {
            if (keep[i]) result.Add(reads[i]);
        }
        return result;
    }

    // Pieces of one line the detector split (BE | 0886): joined left to right, added alongside the pieces.
    private static void JoinRows(List<PlateLine> lines)
    {
        var count = lines.Count;
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                if (i == j) continue;
                var a = lines[i].Quad.Bounds;
                var b = lines[j].Quad.Bounds;
                var h = Math.Max(a.H, b.H);
                if (b.X <= a.X || MathF.Abs(a.CenterY - b.CenterY) > 0.35f * h || MathF.Abs(a.H - b.H) > 0.35f * h) continue;
                var gap = b.X - a.Right;
                if (gap > 1.2f * h || gap < -0.3f * h) continue;
                var qa = lines[i].Quad;
                var qb = lines[j].Quad;
                var joined = new TextQuad(qa.TopLeft, qb.TopRight, qb.BottomRight, qa.BottomLeft, Math.Min(qa.Score, qb.Score));
                lines.Add(new PlateLine(joined, lines[i].Raw + lines[j].Raw, [.. lines[i].Conf, .. lines[j].Conf], Join(lines[i].Alt, lines[j].Alt)));
            }
        }
    }

    private static CtcAlternative[]? Join(CtcAlternative[]? a, CtcAlternative[]? b) => a is null || b is null ? null : [.. a, .. b];

    // A two-line plate is two boxes stacked with a small gap and overlapping columns: read top then bottom as one,
    // kept when it fits a specific format.
    private void AddTwoLinePlates(List<PlateLine> lines, List<PlateCandidate> results)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j) continue;
                var top = lines[i].Quad.Bounds;
                var bottom = lines[j].Quad.Bounds;
                if (bottom.CenterY <= top.CenterY) continue;
                var gap = bottom.Y - top.Bottom;
                var h = Math.Max(top.H, bottom.H);
                if (gap > 0.6f * h || gap < -0.5f * h) continue;
                var overlap = Math.Min(top.Right, bottom.Right) - Math.Max(top.X, bottom.X);
                if (overlap < 0.5f * Math.Min(top.W, bottom.W)) continue;
                var raw = lines[i].Raw + lines[j].Raw;
                float[] conf = [.. lines[i].Conf, .. lines[j].Conf];
                var read = Grammars.Parse(raw, conf, Join(lines[i].Alt, lines[j].Alt));
                // Two-line layouts are national formats (1234AA, the 1995 trucks): two stacked texts that only fit a
                // generic format are more often a plate and a sign or sticker (0000 over FART) than one plate.
                if (!read.Specific) continue;
                var a = lines[i].Quad;
                var b = lines[j].Quad;
                var box = new TextQuad(
                    new Vector2(Math.Min(a.TopLeft.X, b.BottomLeft.X), a.TopLeft.Y),
                    new Vector2(Math.Max(a.TopRight.X, b.BottomRight.X), a.TopRight.Y),
                    new Vector2(Math.Max(a.TopRight.X, b.BottomRight.X), b.BottomRight.Y),
                    new Vector2(Math.Min(a.TopLeft.X, b.BottomLeft.X), b.BottomLeft.Y),
                    Math.Min(a.Score, b.Score));
                results.Add(new PlateCandidate(read, box));
            }
        }
    }
}
