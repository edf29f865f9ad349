using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// A config document as JSON with its secrets redacted: values of keys that name secrets (password, key, key_file,
/// token, secret) and passwords in URLs (<c>rtsp://user:pass@host</c>) become <c>***</c>.
/// </summary>
public static class ConfigRedaction
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
                return IsSecretKey(key) ? Mask : UrlRedaction.Redact(scalar.Value);
            default:
                return null;
        }
    }

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
