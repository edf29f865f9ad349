using System.Text;
using EdgeAgent.Configuration;

namespace EdgeAgent.Plates;

/// <summary>
/// The configured set of plate grammars and the normalisation in front of them: Cyrillic to Latin look-alikes, separators
/// and the blue <c>UA</c> strip dropped, then the best-fitting grammar picked with positional correction. Immutable
/// once built, so one instance serves every camera.
/// </summary>
/// <remarks>
/// Built-in formats (ids usable in config; <c>ua</c> and <c>eu</c> name groups):
/// <list type="bullet">
/// <item><c>ua_2004</c> <c>AA1234AA</c>: region, 4 digits, series; the 2004 system kept in the 2015 design. Cars, buses,
/// trucks and trailers use the same layout. Letters are the 12 Cyrillic look-alikes; others (Z, Y, D, S... seen on newer
/// and special series) are accepted at a small cost.</item>
/// <item><c>ua_1995</c> <c>12345AA</c> (written <c>123-45 AA</c>): the 1995–2004 system, five digits and a two-letter
/// region suffix, still on older cars and two-line truck plates.</item>
/// <item><c>ua_small</c> <c>1234AA</c>: the two-line motorcycle and square formats once their lines are joined top then
/// bottom (seen in the nomeroff multi-line set).</item>
/// <item><c>ua_diplomatic</c>: red plates with a prefix (CDP heads of mission, DP diplomatic staff, CC consular, S service
/// staff) and up to six digits including the three-digit mission code; <c>D</c> + six digits on older plates. Sources
/// disagree on the digit count, so this grammar is loose and weighted lower.</item>
/// <item><c>ua_military</c> <c>1234A5</c>: Armed Forces black plates, four digits, a letter, a digit (secondary sources;
/// weighted lower).</item>
/// <item><c>ua_vanity</c> (not in the default set): 3–8 letters or digits, individual plates. Too loose to separate plates
/// from other text, so opt in only where the plate region is already certain.</item>
/// <item><c>eu_generic</c>: 4–10 letters and digits with at least one of each, no correction (positions are unknown).</item>
/// <item><c>pl</c> <c>AB12345</c> / <c>ABC1234</c> and <c>de</c> <c>A-AB 1234</c> (2–5 letters, 1–4 digits): per-country
/// formats that decide O/0 and I/1 where the glyphs are identical.</item>
/// </list>
/// Not included: transit and temporary plates, whose layouts we could not confirm from the sources we could reach; they
/// fall to <c>eu_generic</c> at low confidence.
/// </remarks>
public sealed class PlateGrammars
{
    /// <summary>Confidence factor for a read that fits no grammar: reported, never silently changed.</summary>
    public const float NoGrammarFactor = 0.3f;

    /// <summary>Cost of each symbol the recogniser put in that is neither a letter, a digit nor a separator.</summary>
    public const float DroppedSymbolFactor = 0.95f;

    /// <summary>Cost of stripping a <c>UA</c> the recogniser read from the blue strip (the whole read wins ties).</summary>
    public const float StripFactor = 0.98f;

    /// <summary>A first or last character below this recogniser confidence may be dropped (see <see cref="Parse"/>).</summary>
    public const float EdgeGlyphBelow = 0.35f;

    /// <summary>Ids of the default set: Ukrainian formats first, then EU generic.</summary>
    public static IReadOnlyList<string> DefaultIds => PlateGrammarIds.Default;

    /// <summary>Every id <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> KnownIds => PlateGrammarIds.Known;

    private readonly PlateGrammar[] _grammars;

    /// <summary>A set of the given grammars, tried in order (ties go to the earlier one).</summary>
    public PlateGrammars(IEnumerable<PlateGrammar> grammars)
    {
        ArgumentNullException.ThrowIfNull(grammars);
        _grammars = [.. grammars];
        if (_grammars.Length == 0) throw new ArgumentException("at least one plate grammar is needed", nameof(grammars));
    }

