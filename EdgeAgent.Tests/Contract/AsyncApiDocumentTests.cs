using EdgeAgent.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Tests.Contract;

/// <summary>docs/asyncapi.yaml as the centre's tools read it: the official parser, pinned from npm by scripts/setup.sh.</summary>
public sealed class AsyncApiDocumentTests
{
    private static string Document => Path.Combine(TestPaths.RepoRoot, "docs", "asyncapi.yaml");

    [Test]
    public void OfficialParser_Document_NoErrorNoWarning()
    {
        var (code, output) = Validate(Document);
        TestContext.Out.WriteLine(output);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("0 error(s), 0 warning(s)"));
        Assert.That(output, Does.Contain("6 channels, 5 operations, 18 messages"), "every channel, operation and message is in the parsed document");
    }

    [Test]
    public void OfficialParser_QosInMessageBinding_Refused()
    {
        // The friction the issue found: qos/retain belong to the operation binding in MQTT binding 0.2.0, not the message.
        var dir = TestPaths.TempDir("asyncapi");
        try
        {
            foreach (var f in Directory.GetFiles(Path.GetDirectoryName(Document)!, "*.json")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            var text = File.ReadAllText(Document).Replace("          payloadFormatIndicator: 1\n", "          payloadFormatIndicator: 1\n          qos: 1\n", StringComparison.Ordinal);
            Assert.That(text, Does.Contain("qos: 1\n          bindingVersion"), "the test edits the message trait's binding");
            var copy = Path.Combine(dir, "asyncapi.yaml");
            File.WriteAllText(copy, text);
            var (code, output) = Validate(copy);
            Assert.That(code, Is.Not.Zero, output);
            Assert.That(output, Does.Contain("\"qos\" is not expected"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Document_EveryEventKindInSchema_HasItsMessageAndTopicLevel()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Document)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var events = (YamlMappingNode)((YamlMappingNode)root["channels"])["events"];
        var messages = ((YamlMappingNode)events["messages"]).Children.Keys.Select(k => k.ToString()).ToList();
        var kinds = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)events["parameters"])["kind"])["enum"]).Children.Select(k => k.ToString()).ToList();
        var defined = MessageSchema.Events.Document["definitions"]!.AsObject().Select(p => p.Key).Where(k => k is not ("name" or "unixMs" or "score" or "box" or "envelope")).ToList();
        // Audit records share the envelope and the outbox but have a channel of their own (.../audit).
        defined.Remove("audit");
        var audit = (YamlMappingNode)((YamlMappingNode)root["components"])["messages"];
        Assert.That(audit.Children.Keys.Select(k => k.ToString()), Does.Contain("audit"));
        Assert.That(messages, Is.EquivalentTo(defined), "events channel messages = kinds defined in events.schema.json");
        Assert.That(kinds, Is.EquivalentTo(defined), "the {kind} parameter's values = kinds defined in events.schema.json");
    }

    /// <summary>Runs scripts/contract/validate-asyncapi.js on <paramref name="file"/>: exit code and output.</summary>
    private static (int Code, string Output) Validate(string file) =>
        ContractTools.RunAsync("validate-asyncapi.js", TimeSpan.FromMinutes(2), file).GetAwaiter().GetResult();
}
