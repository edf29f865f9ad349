using System.Text.Json.Nodes;
using Json.Schema;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>The published event schema (docs/events.schema.json), for checking payloads as a consumer would.</summary>
public static class EventSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "events.schema.json"))));

    /// <summary>Null when <paramref name="payload"/> is valid, else the schema's complaints.</summary>
    public static string? Problems(string payload)
    {
        var node = JsonNode.Parse(payload);
        var result = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return null;
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        return $"{payload}\n  " + string.Join("\n  ", problems);
    }

    /// <summary>Asserts the payload is valid, listing the problems when not.</summary>
    public static void AssertValid(string payload)
    {
        var problems = Problems(payload);
        Assert.That(problems, Is.Null, problems);
    }
}
