using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Detection;

/// <summary><c>edgeagent detect PHOTO</c> with no option but the models: what a technician sees first on darknet's sample photos.</summary>
public class DarknetDefaultsTests
{
    private string _dir = "";
    private string _config = "";

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir("darknet");
        _config = Path.Combine(_dir, "models.yaml");
        File.WriteAllText(_config, $"models:\n  dir: {TestPaths.ModelsDir}\n  manifest: {TestPaths.Manifest}\n  intra_op_threads: 1\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("dog.jpg", new[] { "dog", "bicycle", "car" }, new string[0])]
    [TestCase("person.jpg", new[] { "person", "horse", "dog" }, new string[0])]
    [TestCase("horses.jpg", new[] { "horse" }, new[] { "person" })]
    public async Task Detect_DarknetPhotoDefaultSettings_FindsTheExpectedLabels(string photo, string[] present, string[] absent)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliRoot.InvokeAsync(["detect", TestPaths.Media(photo), "--json", "--config", _config], output, error);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        var labels = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("label").GetString()).ToList();
        Assert.That(labels, Is.SupersetOf(present), output.ToString());
        Assert.That(labels.Intersect(absent), Is.Empty, output.ToString());
    }
}