    /// <summary>The grammars, in order.</summary>
    public IReadOnlyList<PlateGrammar> Grammars => _grammars;

    /// <summary>The default set (<see cref="DefaultIds"/>).</summary>
    public static PlateGrammars Default { get; } = Create(DefaultIds);

    /// <summary>Builds a set from built-in ids; throws naming the unknown id and listing the known ones.</summary>
    public static PlateGrammars Create(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = new List<PlateGrammar>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var g in BuiltIn(id))
            {
                if (seen.Add(g.Id)) list.Add(g);
            }
        }
        return new PlateGrammars(list);
    }

    /// <summary>The built-in grammar(s) an id names.</summary>
    public static IReadOnlyList<PlateGrammar> BuiltIn(string id) => id switch
    {
        "ua" => [Ua2004(), Ua1995(), UaSmall(), UaDiplomatic(), UaMilitary()],
        "eu" => [EuGeneric()],
        "ua_2004" => [Ua2004()],
        "ua_1995" => [Ua1995()],
        "ua_small" => [UaSmall()],
        "ua_diplomatic" => [UaDiplomatic()],
        "ua_military" => [UaMilitary()],
        "ua_vanity" => [new PlateGrammar("ua_vanity", ["a{3,8}"], prior: 0.45f, generic: true)],
        "eu_generic" => [EuGeneric()],
        "pl" => [new PlateGrammar("pl", ["l{2}d{5}", "l{3}d{4}", "l{2}d{4}l", "l{3}d{3}l{2}"], prior: 0.9f)],
        "de" => [new PlateGrammar("de", ["l{2,5}d{1,4}"], prior: 0.8f)],
        _ => throw new ArgumentException($"unknown plate grammar '{id}'; known: {string.Join(", ", KnownIds)}", nameof(id)),
    };

    // Four corrections: a plate font's 0 and O are the same glyph, so a block of zeros reads as O's (DP0000SS).
    private static PlateGrammar Ua2004() => new("ua_2004", ["l{2}d{4}l{2}"], 1f, PlateConfusions.UkrainianLetters, maxCorrections: 4);

    private static PlateGrammar Ua1995() => new("ua_1995", ["d{5}l{2}"], 0.9f, PlateConfusions.UkrainianLetters);

    private static PlateGrammar UaSmall() => new("ua_small", ["d{4}l{2}"], 0.85f, PlateConfusions.UkrainianLetters);

    private static PlateGrammar UaDiplomatic() => new("ua_diplomatic", ["CDPd{4,6}", "DPd{4,6}", "CCd{4,6}", "Sd{4,6}", "Dd{6}"], 0.75f, maxCorrections: 1);

    private static PlateGrammar UaMilitary() => new("ua_military", ["d{4}ld"], 0.75f, PlateConfusions.UkrainianLetters, maxCorrections: 1);

    private static PlateGrammar EuGeneric() => new("eu_generic", ["a{4,10}"], 0.6f, requireLetterAndDigit: true, generic: true);

    /// <summary>
    /// Normalises a recogniser read and fits it to the best grammar. <paramref name="charConfidences"/>, when given, holds
    /// one confidence per character of <paramref name="raw"/>; without it every character counts as certain.
    /// <paramref name="alternatives"/>, when given, holds the recogniser's second choice per character of <paramref name="raw"/>
    /// (see <see cref="PlateGrammar.TryMatch(string, ReadOnlySpan{CtcAlternative}, out string, out float, out List{PlateCorrection})"/>).
    /// </summary>
    public PlateRead Parse(string raw, ReadOnlySpan<float> charConfidences = default, ReadOnlySpan<CtcAlternative> alternatives = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var hasConf = charConfidences.Length == raw.Length && raw.Length > 0;
        var hasAlt = alternatives.Length == raw.Length && raw.Length > 0;
        var text = new StringBuilder(raw.Length);
        var conf = new List<float>(raw.Length);
        var alts = new List<CtcAlternative>(hasAlt ? raw.Length : 0);
        var symbolFactor = 1f;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = PlateConfusions.CyrillicToLatin(raw[i]);
            if (c is >= 'a' and <= 'z') c = (char)(c - 'a' + 'A');
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                text.Append(c);
                conf.Add(hasConf ? Math.Clamp(charConfidences[i], 0f, 1f) : 1f);
                if (hasAlt) alts.Add(new CtcAlternative(NormaliseChar(alternatives[i].Glyph), alternatives[i].Score));
            }
            else if (!IsSeparator(c))
            {
                symbolFactor *= DroppedSymbolFactor;
            }
        }
        var normalised = text.ToString();
        var confs = conf.ToArray();
        var altArray = alts.ToArray();

        PlateRead? best = null;
        Consider(normalised, confs, 0, normalised.Length, 1f);
        if (normalised.Length > 2 && normalised.StartsWith("UA", StringComparison.Ordinal)) Consider(normalised, confs, 2, normalised.Length - 2, StripFactor);
        if (normalised.Length > 2 && normalised.EndsWith("UA", StringComparison.Ordinal)) Consider(normalised, confs, 0, normalised.Length - 2, StripFactor);
        // A first or last character the recogniser barely saw is often the border, a bolt or the flag, not a glyph
        // (ENEBV043 for NEBV043): the read without it is tried too, at the cost of a stripped strip.
        if (hasConf && normalised.Length > 4 && confs[0] < EdgeGlyphBelow) Consider(normalised, confs, 1, normalised.Length - 1, StripFactor);
        if (hasConf && normalised.Length > 4 && confs[^1] < EdgeGlyphBelow) Consider(normalised, confs, 0, normalised.Length - 1, StripFactor);
        if (best is not null) return best;

        return new PlateRead
        {
            Text = normalised,
            Raw = raw,
            Grammar = PlateRead.NoGrammar,
            Confidence = Mean(confs) * symbolFactor * NoGrammarFactor,
            CharConfidences = confs,
        };

        void Consider(string all, float[] allConf, int start, int length, float stripFactor)
        {
            var candidate = all.Substring(start, length);
            var candidateConf = allConf.AsSpan(start, length);
            var candidateAlt = altArray.Length == allConf.Length ? altArray.AsSpan(start, length) : default;
            foreach (var g in _grammars)
            {
                if (!g.TryMatch(candidate, candidateAlt, out var corrected, out var factor, out var corrections)) continue;
                var charConf = candidateConf.ToArray();
                foreach (var fix in corrections) charConf[fix.Index] *= PlateGrammar.CorrectionFactor;
                var confidence = Mean(candidateConf) * factor * stripFactor * symbolFactor;
                if (best is not null && confidence <= best.Confidence) continue;
                best = new PlateRead
                {
                    Text = corrected,
                    Raw = raw,
                    Grammar = g.Id,
                    Specific = !g.Generic,
                    Confidence = confidence,
                    CharConfidences = charConf,
                    Corrections = corrections,
                };
            }
        }
    }

    /// <summary>The grammar a normalised text fits as it stands (no correction), or <see cref="PlateRead.NoGrammar"/>.</summary>
    public string GrammarOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var g in _grammars)
        {
            if (g.TryMatch(text, out var corrected, out _, out _) && corrected == text) return g.Id;
        }
        return PlateRead.NoGrammar;
    }

    // A second choice that is not a Latin capital or digit after normalisation cannot stand in for a character.
    private static char NormaliseChar(char c)
    {
        c = PlateConfusions.CyrillicToLatin(c);
        if (c is >= 'a' and <= 'z') c = (char)(c - 'a' + 'A');
        return c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '\0';
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '·' or '•' or '_' or '\t';

    private static float Mean(ReadOnlySpan<float> values)
    {
        if (values.Length == 0) return 0;
        var sum = 0f;
        foreach (var v in values) sum += v;
        return sum / values.Length;
    }
}
