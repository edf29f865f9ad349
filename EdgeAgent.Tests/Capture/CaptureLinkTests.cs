using System.Net;
using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Capture;

/// <summary>The link a real ffmpeg reports: offline with the cause a technician acts on, and since when.</summary>
public sealed class CaptureLinkTests
{
    private static CameraOptions Camera(string url) => new()
    {
        Id = "gate",
        Url = url,
        Detect = new DetectOptions { Width = 320, Height = 240, Fps = 5 },
        StallTimeout = TimeSpan.FromSeconds(4),
        MaxBackoff = TimeSpan.FromSeconds(1),
    };

    /// <summary>Runs a real source until its link is offline after at least <paramref name="attempts"/> attempts.</summary>
    public static async Task<FfmpegFrameSource> RunUntilOfflineAsync(string url, int attempts = 1)
    {
        var source = new FfmpegFrameSource(Camera(url), TimeProvider.System, NullLogger.Instance);
        var frames = FrameChannels.CreateFrameChannel(2);
        var status = Channel.CreateUnbounded<AgentEvent>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var run = source.RunAsync(frames.Writer, status.Writer, cts.Token);
        while (!cts.IsCancellationRequested && (source.Link is not { Online: false } || source.Restarts < attempts))
        {
            await Task.Delay(100, CancellationToken.None);
        }
        await cts.CancelAsync();
        await run;
        return source;
    }

    [Test]
    public async Task Link_NothingListening_OfflineConnectionRefusedSinceTheFirstAttempt()
    {
        var before = DateTimeOffset.UtcNow;
        var source = await RunUntilOfflineAsync($"rtsp://127.0.0.1:{MosquittoBroker.FreePort()}/stream", attempts: 2);

        Assert.That(source.Link, Is.Not.Null);
        Assert.That(source.Link!.Online, Is.False);
        Assert.That(source.Link.Reason, Does.StartWith("connection refused"));
        // Two failed attempts are one outage: its start is the first attempt's, not the latest.
        Assert.That(source.Link.Since, Is.InRange(before, before.AddSeconds(10)));
    }

    [Test]
    public async Task Link_CameraAnswers401_OfflineUnauthorizedWithoutThePassword()
    {
        var port = MosquittoBroker.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                context.Response.StatusCode = 401;
                context.Response.AddHeader("WWW-Authenticate", "Basic realm=\"camera\"");
                context.Response.Close();
            }
        });

        var source = await RunUntilOfflineAsync($"http://admin:s3cret-pw@127.0.0.1:{port}/video.mjpg");
        listener.Stop();
        await serve;

        Assert.That(source.Link!.Online, Is.False);
        Assert.That(source.Link.Reason, Does.StartWith("HTTP 401 unauthorized"));
        Assert.That(source.Link.Reason, Does.Not.Contain("s3cret-pw"));
    }

    [TestCase("ffmpeg exited with code 1: [rtsp @ 0x55d0] method DESCRIBE failed: 401 Unauthorized", "HTTP 401 unauthorized")]
    [TestCase("ffmpeg exited with code 1: rtsp://10.0.0.14:4010/stream: Connection refused", "connection refused")]
    [TestCase("no frame for 10 s (stream stalled)", "timeout: stream stalled")]
    [TestCase("ffmpeg exited with code 1: [tcp @ 0x1] Connection to tcp://10.0.0.9:554 failed: Connection timed out", "timeout")]
    [TestCase("end of file", "end of file")]
    [TestCase("ffmpeg exited with code 1: rtsp://10.0.4.1:4011/x: Invalid data found when processing input", "ffmpeg exited")]
    public void Classify_FfmpegLastError_CauseFirst(string reason, string starts) =>
        Assert.That(CaptureLink.Classify(reason), Does.StartWith(starts));
}
