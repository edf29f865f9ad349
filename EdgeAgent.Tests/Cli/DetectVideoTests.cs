using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

/// <summary><c>edgeagent detect --json VIDEO</c> on OpenCV's vtest.avi through the real pipeline and models.</summary>
public sealed class DetectVideoTests
{
    private static List<JsonElement> _lines = [];

    [OneTimeSetUp]
    public static async Task RunOnce()
    {
        var dir = TestPaths.TempDir();
        var config = Path.Combine(dir, "vtest.yaml");
        await File.WriteAllTextAsync(config, $$"""
            models: {dir: "{{TestPaths.ModelsDir}}", manifest: "{{TestPaths.Manifest}}", intra_op_threads: 2}
            cameras:
              - id: hall
                url: /dev/null
                zones:
                  - {name: floor, polygon: [[0.0, 0.3], [1.0, 0.3], [1.0, 1.0], [0.0, 1.0]], labels: [person]}
                lines:
                  - {name: mid, points: [[0.5, 0.0], [0.5, 1.0]], labels: [person]}
            """);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(["detect", TestPaths.Media("vtest.avi"), "--json", "--config", config, "--camera", "hall"], output, error);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        _lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Directory.Delete(dir, true);
    }

    private static IEnumerable<JsonElement> Kind(string kind) => _lines.Where(l => l.GetProperty("kind").GetString() == kind);

    [Test]
    public void Detect_Vtest_EveryLineHasTheCommonFields()
    {
        Assert.That(_lines, Is.Not.Empty);
        foreach (var l in Kind("object"))
        {
            Assert.That(l.GetProperty("frame").GetInt64(), Is.InRange(0, 800));
            // People, their bags, and since the frame is letterboxed the white van and the car parked at the top right.
            Assert.That(l.GetProperty("label").GetString(), Is.AnyOf("person", "car", "truck", "bus", "backpack", "handbag", "suitcase"));
            Assert.That(l.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(l.GetProperty("box").GetArrayLength(), Is.EqualTo(4));
            Assert.That(l.GetProperty("box")[2].GetInt32(), Is.InRange(1, 768), "boxes are in source pixels");
            Assert.That(l.TryGetProperty("track", out _) && l.TryGetProperty("event", out _));
        }
        Assert.That(Kind("camera").Select(c => c.GetProperty("event").GetString()), Is.EqualTo(new[] { "online", "offline" }));
    }

    [Test]
    public void Detect_Vtest_PersonTracksAreStable()
    {
        var news = Kind("object").Where(l => l.GetProperty("event").GetString() == "new").ToList();
        var ends = Kind("object").Where(l => l.GetProperty("event").GetString() == "end").ToList();
        Assert.That(news.Select(n => n.GetProperty("track").GetInt64()), Is.Unique);
        Assert.That(ends.Select(n => n.GetProperty("track").GetInt64()), Is.EquivalentTo(news.Select(n => n.GetProperty("track").GetInt64())), "every track that starts ends");
        var personSeconds = ends.Sum(e => e.GetProperty("dur").GetDouble());
        Assert.That(personSeconds, Is.GreaterThan(200), "people walk through the hall for most of the 79 s clip");
        // A flickering tracker makes a new id every second or two; a stable one follows a person for many seconds.
        Assert.That(news.Count / personSeconds, Is.LessThan(0.15), $"{news.Count} ids over {personSeconds:0} person-seconds");
    }

    [Test]
    public void Detect_Vtest_LineCountsCrossingsBothWays()
    {
        var crossings = Kind("line_crossing").ToList();
        var ab = crossings.Count(c => c.GetProperty("dir").GetString() == "ab");
        var ba = crossings.Count(c => c.GetProperty("dir").GetString() == "ba");
        Assert.That(ab, Is.GreaterThanOrEqualTo(5));
        Assert.That(ba, Is.GreaterThanOrEqualTo(5));
        Assert.That(crossings.Where(c => c.GetProperty("dir").GetString() == "ab").Select(c => c.GetProperty("count").GetInt32()), Is.EqualTo(Enumerable.Range(1, ab)), "running count per direction");
    }

    [Test]
    public void Detect_Vtest_ZoneEntriesAreReported()
    {
        Assert.That(Kind("object").Any(l => l.TryGetProperty("entered", out var z) && z[0].GetString() == "floor"));
    }
}
