using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Capture;

public sealed class FfmpegFrameSourceTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private static CameraOptions Camera(string url, int width = 320, int height = 240, double fps = 5, bool realtime = false) => new()
    {
        Id = "cam",
        Url = url,
        Realtime = realtime,
        Detect = new DetectOptions { Width = width, Height = height, Fps = fps },
        StallTimeout = TimeSpan.FromSeconds(4),
        MaxBackoff = TimeSpan.FromSeconds(2),
    };

    /// <summary>Runs the source, consuming frames as the pipeline would, until it ends or <paramref name="stop"/> says so.</summary>
    private static async Task<(List<(long Index, double Seconds)> Frames, List<CameraStatusEvent> Status)> RunAsync(
        CameraOptions camera, Func<List<CameraStatusEvent>, int, bool> stop, TimeSpan limit, Func<List<CameraStatusEvent>, Task>? onStatus = null)
    {
        var source = new FfmpegFrameSource(camera, TimeProvider.System, NullLogger.Instance);
        var frames = FrameChannels.CreateFrameChannel(4);
        var status = Channel.CreateUnbounded<AgentEvent>();
        using var cts = new CancellationTokenSource(limit);
        var run = source.RunAsync(frames.Writer, status.Writer, cts.Token);
        var seen = new List<(long, double)>();
        var statuses = new List<CameraStatusEvent>();
        try
        {
            while (!frames.Reader.Completion.IsCompleted)
            {
                while (frames.Reader.TryRead(out var f))
                {
                    using (f)
                    {
                        Assert.That(f.Width, Is.EqualTo(camera.Detect.Width));
                        seen.Add((f.Index, f.StreamSeconds));
                    }
                }
                var before = statuses.Count;
                while (status.Reader.TryRead(out var e)) statuses.Add((CameraStatusEvent)e);
                if (statuses.Count != before && onStatus is not null) await onStatus(statuses);
                if (stop(statuses, seen.Count)) break;
                // Wait for whichever comes first: a frame, a status change, or a moment to re-check.
                await Task.WhenAny(
                    frames.Reader.WaitToReadAsync(cts.Token).AsTask(),
                    status.Reader.WaitToReadAsync(cts.Token).AsTask(),
                    Task.Delay(200, cts.Token));
                cts.Token.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException)
        {
            // The limit; the asserts say what was missing.
        }
        while (status.Reader.TryRead(out var e)) statuses.Add((CameraStatusEvent)e);
        await cts.CancelAsync();
        await run;
        while (status.Reader.TryRead(out var e)) statuses.Add((CameraStatusEvent)e);
        return (seen, statuses);
    }

    [Test]
    public async Task Run_FilePlayedOnce_DeliversEveryFrameAtDetectRateThenEnds()
    {
        var (frames, status) = await RunAsync(Camera(TestPaths.Media("vtest.avi")), (_, _) => false, TimeSpan.FromSeconds(60));
        // vtest.avi: 795 frames at 10 fps = 79.5 s; at 5 fps that is 397-398 frames.
        Assert.That(frames, Has.Count.InRange(396, 399));
        Assert.That(frames[^1].Index, Is.InRange(790, 797), "frame numbers count source frames");
        Assert.That(frames[1].Seconds - frames[0].Seconds, Is.EqualTo(0.2).Within(1e-9));
        Assert.That(status.Select(s => s.Phase), Is.EqualTo(new[] { "online", "offline" }));
        Assert.That(status[1].Reason, Is.EqualTo("end of file"));
        Assert.That(status[0].Reason, Is.Empty, "768x576 into 320x240 keeps the 4:3 shape");
    }

    [Test]
    public async Task Run_WrongResolution_OnlineEventSaysThePictureIsStretched()
    {
        var (_, status) = await RunAsync(Camera(TestPaths.Media("vtest.avi"), 640, 360), (s, _) => s.Count > 0, TimeSpan.FromSeconds(30));
        Assert.That(status[0].Phase, Is.EqualTo("online"));
        Assert.That(status[0].Reason, Does.StartWith("stream is 768x576 but detect size is 640x360: picture stretched"));
    }

    [Test]
    public async Task Run_CorruptFile_ReportsOfflineWithReasonAndKeepsRetrying()
    {
        var path = Path.Combine(_dir, "corrupt.avi");
        var junk = new byte[200_000];
        new Random(7).NextBytes(junk);
        await File.WriteAllBytesAsync(path, junk);
        var (frames, status) = await RunAsync(Camera(path), (s, _) => s.Count > 0, TimeSpan.FromSeconds(30));
        Assert.That(frames, Is.Empty);
        Assert.That(status, Has.Count.EqualTo(1));
        Assert.That(status[0].Phase, Is.EqualTo("offline"));
        Assert.That(status[0].Reason, Does.Contain("ffmpeg exited with code").Or.Contain("no frames decoded"));
    }

    [Test]
    public async Task Run_TruncatedFile_DeliversWhatDecodesThenEnds()
    {
        var path = Path.Combine(_dir, "truncated.avi");
        var bytes = await File.ReadAllBytesAsync(TestPaths.Media("vtest.avi"));
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 3)]);
        var (frames, status) = await RunAsync(Camera(path), (s, _) => s.Any(x => x.Phase == "offline"), TimeSpan.FromSeconds(60));
        Assert.That(frames.Count, Is.GreaterThan(50).And.LessThan(200), "about a third of the clip");
        Assert.That(status.Select(s => s.Phase), Is.EqualTo(new[] { "online", "offline" }));
    }

    [Test]
    public async Task Run_UnresolvableHost_ReportsOfflineNamingTheProblem()
    {
        // A 64-character label cannot be put in a DNS query (RFC 1035 allows 63): the resolver refuses it locally, so
        // the test needs no name server and fails the same with the network down.
        var host = new string('a', 64) + ".invalid";
        var (frames, status) = await RunAsync(Camera($"rtsp://{host}:554/stream"), (s, _) => s.Count > 0, TimeSpan.FromSeconds(30));
        Assert.That(frames, Is.Empty);
        Assert.That(status.Single().Phase, Is.EqualTo("offline"));
        Assert.That(status.Single().Reason, Does.Contain("ffmpeg exited with code"));
    }

    [Test]
    public async Task Run_MissingFfmpeg_ReportsHowToInstallIt()
    {
        var source = new FfmpegFrameSource(Camera(TestPaths.Media("vtest.avi")), TimeProvider.System, NullLogger.Instance, "/nonexistent/ffmpeg");
        var frames = FrameChannels.CreateFrameChannel(2);
        var status = Channel.CreateUnbounded<AgentEvent>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var run = source.RunAsync(frames.Writer, status.Writer, cts.Token);
        var e = (CameraStatusEvent)await status.Reader.ReadAsync(cts.Token);
        await cts.CancelAsync();
        await run;
        Assert.That(e.Reason, Does.Contain("cannot start ffmpeg").And.Contain("apt-get install ffmpeg"));
    }

    [Test]
    public async Task Run_RtspCameraDropsAndReturns_ReportsOfflineThenOnlineAndKeepsReading()
    {
        using var camera = new RtspCamera(TestPaths.Media("vtest.avi"));
        await camera.StartAsync();
        // A killed server closes its connections, so the drop is seen at once; the stall timer only has to be longer than
        // a slow first frame on a loaded machine.
        var options = Camera(camera.Url, 384, 288, 5, realtime: true) with { StallTimeout = TimeSpan.FromSeconds(10) };
        var framesAtReturn = -1;
        var killed = false;
        var restarted = false;
        var frameCount = 0;
        var (frames, status) = await RunAsync(
            options,
            (s, n) =>
            {
                frameCount = n;
                if (!killed && n >= 10)
                {
                    killed = true;
                    camera.Kill();
                }
                return restarted && framesAtReturn >= 0 && n >= framesAtReturn + 10;
            },
            TimeSpan.FromSeconds(90),
            async s =>
            {
                if (s[^1].Phase == "offline" && killed && !restarted)
                {
                    restarted = true;
                    await camera.StartAsync();
                }
                else if (s[^1].Phase == "online" && restarted)
                {
                    framesAtReturn = frameCount;
                }
            });
        Assert.That(status.Select(s => s.Phase).Take(3), Is.EqualTo(new[] { "online", "offline", "online" }));
        Assert.That(frames.Count, Is.GreaterThanOrEqualTo(framesAtReturn + 10), "frames keep coming after the camera returned");
    }
}
