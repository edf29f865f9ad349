using System.Text;

namespace EdgeAgent.Plates;

/// <summary>
/// One plate format: a set of fixed-length templates where each position is a letter, a digit, either, or a literal.
/// Pattern syntax (spaces ignored): <c>l</c> letter, <c>d</c> digit, <c>a</c> letter or digit, an upper-case letter or
/// a digit stands for itself; <c>{n}</c> or <c>{m,n}</c> repeats the token before it. <c>"l{2}d{4}l{2}"</c> is the
/// Ukrainian standard plate.
/// </summary>
public sealed class PlateGrammar
{
    private const int MaxTemplates = 256;

    private readonly List<char[]> _templates = [];
    private readonly string? _preferredLetters;

    /// <summary>Builds a grammar; throws <see cref="ArgumentException"/> naming the grammar and pattern when one is malformed.</summary>
    /// <param name="id">Id reported with each read (<c>ua_2004</c>, <c>eu_generic</c>).</param>
    /// <param name="patterns">One or more patterns; a read fits the grammar when it fits any of them.</param>
    /// <param name="prior">How much a fit is worth, 0..1: a strict national format is worth more than a loose generic one.</param>
    /// <param name="preferredLetters">Letters expected at letter positions; others are accepted at a small cost (vanity and special series).</param>
    /// <param name="maxCorrections">Most look-alike corrections a read may need and still fit.</param>
    /// <param name="requireLetterAndDigit">True when a fit needs at least one letter and one digit (generic formats, so words and numbers alone do not fit).</param>
    /// <param name="generic">True for a format that says little about a plate (any letters and digits): at one place a read fitting a specific format beats it.</param>
    public PlateGrammar(string id, IReadOnlyList<string> patterns, float prior = 1f, string? preferredLetters = null,
        int maxCorrections = 2, bool requireLetterAndDigit = false, bool generic = false)
    {
        Generic = generic;
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Count == 0) throw new ArgumentException($"plate grammar '{id}': no patterns", nameof(patterns));
        if (prior is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(prior), prior, $"plate grammar '{id}': prior must be in (0, 1]");
        Id = id;
        Patterns = patterns;
        Prior = prior;
        MaxCorrections = maxCorrections;
        RequireLetterAndDigit = requireLetterAndDigit;
        _preferredLetters = preferredLetters;
        foreach (var p in patterns) Expand(id, p);
    }

    /// <summary>Id reported with each read that fits.</summary>
    public string Id { get; }

    /// <summary>The patterns as written.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Weight of a fit, 0..1.</summary>
    public float Prior { get; }

    /// <summary>Most corrections a fit may need.</summary>
    public int MaxCorrections { get; }

    /// <summary>True when a fit needs at least one letter and one digit.</summary>
    public bool RequireLetterAndDigit { get; }

    /// <summary>True for a format that says little about a plate (any letters and digits).</summary>
    public bool Generic { get; }

    /// <summary>Shortest text that can fit.</summary>
    public int MinLength { get; private set; } = int.MaxValue;

    /// <summary>Longest text that can fit.</summary>
    public int MaxLength { get; private set; }

    /// <summary>Cost of each look-alike correction.</summary>
    internal const float CorrectionFactor = 0.85f;

    /// <summary>Cost of each letter outside the preferred set.</summary>
    internal const float NonPreferredFactor = 0.93f;

    /// <summary>Cost of a letter/digit correction the recogniser did not consider (see <see cref="TryMatch(string, ReadOnlySpan{CtcAlternative}, out string, out float, out List{PlateCorrection})"/>).</summary>
    internal const float UnsupportedFactor = 0.7f;

    /// <summary>Smallest score of a recogniser's second choice that may stand in for the first at a letter or digit position.</summary>
    internal const float AlternativeMinScore = 0.05f;

    /// <summary>
    /// Fits <paramref name="text"/> (normalised: A-Z, 0-9) to the best template, correcting look-alikes where the template
    /// says letter or digit. Returns false when no template fits within <see cref="MaxCorrections"/>.
    /// </summary>
    public bool TryMatch(string text, out string corrected, out float factor, out List<PlateCorrection> corrections) =>
        TryMatch(text, default, out corrected, out factor, out corrections);

    /// <summary>
    /// As <see cref="TryMatch(string, out string, out float, out List{PlateCorrection})"/>, with the recogniser's second
    /// choice per character (<paramref name="alternatives"/>, aligned with <paramref name="text"/>, or empty). Where the
    /// character is of the wrong kind for its position, a second choice of the right kind scoring at least
    /// <see cref="AlternativeMinScore"/> replaces it at the usual correction cost; otherwise the look-alike table does, and
    /// when second choices are known a look-alike the recogniser did not consider costs <see cref="UnsupportedFactor"/> more.
    /// So a clearly printed B stays a B (B8233XA read as a
    /// generic plate rather than forced into the 1995 format as 88233XA), while OOOO still becomes 0000.
    /// </summary>
    public bool TryMatch(string text, ReadOnlySpan<CtcAlternative> alternatives, out string corrected, out float factor, out List<PlateCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(text);
        corrected = text;
        factor = 0;
        corrections = [];
        if (text.Length < MinLength || text.Length > MaxLength) return false;
        if (RequireLetterAndDigit && !HasLetterAndDigit(text)) return false;
        Span<char> buffer = stackalloc char[text.Length];
        Span<char> best = stackalloc char[text.Length];
        var bestFactor = 0f;
        var found = false;
        foreach (var t in _templates)
        {
            if (t.Length != text.Length) continue;
            if (!TryFit(text, t, alternatives, buffer, out var f)) continue;
            if (f > bestFactor)
            {
                bestFactor = f;
                buffer.CopyTo(best);
                found = true;
            }
        }
        if (!found) return false;
        corrected = new string(best);
        for (var i = 0; i < text.Length; i++)
        {
            if (best[i] != text[i]) corrections.Add(new PlateCorrection(i, text[i], best[i]));
        }
        factor = bestFactor;
        return true;
    }

    private bool TryFit(string text, char[] template, ReadOnlySpan<CtcAlternative> alternatives, Span<char> output, out float factor)
    {
        factor = Prior;
        var fixes = 0;
        var hasAlt = alternatives.Length == text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var want = template[i];
            var o = c;
            switch (want)
            {
                case 'l' or 'd' when IsDigit(c) == (want == 'd'):
                    break;
                case 'l' or 'd':
                    var lookAlike = want == 'd' ? PlateConfusions.LetterAsDigit(c) : PlateConfusions.DigitAsLetter(c);
                    var alt = hasAlt ? alternatives[i] : default;
                    if (lookAlike != '\0' && SameGlyph(c, lookAlike)) o = lookAlike;
                    else if (alt.Glyph != '\0' && alt.Score >= AlternativeMinScore && IsDigit(alt.Glyph) == (want == 'd')) o = alt.Glyph;
                    else
                    {
                        o = lookAlike;
                        if (o == '\0') return false;
                        if (hasAlt) factor *= UnsupportedFactor;
                    }
                    break;
                case 'a':
                    break;
                default:
                    if (c != want && PlateConfusions.LetterAsDigit(c) != want && PlateConfusions.DigitAsLetter(c) != want) return false;
                    o = want;
                    break;
            }
            if (o != c)
            {
                if (++fixes > MaxCorrections) return false;
                factor *= CorrectionFactor;
            }
            if (want == 'l' && _preferredLetters is not null && !_preferredLetters.Contains(o, StringComparison.Ordinal)) factor *= NonPreferredFactor;
            output[i] = o;
        }
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // Plate fonts draw these pairs alike, so the recogniser's choice between them carries no information.
    private static bool SameGlyph(char a, char b) => (a, b) is ('O', '0') or ('0', 'O') or ('I', '1') or ('1', 'I');

    private static bool HasLetterAndDigit(string text)
    {
        bool letter = false, digit = false;
        foreach (var c in text)
        {
            if (IsDigit(c)) digit = true;
            else letter = true;
        }
        return letter && digit;
    }

    private void Expand(string id, string pattern)
    {
        // Parse into (token, min, max) runs, then take the cartesian product of run lengths.
        var runs = new List<(char Token, int Min, int Max)>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == ' ') continue;
            if (c is 'l' or 'd' or 'a' or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                runs.Add((c, 1, 1));
                continue;
            }
            if (c == '{' && runs.Count > 0)
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0) throw Bad(id, pattern, "unclosed '{'");
                var body = pattern[(i + 1)..close];
                var comma = body.IndexOf(',', StringComparison.Ordinal);
                var okMin = int.TryParse(comma < 0 ? body : body[..comma], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min);
                var max = min;
                var okMax = comma < 0 || int.TryParse(body[(comma + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out max);
                if (!okMin || !okMax || min < 1 || max < min || max > 12) throw Bad(id, pattern, $"bad repeat '{{{body}}}'");
                var last = runs[^1];
                if (last.Min != 1 || last.Max != 1) throw Bad(id, pattern, "a repeat must follow a single token");
                runs[^1] = (last.Token, min, max);
                i = close;
                continue;
            }
            throw Bad(id, pattern, $"unexpected '{c}' at {i} (use l, d, a, A-Z, 0-9 and {{m,n}})");
        }
        if (runs.Count == 0) throw Bad(id, pattern, "empty");
        var current = new StringBuilder();
        Product(id, pattern, runs, 0, current);
    }

    private void Product(string id, string pattern, List<(char Token, int Min, int Max)> runs, int index, StringBuilder current)
    {
        if (index == runs.Count)
        {
            if (_templates.Count >= MaxTemplates) throw Bad(id, pattern, $"expands to more than {MaxTemplates} layouts");
            var t = current.ToString().ToCharArray();
            _templates.Add(t);
            MinLength = Math.Min(MinLength, t.Length);
            MaxLength = Math.Max(MaxLength, t.Length);
            return;
        }
        var (token, min, max) = runs[index];
        for (var n = min; n <= max; n++)
        {
            current.Append(token, n);
            Product(id, pattern, runs, index + 1, current);
            current.Length -= n;
        }
    }

    private static ArgumentException Bad(string id, string pattern, string why) =>
        new($"plate grammar '{id}': pattern '{pattern}': {why}");

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{string.Join(" | ", Patterns)}]";
}
