using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Hosting;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Hosting;

/// <summary>The running agent's shared watchlists follow changes another process makes to the database.</summary>
public sealed class WatchlistReloaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("reloader");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task CheckOnce_CliAddsAndRemovesAPlate_CamerasListFollowsWithoutRestart()
    {
        var config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(config, $"device:\n  state_dir: {_dir}/state\ncameras:\n  - id: gate\n    url: rtsp://10.0.0.1/s\n");
        var options = ConfigLoader.LoadFile(config);
        WatchlistKey.Load(options.StateDir, null, create: true);
        using var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, options, ModelFixture.Registry);
        var cameras = factory.PlateWatchlist()!;
        var reloader = new WatchlistReloader(options, factory, TimeProvider.System, NullLogger<WatchlistReloader>.Instance);
        Assert.That(reloader.CheckOnce(), Is.False, "the first look only records the database's stamp");

        // A technician adds a plate with the CLI (another process in the field; the same code path here).
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.That(await CliRoot.InvokeAsync(["watchlist", "add-plate", "AA1234BB", "--reason", "stolen", "--config", config], output, error), Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(cameras.Match("AA1234BB", out _), Is.Null, "not seen before the reloader looks");
        Assert.That(reloader.CheckOnce(), Is.True);
        Assert.That(cameras.Match("AA1234BB", out var exact), Is.Not.Null);
        Assert.That(exact, Is.True);
        Assert.That(reloader.CheckOnce(), Is.False, "nothing changed since");

        var id = System.Text.RegularExpressions.Regex.Match(output.ToString(), "p[0-9a-f]{10}").Value;
        Assert.That(await CliRoot.InvokeAsync(["watchlist", "remove", id, "--config", config], output, error), Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(reloader.CheckOnce(), Is.True);
        Assert.That(cameras.Match("AA1234BB", out _), Is.Null);
    }
}
