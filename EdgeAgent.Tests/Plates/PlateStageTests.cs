using System.Diagnostics;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Imaging;
using EdgeAgent.Pipeline;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Watchlist;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Plates;

/// <summary>The plate stage end to end: a synthetic clip through SourceAnalyzer with analytics objects + plates.</summary>
public sealed class PlateStageTests
{
    private string _dir = null!;

    [OneTimeSetUp]
    public void MakeDir() => _dir = TestPaths.TempDir("edgeagent-plates");

    [OneTimeTearDown]
    public void RemoveDir() => Directory.Delete(_dir, true);

    /// <summary>
    /// Writes a ~3 s clip (10 fps, MJPEG) of <paramref name="still"/> drifting left 2 px per frame, as a camera
    /// panning slowly past a parked car would show it, through an ffmpeg subprocess.
    /// </summary>
    private string WriteClip(string name, RgbImage still, int frames = 30)
    {
        var path = Path.Combine(_dir, name + ".avi");
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{still.Width}x{still.Height}", "-r", "10", "-i", "-", "-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p", path })
        {
            psi.ArgumentList.Add(a);
        }
        using var ffmpeg = Process.Start(psi)!;
        var stderr = ffmpeg.StandardError.ReadToEndAsync();
        var frame = new byte[still.Length];
        using (var stdin = ffmpeg.StandardInput.BaseStream)
        {
            for (var i = 0; i < frames; i++)
            {
                var shift = 2 * i;
                for (var y = 0; y < still.Height; y++)
                {
                    var row = still.Row(y);
                    var dst = frame.AsSpan(y * still.Stride, still.Stride);
                    row[(shift * 3)..].CopyTo(dst);
                    for (var x = still.Width - shift; x < still.Width; x++) row[^3..].CopyTo(dst.Slice(x * 3, 3));
                }
                stdin.Write(frame);
            }
        }
        ffmpeg.WaitForExit();
        Assert.That(ffmpeg.ExitCode, Is.Zero, stderr.Result);
        return path;
    }

