using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// A config document as JSON with its secrets redacted: values of keys that name secrets (password, key, key_file,
/// token, secret) and passwords in URLs (<c>rtsp://user:pass@host</c>) become <c>***</c>. Plain YAML scalars that are
/// numbers, booleans or null become JSON numbers, booleans and null (YAML 1.2 core schema), so <c>config.get</c> says
/// <c>"width":768</c>, not <c>"width":"768"</c>; quoted scalars stay strings.
/// </summary>
public static partial class ConfigRedaction
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = UrlRedaction.Mask;

    private static readonly string[] SecretKeys = ["password", "key", "key_file", "token", "secret", "psk"];

    /// <summary>Redacted JSON of YAML <paramref name="yaml"/>.</summary>
    public static JsonNode? ToJson(string yaml)
    {
        return Convert(ConfigLoader.LoadRoot(yaml, "config"), null);
    }

    /// <summary>Redacted YAML text (for support bundles): each secret value replaced in place.</summary>
    public static string ToYaml(string yaml)
    {
        var root = ConfigLoader.LoadRoot(yaml, "config");
        RedactInPlace(root, null);
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static bool IsSecretKey(string? key) => key is not null && Array.IndexOf(SecretKeys, key.ToLowerInvariant()) >= 0;

    private static JsonNode? Convert(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var o = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    var name = (k as YamlScalarNode)?.Value ?? k.ToString();
                    o[name] = Convert(v, name);
                }
                return o;
            case YamlSequenceNode seq:
                var a = new JsonArray();
                foreach (var item in seq.Children) a.Add(Convert(item, key));
                return a;
            case YamlScalarNode scalar:
                if (scalar.Value is null) return null;
                if (IsSecretKey(key)) return Mask;
                return scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && TryTyped(scalar.Value, out var typed) ? typed : UrlRedaction.Redact(scalar.Value);
            default:
                return null;
        }
    }

    // YAML 1.2 core schema, without its octal and hex forms (a zone named 0x1 stays text); a number whose digits would
    // not survive the round trip (a leading zero, as in an id "007") stays text, since the loader reads it as text too.
    private static bool TryTyped(string value, out JsonValue? typed)
    {
        typed = null;
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL": return true;
            case "true" or "True" or "TRUE": typed = JsonValue.Create(true); return true;
            case "false" or "False" or "FALSE": typed = JsonValue.Create(false); return true;
        }
        if (IntegerForm().IsMatch(value) && long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)) typed = JsonValue.Create(n);
        else if (FloatForm().IsMatch(value) && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) typed = JsonValue.Create(d);
        return typed is not null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)$")]
    private static partial System.Text.RegularExpressions.Regex IntegerForm();

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex FloatForm();

    private static void RedactInPlace(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children) RedactInPlace(v, (k as YamlScalarNode)?.Value);
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children) RedactInPlace(item, key);
                break;
            case YamlScalarNode scalar when scalar.Value is not null:
                scalar.Value = IsSecretKey(key) ? Mask : UrlRedaction.Redact(scalar.Value);
                break;
        }
    }
}
