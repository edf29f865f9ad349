using System.Text.RegularExpressions;
using EdgeAgent.Audit;
using EdgeAgent.Cli;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Cli;

public sealed partial class WatchlistCommandTests
{
    private string _dir = "";
    private string _config = "";

    [SetUp]
    public async Task SetUp()
    {
        _dir = TestPaths.TempDir();
        _config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(_config, "device:\n  state_dir: state\ncameras:\n  - id: a\n    url: rtsp://10.0.0.1/s\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync([.. args, "--config", _config], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task AddListRemove_RoundTrip_ListShowsHashesAndReasonsNotPlates()
    {
        var (code, output, err) = await Run("watchlist", "add-plate", "АА 1234 ВВ", "--reason", "stolen car", "--by", "cli:officer");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), err);
        var id = IdPattern().Match(output).Value;
        Assert.That(id, Is.Not.Empty, output);

        (code, output, _) = await Run("watchlist", "list");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain(id).And.Contain("stolen car").And.Contain("cli:officer"));
        Assert.That(output, Does.Not.Contain("1234"));

        (code, output, _) = await Run("watchlist", "export");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain(id).And.Not.Contain("1234"));

        (code, _, _) = await Run("watchlist", "remove", id);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        (code, _, err) = await Run("watchlist", "remove", id);
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain(id));
        (_, output, _) = await Run("watchlist", "list");
        Assert.That(output, Does.Contain("empty"));

        var audit = AuditLog.Verify(AuditLog.PathIn(Path.Combine(_dir, "state")));
        Assert.That(audit.Ok, Is.True, audit.Reason);
        Assert.That(audit.Records, Is.EqualTo(2));
    }

    [Test]
    public async Task AddPlate_NotAPlate_ExitsWithUsageCode()
    {
        var (code, _, err) = await Run("watchlist", "add-plate", "A", "--reason", "x");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain("'A'"));
    }

    [Test]
    public async Task AddPlate_NoReason_ExitsWithUsageCode()
    {
        var (code, _, _) = await Run("watchlist", "add-plate", "AA1234BB");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public async Task List_FreshDevice_SaysEmptyWithoutCreatingAKey()
    {
        var (code, output, _) = await Run("watchlist", "list");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("empty"));
        Assert.That(File.Exists(Path.Combine(_dir, "state", "watchlist.key")), Is.False);
    }

    [GeneratedRegex(@"p[0-9a-f]{10}")]
    private static partial Regex IdPattern();
}
