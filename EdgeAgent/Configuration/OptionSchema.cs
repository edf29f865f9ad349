using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EdgeAgent.Configuration;

/// <summary>
/// JSON Schema fragments for what <see cref="ConfigMap"/> accepts, and the whole document's schema
/// (<c>edgeagent config schema</c>, committed as <c>docs/config.schema.json</c>).
/// </summary>
public static class OptionSchema
{
    private const string ReferenceDef = "#/$defs/reference";

    /// <summary>The JSON Schema (2020-12) of the whole config file, indented, ending with a newline.</summary>
    public static string Document()
    {
        var schema = AgentOptions.Table.Schema();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "EdgeAgent configuration (edgeagent.yaml)",
        };
        foreach (var (k, v) in schema) root[k] = v?.DeepClone();
        root["$defs"] = new JsonObject
        {
            // Any single value may be an environment reference; the loader expands it before checking the value.
            ["reference"] = new JsonObject { ["type"] = "string", ["pattern"] = @"\$\{[^}]+\}", ["description"] = "${NAME}: the environment variable's value" },
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A single value: its own form, an explicit null (the default applies) or a <c>${NAME}</c> reference.</summary>
    internal static JsonObject Scalar(JsonObject form, string doc, JsonNode? fallback = null)
    {
        var schema = new JsonObject
        {
            ["description"] = doc,
            ["anyOf"] = new JsonArray(form, new JsonObject { ["type"] = "null" }, new JsonObject { ["$ref"] = ReferenceDef }),
        };
        if (fallback is not null) schema["default"] = fallback;
        return schema;
    }

    /// <summary>A section, or an explicit null (absent).</summary>
    internal static JsonObject Section(JsonObject form) => new()
    {
        ["anyOf"] = new JsonArray(form, new JsonObject { ["type"] = "null" }),
    };

    internal static JsonObject Whole(int min, int max) => new() { ["type"] = "integer", ["minimum"] = min, ["maximum"] = max };

    internal static JsonObject Number(double min, double max) => new() { ["type"] = "number", ["minimum"] = min, ["maximum"] = max };

    internal static JsonObject Flag() => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["type"] = "string", ["pattern"] = AnyCase("true", "false", "yes", "no", "on", "off") }),
    };

    internal static JsonObject Choice(IEnumerable<string> allowed)
    {
        var words = allowed.ToArray();
        return new JsonObject
        {
            // The enum offers completions in editors; the pattern accepts other cases, as the reader does.
            ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = new JsonArray([.. words.Select(w => JsonValue.Create(w))]) },
                new JsonObject { ["type"] = "string", ["pattern"] = AnyCase(words) }),
        };
    }

    internal static JsonObject Duration(TimeSpan min, TimeSpan max) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "number", ["minimum"] = min.TotalSeconds, ["maximum"] = max.TotalSeconds, ["description"] = "seconds" },
            new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*([mM][sS]|s|m|h|d)?\s*$", ["description"] = "30, 30s, 500ms, 5m, 2h, 7d" }),
    };

    /// <summary>Text: YAML may write a name that looks like a number or a yes/no, and the reader takes it as text.</summary>
    internal static JsonObject Text() => new() { ["type"] = new JsonArray("string", "number", "boolean") };

    /// <summary>A name reported in events (<see cref="ConfigMap.Name"/>): no control characters nor MQTT separators.</summary>
    internal static JsonObject Name() => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = 64, ["pattern"] = @"^[^\u0000-\u001f\u007f+#/]+$" }, new JsonObject { ["type"] = "number" }),
    };

    internal static JsonObject Strings() => new()
    {
        ["anyOf"] = new JsonArray(Text(), new JsonObject { ["type"] = "array", ["items"] = Text() }),
    };

    /// <summary>A secret reference: <c>env:NAME</c> or <c>file:/path</c>.</summary>
    internal static JsonObject Secret() => new() { ["type"] = "string", ["pattern"] = "^(env:.|file:.)" };

    /// <summary>A list of [x, y] points with coordinates within [min, max].</summary>
    internal static JsonObject Points(double min, double max, int minItems, int maxItems = int.MaxValue)
    {
        var schema = new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = minItems,
            ["items"] = new JsonObject { ["type"] = "array", ["minItems"] = 2, ["maxItems"] = 2, ["items"] = Number(min, max) },
        };
        if (maxItems != int.MaxValue) schema["maxItems"] = maxItems;
        return schema;
    }

    private static string AnyCase(params string[] words) =>
        "^(" + string.Join("|", words.Select(w => string.Concat(w.Select(c => char.IsLetter(c) ? $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]" : System.Text.RegularExpressions.Regex.Escape(c.ToString()))))) + ")$";
}
