using System.Globalization;

namespace EdgeAgent.Control.Bundles;

/// <summary>Dotted numeric versions (<c>3.3.7</c>, <c>2026.11.29.1</c>), compared number by number; a missing part is 0.</summary>
public static class BundleVersion
{
    /// <summary>Longest version accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Parses up to eight dot-separated non-negative numbers; a <c>+build</c> or <c>-tag</c> suffix of letters, digits,
    /// '.' and '-' is allowed and ignored. Anything else (spaces, ';', '/') refuses the whole version: it is printed,
    /// logged and written to state files, and a version like <c>3.3.7-evil; rm -rf /</c> must not pass as 3.3.7.
    /// </summary>
    public static bool TryParse(string? text, out long[] parts)
    {
        parts = [];
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength) return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '+')) return false;
        }
        var core = text.Split('+', '-')[0];
        var items = core.Split('.');
        if (items.Length is 0 or > 8) return false;
        var result = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!long.TryParse(items[i], NumberStyles.None, CultureInfo.InvariantCulture, out result[i])) return false;
        }
        parts = result;
        return true;
    }

    /// <summary>Negative when <paramref name="a"/> is older, 0 when equal, positive when newer; unparsable is oldest.</summary>
    public static int Compare(string? a, string? b)
    {
        var okA = TryParse(a, out var pa);
        var okB = TryParse(b, out var pb);
        if (!okA || !okB) return okA.CompareTo(okB);
        for (var i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            var x = i < pa.Length ? pa[i] : 0;
            var y = i < pb.Length ? pb[i] : 0;
            if (x != y) return x.CompareTo(y);
        }
        return 0;
    }
}
