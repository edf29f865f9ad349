namespace EdgeAgent.Capture;

/// <summary>A camera's link now: online or offline, the short reason a technician can act on, and since when.</summary>
/// <param name="Online">True while frames arrive.</param>
/// <param name="Reason">Why it is offline (<see cref="CaptureLink.Classify"/>); "" while online.</param>
/// <param name="Since">When it went online or offline; an outage of many failed attempts keeps its first time.</param>
public sealed record CaptureLink(bool Online, string Reason, DateTimeOffset Since)
{
    /// <summary>
    /// Turns ffmpeg's last error into the cause a technician checks first (credentials, nothing listening, network,
    /// path), keeping ffmpeg's (already redacted) words after it so nothing is lost; an unknown error stays as it is.
    /// </summary>
    public static string Classify(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        string? cause =
            Code(reason, "401") || Has(reason, "Unauthorized") ? "HTTP 401 unauthorized: wrong user or password"
            : Code(reason, "403") || Has(reason, "Forbidden") ? "HTTP 403 forbidden: the user may not view this stream"
            : Code(reason, "404") ? "HTTP 404 not found: wrong stream path"
            : Has(reason, "Connection refused") ? "connection refused (nothing listening on that port?)"
            : Has(reason, "stalled") ? "timeout: stream stalled"
            : Has(reason, "timed out") || Has(reason, "Timeout") ? "timeout: camera did not answer"
            : Has(reason, "No route to host") || Has(reason, "Network is unreachable") ? "no route to host (network or address)"
            : Has(reason, "Name or service not known") || Has(reason, "name resolution") || Has(reason, "Failed to resolve") ? "host name not found"
            : Has(reason, "end of file") || reason == "stream ended" ? "end of file"
            : null;
        if (cause is null || reason == cause) return reason;
        return reason == "end of file" ? cause : $"{cause} ({reason})";
    }

    // A status code, not digits inside a port or an address.
    private static bool Code(string text, string code) => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\d.:]){code}(?![\d.])");

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
