using System.Text;
using System.Text.Json.Nodes;
using EdgeAgent.Diagnostics;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Contract;

/// <summary>One form for each thing on the wire: a key keeps its JSON type across event kinds and its name across messages.</summary>
public sealed class OneFormTests
{
    /// <summary>The keys the document's "One key, one fact" section names as exceptions; any other double use fails.</summary>
    private static readonly string[] Documented = ["zones", "line"];

    [Test]
    public void EventSchema_KeyAcrossKinds_OneJsonTypeUnlessDocumented()
    {
        var document = MessageSchema.Events.Document;
        var definitions = document["definitions"]!.AsObject();
        var types = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var (kind, definition) in definitions)
        {
            if (definition?["allOf"] is not JsonArray parts) continue;
            foreach (var part in parts)
            {
                if (part?["properties"] is not JsonObject properties) continue;
                foreach (var (key, property) in properties)
                {
                    var type = JsonType(property, definitions);
                    if (!types.TryGetValue(key, out var byType)) types[key] = byType = new(StringComparer.Ordinal);
                    if (!byType.TryGetValue(type, out var kinds)) byType[type] = kinds = [];
                    kinds.Add(kind);
                }
            }
        }
        var doubled = types.Where(t => t.Value.Count > 1).ToDictionary(t => t.Key, t => string.Join("; ", t.Value.Select(v => $"{v.Key} in {string.Join(",", v.Value)}")));
        TestContext.Out.WriteLine(string.Join("\n", doubled.Select(d => $"{d.Key}: {d.Value}")));
        Assert.That(doubled.Keys, Is.SubsetOf(Documented), "a key with two types is two facts: " + string.Join("\n", doubled.Select(d => $"{d.Key}: {d.Value}")));
        Assert.That(types.Keys, Is.SupersetOf(Documented), "an exception the document names exists");
    }

    [Test]
    public void AsyncApi_OneKeyOneFact_NamesEachException()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "asyncapi.yaml"));
        var section = text[text.IndexOf("## One key, one fact", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("  license:", StringComparison.Ordinal)];
        foreach (var key in Documented.Append("agent").Append("reconnects")) Assert.That(section, Does.Contain($"`{key}`"), $"the rule for {key} is written down");
    }

    [Test]
    public void StateAndHealth_AgentVersion_SameKeySameValue()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var state = JsonNode.Parse(StatePayload.Create("online", 3, "edge-01", now, "1.4.2"))!;
        var health = JsonNode.Parse(HealthJson.ToBytes(new HealthReport { Time = now, Device = "edge-01", Site = "s1", Version = "1.4.2" }))!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)state["agent"], Is.EqualTo("1.4.2"));
            Assert.That((string?)health["agent"], Is.EqualTo("1.4.2"), "health says the version under state's key");
            Assert.That((string?)health["ver"], Is.EqualTo((string?)health["agent"]), "the v1 alias carries the same value");
        });
        MessageSchema.Health.AssertValid(Encoding.UTF8.GetString(HealthJson.ToBytes(new HealthReport { Time = now, Device = "edge-01", Site = "s1", Version = "1.4.2" })));
    }

    // A property's JSON type as a consumer sees it: integer and number are one (JSON has one number), $ref followed.
    private static string JsonType(JsonNode? schema, JsonObject definitions)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference) return JsonType(definitions[reference[(reference.LastIndexOf('/') + 1)..]], definitions);
        var type = schema?["type"] switch
        {
            JsonArray many => string.Join("|", many.Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal)),
            JsonValue one => one.GetValue<string>(),
            _ => "any",
        };
        return type.Replace("integer", "number", StringComparison.Ordinal);
    }
}