    private static async Task<List<AgentEvent>> AnalyseAsync(string clip, AgentOptions options, bool thumbnails = false, string report = PlateReport.All)
    {
        var camera = await SourceAnalyzer.CameraForAsync(clip, null, 5, null, CancellationToken.None) with
        {
            Analytics = AnalysisKinds.Objects | AnalysisKinds.Plates,
            // The whole picture drifts, which motion would take for a lighting change; detection runs on every frame.
            Motion = new MotionOptions { Enabled = false },
            Thumbnails = thumbnails,
            Plates = new PlatesOptions { Report = report },
            // dog.jpg's car scores about 0.5 (0.54 with a plate on it): let a 0.4 detection start its track, so the
            // test is about plates, not about the detector's margin on this photo.
            Tracking = new TrackingOptions { HighScore = 0.4 },
            Objects = new ObjectsOptions { MinScore = 0.3 },
        };
        var events = new List<AgentEvent>();
        var analyzer = new SourceAnalyzer(options, ModelFixture.Registry, NullLoggerFactory.Instance, TimeProvider.System);
        await analyzer.RunAsync(camera, e =>
        {
            events.Add(e);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        return events;
    }

    private static AgentOptions OptionsWithState(string stateDir) => new() { Device = new DeviceOptions { StateDir = stateDir } };

    [Test]
    public async Task Run_CarWithPlateInClip_OnePlateEventForTheCarTrack()
    {
        var clip = WriteClip("car", PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 565, 145, 110, 0));
        var events = await AnalyseAsync(clip, OptionsWithState(Path.Combine(_dir, "state-none")), thumbnails: true);

        var plates = events.OfType<PlateEvent>().ToList();
        Assert.That(plates, Has.Count.EqualTo(1), string.Join("; ", plates.Select(p => $"{p.Text}/{p.Track}/{p.Confidence:0.00}")));
        var plate = plates[0];
        Assert.That(plate.Text, Is.EqualTo("AA1234BB"));
        Assert.That(plate.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(plate.VehicleLabel, Is.EqualTo("car"));
        Assert.That(plate.Confidence, Is.GreaterThanOrEqualTo(0.5f));
        var carTracks = events.OfType<ObjectEvent>().Where(o => o.Label == "car").Select(o => o.Track).Distinct().ToList();
        Assert.That(carTracks, Does.Contain(plate.Track));
        Assert.That(plate.Box.CenterY, Is.EqualTo(145).Within(15));
        Assert.That(plate.Thumbnail, Is.Not.Null.And.Length.GreaterThan(100));
        Assert.That(events.OfType<PlateMatchEvent>(), Is.Empty, "no watchlist key, no match");
    }

    [Test]
    public async Task Run_PlateOnWatchlist_PlateMatchEventAndAuditRecord()
    {
        var state = Path.Combine(_dir, "state-list");
        string entryId;
        var key = WatchlistKey.Load(state, null, create: true);
        using (var list = new PlateWatchlist(WatchlistDatabase.PathIn(state), key))
        {
            entryId = list.Add("АА 1234 ВВ", "stolen", "test").Id;
        }
        var clip = WriteClip("listed", PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 565, 145, 110, 0));
        var events = await AnalyseAsync(clip, OptionsWithState(state));

        var matches = events.OfType<PlateMatchEvent>().ToList();
        Assert.That(matches, Has.Count.EqualTo(1));
        Assert.That(matches[0].Entry, Is.EqualTo(entryId));
        Assert.That(matches[0].Reason, Is.EqualTo("stolen"));
        Assert.That(matches[0].Priority, Is.EqualTo(EventPriority.High));
        Assert.That(matches[0].Track, Is.EqualTo(events.OfType<PlateEvent>().Single().Track));
        var audit = File.ReadAllText(EdgeAgent.Audit.AuditLog.PathIn(state));
        Assert.That(audit, Does.Contain("watchlist.match").And.Contain(entryId));
        Assert.That(audit, Does.Not.Contain("AA1234BB"), "the audit log never holds a plate in clear");
    }

    [Test]
    public async Task Run_ReportMatches_OnlyTheListedPlateLeaves()
    {
        var state = Path.Combine(_dir, "state-matches");
        var key = WatchlistKey.Load(state, null, create: true);
        using (var list = new PlateWatchlist(WatchlistDatabase.PathIn(state), key))
        {
            list.Add("AA1234BB", "stolen", "test");
        }
        var listed = await AnalyseAsync(WriteClip("listed-m", PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 565, 145, 110, 0)), OptionsWithState(state), report: PlateReport.Matches);
        // The same clip Run_CarWithPlateInClip reads with report: all, on a device without a watchlist.
        var unlisted = await AnalyseAsync(WriteClip("unlisted-m", PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 565, 145, 110, 0)), OptionsWithState(Path.Combine(_dir, "state-none-m")), report: PlateReport.Matches);

        Assert.Multiple(() =>
        {
            Assert.That(listed.OfType<PlateMatchEvent>().Select(m => m.Text), Is.EqualTo(new[] { "AA1234BB" }), "a match leaves whatever plates.report says");
            Assert.That(listed.OfType<PlateEvent>(), Is.Empty, "plates.report: matches publishes no plate reads");
            Assert.That(unlisted.OfType<PlateEvent>(), Is.Empty, "an unlisted vehicle's plate stays on the device");
            Assert.That(unlisted.OfType<PlateMatchEvent>(), Is.Empty);
        });
    }

    [Test]
    public async Task Run_GarbageOnPlate_NoPlateEvent()
    {
        var clip = WriteClip("garbage", PlateReaderTests.RenderPlate("dog.jpg", "#%&*?!", 565, 145, 110, 0));
        var events = await AnalyseAsync(clip, OptionsWithState(Path.Combine(_dir, "state-none")));
        Assert.That(events.OfType<ObjectEvent>().Where(o => o.Label == "car"), Is.Not.Empty, "the car is still tracked: " + string.Join("; ", events.Select(EventJson.ToCliLine)));
        Assert.That(events.OfType<PlateEvent>(), Is.Empty);
    }

    [Test]
    public async Task Run_NoVehicle_NoPlateEvent()
    {
        // A plate-like text on a photo without vehicles: plates are only searched on vehicle tracks.
        var clip = WriteClip("novehicle", PlateReaderTests.RenderPlate("giraffe.jpg", "AA1234BB", 300, 300, 150, 0));
        var events = await AnalyseAsync(clip, OptionsWithState(Path.Combine(_dir, "state-none")));
        Assert.That(events.OfType<PlateEvent>(), Is.Empty);
    }
}
