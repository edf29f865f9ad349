using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Tests.Configuration;

public sealed partial class ConfigSchemaTests
{
    private static string SchemaPath => Path.Combine(TestPaths.RepoRoot, "docs", "config.schema.json");

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(SchemaPath));

    [Test]
    public async Task ConfigSchema_Command_PrintsTheCommittedFile()
    {
        var (code, output, _) = await CliRun.InvokeAsync("config", "schema");
        Assert.That(code, Is.EqualTo(EdgeAgent.Cli.ExitCodes.Ok));
        Assert.That(output, Is.EqualTo(File.ReadAllText(SchemaPath)),
            "docs/config.schema.json is stale: regenerate it with `edgeagent config schema > docs/config.schema.json`");
    }

    private static IEnumerable<string> CommittedConfigs() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "config"), "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.RepoRoot, p)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(CommittedConfigs))]
    public void Schema_CommittedConfig_IsValid(string relative)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, relative));
        var result = Schema().Evaluate(ToJson(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True, string.Join("\n", Failures(result)));
    }

    [TestCase("tracking: {min_hits: 0}", "cameras[0].tracking.min_hits", TestName = "Schema_OutOfRange_FailsWithThePathConfigValidateNames")]
    [TestCase("detect: {fps: fast}", "cameras[0].detect.fps", TestName = "Schema_WrongType_FailsWithThePathConfigValidateNames")]
    [TestCase("motion: {treshold: 3}", "cameras[0].motion.treshold", TestName = "Schema_UnknownKey_FailsWithThePathConfigValidateNames")]
    [TestCase("rtsp_transport: http", "cameras[0].rtsp_transport", TestName = "Schema_WordNotAllowed_FailsWithThePathConfigValidateNames")]
    [TestCase("stall_timeout: soon", "cameras[0].stall_timeout", TestName = "Schema_NotADuration_FailsWithThePathConfigValidateNames")]
    public void Schema_WrongValue_FailsLikeTheLoader(string cameraKey, string path)
    {
        var yaml = $"cameras:\n  - id: a\n    url: rtsp://h/x\n    {cameraKey}\n";

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"));
        Assert.That(ex!.Errors.Select(e => e.Path), Is.EqualTo(new[] { path }));

        var result = Schema().Evaluate(ToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.False);
        Assert.That(Failures(result).Select(f => f.Path).Distinct(), Does.Contain(path));
    }

    [Test]
    public void Schema_EnvironmentReferenceAndYesNo_AreAccepted()
    {
        var yaml = "device: {id: '${DEVICE_ID}'}\nbroker: {embedded_port: '${PORT}', insecure: yes, keep_alive: 45s}\n";
        var result = Schema().Evaluate(ToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True, string.Join("\n", Failures(result)));
    }

    [Test]
    public void Schema_Defaults_AreThePropertyInitialisers()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var tracking = root["properties"]!["cameras"]!["anyOf"]![0]!["items"]!["properties"]!["tracking"]!["anyOf"]![0]!["properties"]!;
        Assert.That(tracking["min_hits"]!["default"]!.GetValue<int>(), Is.EqualTo(new TrackingOptions().MinHits));
        Assert.That(tracking["max_lost"]!["default"]!.GetValue<double>(), Is.EqualTo(new TrackingOptions().MaxLost.TotalSeconds));
    }

    private static IEnumerable<(string Path, string Message)> Failures(EvaluationResults result) =>
        result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => (ToConfigPath(d.InstanceLocation.ToString()), e.Value)));

    /// <summary>A JSON Pointer (/cameras/0/tracking) written as the loader writes paths (cameras[0].tracking).</summary>
    private static string ToConfigPath(string pointer) =>
        string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select((s, i) => s.All(char.IsAsciiDigit) ? $"[{s}]" : i == 0 ? s : "." + s));

    /// <summary>YAML to JSON as an editor's YAML language server sees it: plain scalars typed by the YAML 1.2 core schema.</summary>
    private static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(node.NodeType.ToString()),
    };

    private static JsonValue? Plain(string v) => v switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when IntegerForm().IsMatch(v) => JsonValue.Create(long.Parse(v, CultureInfo.InvariantCulture)),
        _ when FloatForm().IsMatch(v) => JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(v),
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatForm();
}
