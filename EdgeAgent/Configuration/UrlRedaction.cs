using System.Text.RegularExpressions;

namespace EdgeAgent.Configuration;

/// <summary>
/// The one place that finds the password in a URL's user info (<c>rtsp://user:password@host</c>), to refuse it in a
/// config and to mask it in anything printed or logged: config errors, check and detect output, ffmpeg's messages.
/// </summary>
public static partial class UrlRedaction
{
    /// <summary>What replaces a password.</summary>
    public const string Mask = "***";

    /// <summary>
    /// <paramref name="text"/> with the password of every URL in it masked; the text may be a URL or a whole message
    /// or log line that quotes one (ffmpeg writes the URL it was given into its errors).
    /// </summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("://", StringComparison.Ordinal) ? UserInfo().Replace(text, "${scheme}${user}:" + Mask + "@") : text;
    }

    /// <summary>The password of URL <paramref name="url"/> as written, or null when its user info has none.</summary>
    public static string? Password(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var m = UserInfo().Match(url);
        return m.Success && m.Index == 0 ? m.Groups["password"].Value : null;
    }

    // The password runs to the last '@' before the path, so one holding an unescaped '@' is still masked whole.
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)(?<user>[^\s:@/?#]*):(?<password>[^\s/?#]*)@")]
    private static partial Regex UserInfo();
}
