using System.Text.Json.Nodes;
using Json.Schema;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// One of the published payload schemas (docs/*.schema.json), for checking messages as a consumer would: validated by
/// JsonSchema.Net, and, stricter than the schema itself (which lets consumers ignore new fields), every field the agent
/// writes must be declared, so a field added in code without its schema fails a test.
/// </summary>
public sealed class MessageSchema
{
    private readonly Lazy<(JsonSchema Schema, JsonNode Document)> _loaded;

    private MessageSchema(string file)
    {
        File = file;
        _loaded = new(() =>
        {
            var text = System.IO.File.ReadAllText(PathOf(file));
            return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
        });
    }

    /// <summary>Every event kind (docs/events.schema.json).</summary>
    public static MessageSchema Events { get; } = new("events.schema.json");

    /// <summary>The retained state message.</summary>
    public static MessageSchema State { get; } = new("state.schema.json");

    /// <summary>The health report.</summary>
    public static MessageSchema Health { get; } = new("health.schema.json");

    /// <summary>An audit record.</summary>
    public static MessageSchema Audit { get; } = new("audit.schema.json");

    /// <summary>A command request.</summary>
    public static MessageSchema Command { get; } = new("command.schema.json");

    /// <summary>A command reply.</summary>
    public static MessageSchema Reply { get; } = new("reply.schema.json");

    /// <summary>The schema's file name under docs/.</summary>
    public string File { get; }

    /// <summary>The schema document as JSON (its definitions, for the tests that enumerate kinds).</summary>
    public JsonNode Document => _loaded.Value.Document;

    /// <summary>Full path of a schema file under docs/.</summary>
    public static string PathOf(string file) => Path.Combine(TestPaths.RepoRoot, "docs", file);

    /// <summary>Null when <paramref name="payload"/> is valid and declares nothing undocumented, else the complaints.</summary>
    public string? Problems(string payload)
    {
        var node = JsonNode.Parse(payload);
        var problems = Evaluate(_loaded.Value.Schema, node);
        if (problems.Count == 0 && node is JsonObject root)
        {
            // An event is described by its kind's definition (the root only dispatches on kind); a kind this schema
            // does not know is checked on its envelope alone, as a consumer of an older schema would.
            var schema = Document["definitions"]?["envelope"] is null ? Document
                : root["kind"]?.GetValue<string>() is { } kind ? Document["definitions"]?[kind] : null;
            if (schema is not null) Undeclared(root, schema, "", problems);
        }
        return problems.Count == 0 ? null : $"{File}: {payload}\n  " + string.Join("\n  ", problems);
    }

    // The schema's complaints about node, empty when valid.
    private static List<string> Evaluate(JsonSchema schema, JsonNode? node)
    {
        var result = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        // The list output also holds the failures of "if" branches that did not apply: only an invalid result's count.
        return result.IsValid ? [] : (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .ToList();
    }

    /// <summary>Asserts the payload is valid, listing the problems when not.</summary>
    public void AssertValid(string payload)
    {
        var problems = Problems(payload);
        Assert.That(problems, Is.Null, problems);
    }

    /// <summary>
    /// Asserts the payload is valid, and valid against <c>definitions/<paramref name="definition"/></c> too (a command's
    /// reply against what that command's result holds), when the schema has that definition.
    /// </summary>
    public void AssertValid(string payload, string definition)
    {
        AssertValid(payload);
        if (Document["definitions"]?[definition] is not JsonObject part) return;
        // The definition is checked as a schema of its own whose definitions are the file's, so its $refs resolve.
        var wrapper = new JsonObject
        {
            ["$schema"] = Document["$schema"]?.DeepClone(),
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/" + definition }),
            ["definitions"] = Document["definitions"]!.DeepClone(),
        };
        var node = JsonNode.Parse(payload);
        var problems = Evaluate(JsonSchema.FromText(wrapper.ToJsonString()), node);
        // The definition describes the part it narrows (a reply's result); the envelope was checked above.
        if (problems.Count == 0 && node is JsonObject o && part["properties"] is JsonObject narrowed)
        {
            foreach (var (key, schema) in narrowed) Undeclared(o[key], schema, "/" + key, problems);
        }
        Assert.That(problems, Is.Empty, $"{File}#/definitions/{definition}: {payload}");
    }

    private void Undeclared(JsonNode? instance, JsonNode? schema, string at, List<string> problems)
    {
        var declared = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        JsonNode? additional = null;
        JsonNode? items = null;
        Collect(schema, declared, ref additional, ref items);
        switch (instance)
        {
            // An object whose schema lists no fields at all is free-form by design (a reply's result, config.get's document).
            case JsonObject o when declared.Count > 0 || additional is not null:
                foreach (var (key, value) in o)
                {
                    if (declared.TryGetValue(key, out var property)) Undeclared(value, property, $"{at}/{key}", problems);
                    else if (additional is JsonObject) Undeclared(value, additional, $"{at}/{key}", problems);
                    else problems.Add($"{at}/{key}: written by the agent but not declared in {File}");
                }
                break;
            case JsonArray a when items is JsonObject:
                for (var i = 0; i < a.Count; i++) Undeclared(a[i], items, $"{at}/{i}", problems);
                break;
        }
    }

    // Follows $ref (within the file) and allOf, gathering what an object may hold.
    private void Collect(JsonNode? schema, Dictionary<string, JsonNode?> declared, ref JsonNode? additional, ref JsonNode? items)
    {
        if (schema is not JsonObject s) return;
        if (s["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal))
        {
            JsonNode? target = Document;
            foreach (var part in reference[2..].Split('/')) target = target?[part];
            Collect(target, declared, ref additional, ref items);
        }
        if (s["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties) declared.TryAdd(key, value);
        }
        if (s["additionalProperties"] is JsonObject extra) additional = extra;
        if (s["items"] is JsonObject item) items = item;
        if (s["allOf"] is JsonArray all)
        {
            foreach (var part in all) Collect(part, declared, ref additional, ref items);
        }
    }
}
