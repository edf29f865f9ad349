using System.Text.RegularExpressions;
using EdgeAgent.Configuration;

namespace EdgeAgent.Cli;

/// <summary>
/// Masks secrets in free text bound for a support bundle (journal, log files, health and status output) by the rules
/// <see cref="Control.Commands.ConfigRedaction"/> applies to the config: values of keys naming secrets, passwords in
/// URLs, and whole PEM blocks.
/// </summary>
public static partial class LogRedaction
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = UrlRedaction.Mask;

    /// <summary><paramref name="text"/> with every secret it holds replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = PemBlock().Replace(text, m => $"-----BEGIN {m.Groups["kind"].Value}----- {Mask} -----END {m.Groups["kind"].Value}-----");
        // A log tail may start inside a key or end before its END line: the orphan halves are masked too.
        masked = PemOpenEnded().Replace(masked, m => $"-----BEGIN {m.Groups["kind"].Value}----- {Mask}");
        masked = PemTailOfBlock().Replace(masked, m => $"{Mask} -----END {m.Groups["kind"].Value}-----");
        masked = SecretValue().Replace(masked, m => m.Groups["value"].Value == Mask ? m.Value : m.Groups["head"].Value + Mask);
        masked = Bearer().Replace(masked, "${head}" + Mask);
        return UrlRedaction.Redact(masked);
    }

    [GeneratedRegex(@"-----BEGIN (?<kind>[A-Z0-9 ]+)-----.*?-----END [A-Z0-9 ]+-----", RegexOptions.Singleline)]
    private static partial Regex PemBlock();

    [GeneratedRegex(@"-----BEGIN (?<kind>[A-Z0-9 ]+)-----(?!\s\*\*\*\s-----END).*\z", RegexOptions.Singleline)]
    private static partial Regex PemOpenEnded();

    [GeneratedRegex(@"\A[A-Za-z0-9+/=\r\n]+-----END (?<kind>[A-Z0-9 ]+)-----")]
    private static partial Regex PemTailOfBlock();

    // The key names of ConfigRedaction (password, key, key_file, token, secret, psk) as the last word of a longer name
    // too (api_key, broker.password, MQTT_TOKEN), followed by = or : and the value, quoted (JSON, YAML) or bare.
    [GeneratedRegex(@"(?<head>\b[\w.-]*?(?:password|passwd|secret|token|key|key_file|psk)[""']?\s*[:=]\s*[""']?)(?<value>[^\s""',;}]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();

    [GeneratedRegex(@"(?<head>\b(?:Bearer|Basic)\s+)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();
}
