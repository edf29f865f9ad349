using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;

namespace EdgeAgent.Tests.Configuration;

/// <summary>
/// <c>broker.urls</c>, the nodes of a clustered broker: read like <c>broker.url</c> entry by entry, refused with a message
/// naming the entry (or both fields), and a single <c>broker.url</c> read exactly as before.
/// </summary>
[NonParallelizable]
public sealed class BrokerUrlsTests
{
    private const string Camera = "cameras:\n  - id: cam1\n    url: rtsp://10.0.0.1/stream\n";

    [SetUp]
    public void SetUp() => Environment.SetEnvironmentVariable("EDGEAGENT_TEST_BROKER_PW", "topsecret-pw");

    [Test]
    public void Urls_List_AllNodesInOrder_FirstIsAlsoUrl()
    {
        var o = ConfigLoader.Parse("broker:\n  urls: ['mqtts://b1.example:8883', 'mqtts://b2.example', 'mqtts://u:${EDGEAGENT_TEST_BROKER_PW}@b3.example:9883']\n" + Camera, "t.yaml");
        Assert.That(o.Broker.Urls.Select(u => u.Host), Is.EqualTo(new[] { "b1.example", "b2.example", "b3.example" }));
        Assert.That(o.Broker.Url, Is.EqualTo(o.Broker.Urls[0]), "the first node is the one the rest of the agent (check, embedded broker off) sees");
        var nodes = BrokerEndpoint.ResolveAll(o.Broker);
        Assert.That(nodes.Select(BrokerEndpoint.Describe), Is.EqualTo(new[] { "b1.example:8883", "b2.example:8883", "b3.example:9883" }));
        Assert.That(string.Join(" ", nodes) + o.Broker.Urls, Does.Not.Contain("topsecret-pw"), "a password in a node's URL never reaches what the agent logs");
    }

    [Test]
    public void Url_Single_ReadAsBefore_NoList()
    {
        var o = ConfigLoader.Parse("broker: {url: 'mqtts://b1.example:8883'}\n" + Camera, "t.yaml");
        Assert.That((o.Broker.Url, o.Broker.Urls.Count), Is.EqualTo((new Uri("mqtts://b1.example:8883"), 0)));
        Assert.That(BrokerEndpoint.ResolveAll(o.Broker), Is.EqualTo(new[] { new Uri("mqtts://b1.example:8883") }));
    }

    [Test]
    public void Urls_SameFileTwice_EqualOptions()
    {
        // Remote config compares the broker section as a whole: two reads of the same list must be equal.
        const string yaml = "broker:\n  urls: ['mqtts://b1.example', 'mqtts://b2.example']\n" + Camera;
        var once = ConfigLoader.Parse(yaml, "t.yaml").Broker;
        var again = ConfigLoader.Parse(yaml, "t.yaml").Broker;
        Assert.That(again, Is.EqualTo(once));
        Assert.That(ConfigLoader.Parse(yaml, "t.yaml").Broker, Is.Not.EqualTo(ConfigLoader.Parse(yaml.Replace("b2", "b3", StringComparison.Ordinal), "t.yaml").Broker));
    }

    [TestCase("url: 'mqtts://b1.example'\n  urls: ['mqtts://b2.example']", "broker.urls", "broker.url and broker.urls are both set", TestName = "Urls_WithUrl_ErrorNamesBoth")]
    [TestCase("urls: []", "broker.urls", "must list at least one", TestName = "Urls_Empty_Error")]
    [TestCase("urls: ['mqtts://b1.example', 'http://b2.example']", "broker.urls[1]", "'http://b2.example' is not an mqtt:// or mqtts:// URL with a host", TestName = "Urls_WrongScheme_ErrorNamesEntry")]
    [TestCase("urls: ['mqtts://b1.example', {host: b2}]", "broker.urls[1]", "must be a URL, not a mapping", TestName = "Urls_MappingEntry_ErrorNamesEntry")]
    [TestCase("urls: {a: 'mqtts://b1.example'}", "broker.urls", "must be a list of URLs", TestName = "Urls_Mapping_Error")]
    [TestCase("urls: ['mqtts://b1.example', 'mqtts://B1.example:8883']", "broker.urls[1]", "b1.example:8883 is listed twice", TestName = "Urls_Duplicate_ErrorNamesEntry")]
    [TestCase("urls: ['mqtt://127.0.0.1:1883', 'mqtt://b2.example']", "broker.urls[1]", "plain mqtt:// to a remote broker", TestName = "Urls_PlainRemoteNode_RefusedLikeUrl")]
    [TestCase("urls: ['mqtts://b1.example', 'mqtts://u:hunter2@b2.example']", "broker.urls[1]", "a password written in the URL is refused", TestName = "Urls_PasswordInClear_RefusedLikeUrl")]
    public void Urls_Bad_ErrorAtTheField(string broker, string path, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("broker:\n  " + broker + "\n" + Camera, "t.yaml"))!;
        Assert.That(ex.Errors.Select(e => e.ToString()), Has.Some.Matches<string>(e => e.StartsWith(path + ": ", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal)),
            string.Join("\n", ex.Errors));
        Assert.That(string.Join("\n", ex.Errors), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Urls_PlainRemoteNodes_AllowedWithInsecure()
    {
        var o = ConfigLoader.Parse("broker:\n  insecure: true\n  urls: ['mqtt://b1.example', 'mqtt://b2.example']\n" + Camera, "t.yaml");
        Assert.That(BrokerEndpoint.ResolveAll(o.Broker).Select(BrokerEndpoint.Describe), Is.EqualTo(new[] { "b1.example:1883", "b2.example:1883" }));
    }

    [Test]
    public async Task ConfigValidate_BothFields_OneClearLineExit3()
    {
        var dir = TestPaths.TempDir();
        try
        {
            var file = Path.Combine(dir, "edgeagent.yaml");
            await File.WriteAllTextAsync(file, "broker:\n  url: 'mqtts://b1.example'\n  urls: ['mqtts://b2.example', 'mqtts://b3.example']\n" + Camera);
            var (code, output, error) = await CliRun.InvokeAsync("config", "validate", file);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.Config), output + error);
                Assert.That(error, Does.Contain(file).And.Contain("broker.urls: broker.url and broker.urls are both set"));
                Assert.That(output + error, Does.Not.Contain("   at "), "no stack trace");
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void StartIndex_Fleet_SpreadsEvenlyAndStable()
    {
        // 3000 devices over 3 nodes: each node gets its third within 5 %, and a device's start node never changes.
        var counts = new int[3];
        for (var i = 0; i < 3000; i++) counts[BrokerEndpoint.StartIndex($"edgeagent-site-{i / 100}-cam-pole-{i:D4}", 3)]++;
        Assert.That(counts, Has.All.InRange(950, 1050), string.Join(", ", counts));
        // Fixed values (FNV-1a of the client id), not a per-process hash: a restart must come back to the same node.
        Assert.That(new[] { BrokerEndpoint.StartIndex("edgeagent-lab-dev-1", 2), BrokerEndpoint.StartIndex("edgeagent-lab-dev-2", 2), BrokerEndpoint.StartIndex("edgeagent-lab-dev-2", 3) },
            Is.EqualTo(new[] { 1, 0, 2 }));
        Assert.That(Enumerable.Range(0, 200).Select(i => BrokerEndpoint.StartIndex($"d{i}", 2)).Distinct().Count(), Is.EqualTo(2));
        Assert.That(BrokerEndpoint.StartIndex("anything", 1), Is.Zero);
    }
}
