using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// A config document as JSON with its secrets redacted: values of keys that name secrets (password, key, key_file,
/// token, secret) and passwords in URLs (<c>rtsp://user:pass@host</c>) become <c>***</c>.
/// </summary>
public static class ConfigRedaction
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    private static readonly string[] SecretKeys = ["password", "key", "key_file", "token", "secret", "psk"];

    /// <summary>Redacted JSON of YAML <paramref name="yaml"/>.</summary>
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, null);
    }

    /// <summary>Redacted YAML text (for support bundles): each secret value replaced in place.</summary>
    public static string ToYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0) RedactInPlace(stream.Documents[0].RootNode, null);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>A URL with the password of its user info masked.</summary>
    public static string RedactUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0) return text;
        var user = uri.UserInfo.Split(':')[0];
        return text.Replace(uri.UserInfo + "@", user + ":" + Mask + "@", StringComparison.Ordinal);
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
                return IsSecretKey(key) ? Mask : RedactUrl(scalar.Value);
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
                scalar.Value = IsSecretKey(key) ? Mask : RedactUrl(scalar.Value);
                break;
        }
    }
}
