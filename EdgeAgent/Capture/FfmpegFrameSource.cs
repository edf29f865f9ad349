using System.Diagnostics;
using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Capture;

/// <summary>
/// Reads one camera through an ffmpeg subprocess that writes raw RGB24 frames to a pipe (as Frigate does), so the
/// per-frame path needs no OpenCV native code. Detects a dropped or stalled stream, reports the camera offline,
/// and reconnects with capped, jittered back-off; reports it online again at the first frame.
/// </summary>
public sealed partial class FfmpegFrameSource : IFrameSource, ICaptureCounters
{
    private readonly CameraOptions _camera;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _ffmpeg;
    private readonly LogRateLimiter _stderrLimiter;
    private long _framesRead;
    private long _restarts;
    private long _skipped;
    private volatile CaptureLink? _link;

    /// <summary>Creates the source of <paramref name="camera"/>.</summary>
    public FfmpegFrameSource(CameraOptions camera, TimeProvider time, ILogger logger, string ffmpegPath = "ffmpeg")
    {
        ArgumentNullException.ThrowIfNull(camera);
        _camera = camera;
        _time = time;
        _logger = logger;
        _ffmpeg = ffmpegPath;
        _stderrLimiter = new LogRateLimiter(20, TimeSpan.FromMinutes(1), time);
        Pool = new FramePool(camera.Detect.Width, camera.Detect.Height);
    }

    /// <summary>The frame buffers of this camera.</summary>
    public FramePool Pool { get; }

    /// <summary>
    /// Recent times spent waiting for one decoded frame on ffmpeg's pipe: decode time when analysis is faster than
    /// ffmpeg, near zero when ffmpeg is ahead. ffmpeg's own CPU is a child process's, not ours.
    /// </summary>
    public Common.LatencyWindow ReadTimes { get; } = new("decode");

    /// <summary>Frames read from ffmpeg.</summary>
    public long FramesRead => Interlocked.Read(ref _framesRead);

    /// <summary>Frames read but skipped because every buffer was still in analysis.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>How often the stream was (re)started after a failure.</summary>
    public long Restarts => Interlocked.Read(ref _restarts);

    /// <summary>Online or offline, why and since when: what <c>status</c> shows for the camera.</summary>
    public CaptureLink? Link => _link;

    /// <summary>What ffmpeg last said about the input stream.</summary>
    public StreamInfo? Input { get; private set; }

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<Frame> frames, ChannelWriter<AgentEvent> status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(status);
        var backoff = new Backoff(TimeSpan.FromSeconds(1), _camera.MaxBackoff);
        var state = new RunState { Start = _time.GetTimestamp() };
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var outcome = await RunProcessAsync(frames, status, state, cancellationToken);
                if (cancellationToken.IsCancellationRequested) break;
                var finished = outcome.CleanEnd && _camera.SourceKind == "file" && !_camera.Loop;
                MarkOffline(finished ? "end of file" : outcome.Reason);
                if (state.Online)
                {
                    state.Online = false;
                    await status.WriteAsync(StatusEvent("offline", finished ? "end of file" : outcome.Reason, state), cancellationToken);
                }
                if (finished)
                {
                    LogFileEnded(_logger, _camera.Id, outcome.Frames);
                    break;
                }
                if (outcome.Frames > 0) backoff.Reset();
                if (!state.ReportedFailure || outcome.Frames > 0)
                {
                    // One offline event per outage, not one per failed attempt: the centre wants transitions.
                    if (!state.EverOnline && !state.ReportedFailure)
                    {
                        await status.WriteAsync(StatusEvent("offline", outcome.Reason, state), cancellationToken);
                    }
                    state.ReportedFailure = true;
                }
                var delay = backoff.Next();
                Interlocked.Increment(ref _restarts);
                LogReconnecting(_logger, _camera.Id, outcome.Reason, delay.TotalSeconds, backoff.Attempt);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stop requested.
        }
        finally
        {
            frames.TryComplete();
        }
    }

    private async Task<Outcome> RunProcessAsync(ChannelWriter<Frame> frames, ChannelWriter<AgentEvent> status, RunState state, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(_ffmpeg)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var a in FfmpegArguments.Build(_camera)) info.ArgumentList.Add(a);

        using var process = new Process { StartInfo = info };
        try
        {
            if (!process.Start()) return new Outcome("ffmpeg did not start", 0, false);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Outcome($"cannot start ffmpeg ({_ffmpeg}): {ex.Message}; install it (apt-get install ffmpeg)", 0, false);
        }

        var lastError = new StrongBox<string>("");
        var stderr = Task.Run(() => PumpStderrAsync(process.StandardError, lastError), CancellationToken.None);
        var lastFrame = _time.GetTimestamp();
        var stalled = false;
        using var killOnCancel = cancellationToken.Register(() => Kill(process));
        using var watchdog = _time.CreateTimer(
            _ =>
            {
                if (_time.GetElapsedTime(Interlocked.Read(ref lastFrame)) > _camera.StallTimeout)
                {
                    stalled = true;
                    Kill(process);
                }
            },
            null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        var stdout = process.StandardOutput.BaseStream;
        var frameBytes = Pool.FrameBytes;
        byte[]? scratch = null;
        long frames0 = 0;
        var truncated = false;
        var fps = _camera.Detect.Fps;
        try
        {
            while (true)
            {
                var rented = Pool.TryRent(out var frame);
                var target = rented ? frame.Buffer : scratch ??= new byte[frameBytes];
                var waitStart = System.Diagnostics.Stopwatch.GetTimestamp();
                var read = await stdout.ReadAtLeastAsync(target.AsMemory(0, frameBytes), frameBytes, throwOnEndOfStream: false, cancellationToken);
                if (read < frameBytes)
                {
                    if (rented) frame.Dispose();
                    truncated = read > 0;
                    break;
                }
                ReadTimes.RecordSince(waitStart);
                Interlocked.Exchange(ref lastFrame, _time.GetTimestamp());
                Interlocked.Increment(ref _framesRead);
                var streamSeconds = _camera.SourceKind == "file"
                    ? state.FileOffsetSeconds + frames0 / fps
                    : _time.GetElapsedTime(state.Start).TotalSeconds;
                frames0++;
                if (!state.Online)
                {
                    state.Online = true;
                    state.EverOnline = true;
                    state.ReportedFailure = false;
                    _link = new CaptureLink(true, "", _time.GetUtcNow());
                    await status.WriteAsync(StatusEvent("online", CheckAspect(), state, streamSeconds), cancellationToken);
                }
                if (!rented)
                {
                    Interlocked.Increment(ref _skipped);
                    continue;
                }
                frame.CameraId = _camera.Id;
                frame.StreamSeconds = streamSeconds;
                frame.Index = Input is { Fps: > 0 } input ? (long)Math.Round(streamSeconds * input.Fps) : frames0 - 1;
                frame.CaptureTime = _time.GetUtcNow();
                frame.Timestamp = _time.GetTimestamp();
                await frames.WriteAsync(frame, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new Outcome("stopped", frames0, false);
        }
        catch (IOException ex)
        {
            lastError.Value = ex.Message;
        }
        finally
        {
            Kill(process);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        await stderr;
        state.FileOffsetSeconds += frames0 / fps;
        var exitCode = process.ExitCode;
        if (stalled) return new Outcome($"no frame for {_camera.StallTimeout.TotalSeconds:0} s (stream stalled)", frames0, false);
        if (truncated) return new Outcome($"stream ended inside a frame (truncated input){Suffix(lastError.Value)}", frames0, exitCode == 0);
        if (exitCode != 0) return new Outcome($"ffmpeg exited with code {exitCode}{Suffix(lastError.Value)}", frames0, false);
        if (frames0 == 0) return new Outcome($"no frames decoded{Suffix(lastError.Value)}", 0, false);
        return new Outcome("stream ended", frames0, true);
    }

    /// <summary>The latest attempt's reason is kept (401 may turn into refused), but the outage keeps its start.</summary>
    private void MarkOffline(string reason)
    {
        var previous = _link;
        var since = previous is { Online: false } ? previous.Since : _time.GetUtcNow();
        _link = new CaptureLink(false, CaptureLink.Classify(reason), since);
    }

    private static string Suffix(string error) => error.Length == 0 ? "" : ": " + error;

    private async Task PumpStderrAsync(StreamReader stderr, StrongBox<string> lastError)
    {
        var inOutputSection = false;
        try
        {
            while (await stderr.ReadLineAsync() is { } line)
            {
                // Stream lines before "Output #0" describe the camera; those after describe our raw output.
                if (line.StartsWith("Output #", StringComparison.Ordinal)) inOutputSection = true;
                else if (!inOutputSection && StreamInfo.TryParse(line) is { } si) Input = si;
                var lower = line.AsSpan().TrimStart();
                var isError = lower.Contains("error", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("invalid", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("failed", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("refused", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("not found", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("No such file", StringComparison.OrdinalIgnoreCase)
                              || lower.Contains("timed out", StringComparison.OrdinalIgnoreCase);
                // ffmpeg quotes the URL it was given, password and all: nothing it writes is kept or logged unmasked.
                var shown = UrlRedaction.Redact(line);
                if (isError) lastError.Value = shown.Trim();
                if (_stderrLimiter.TryAcquire(out var suppressed))
                {
                    if (suppressed > 0) LogSuppressed(_logger, _camera.Id, suppressed);
                    if (isError) LogFfmpegError(_logger, _camera.Id, shown);
                    else LogFfmpegLine(_logger, _camera.Id, shown);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The process went away; its exit code tells the rest.
        }
    }

    /// <summary>A stream whose shape differs from the detect size is stretched: said on the online event and in the log.</summary>
    private string CheckAspect()
    {
        if (Input is not { Width: > 0, Height: > 0 } input) return "";
        var source = (double)input.Width / input.Height;
        var detect = (double)_camera.Detect.Width / _camera.Detect.Height;
        if (Math.Abs(source - detect) / detect <= 0.05) return "";
        LogAspect(_logger, _camera.Id, input.Width, input.Height, _camera.Detect.Width, _camera.Detect.Height);
        return $"stream is {input.Width}x{input.Height} but detect size is {_camera.Detect.Width}x{_camera.Detect.Height}: picture stretched; set detect width/height to the stream's aspect ratio";
    }

    private CameraStatusEvent StatusEvent(string phase, string reason, RunState state, double streamSeconds = 0) => new()
    {
        Camera = _camera.Id,
        CaptureTime = _time.GetUtcNow(),
        CaptureTimestamp = _time.GetTimestamp(),
        Phase = phase,
        Reason = reason,
        Frame = Input is { Fps: > 0 } i ? (long)Math.Round((streamSeconds > 0 ? streamSeconds : state.FileOffsetSeconds) * i.Fps) : 0,
        Size = phase == "online" ? (_camera.Detect.Width, _camera.Detect.Height) : null,
    };

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    private sealed class RunState
    {
        public long Start;
        public bool Online;
        public bool EverOnline;
        public bool ReportedFailure;
        public double FileOffsetSeconds;
    }

    private sealed class StrongBox<T>(T value)
    {
        public T Value { get; set; } = value;
    }

    private readonly record struct Outcome(string Reason, long Frames, bool CleanEnd);

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "camera {Camera}: {Reason}; reconnecting in {Delay:0.0} s (attempt {Attempt})")]
    private static partial void LogReconnecting(ILogger logger, string camera, string reason, double delay, int attempt);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "camera {Camera}: end of file after {Frames} frames")]
    private static partial void LogFileEnded(ILogger logger, string camera, long frames);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "camera {Camera} ffmpeg: {Line}")]
    private static partial void LogFfmpegLine(ILogger logger, string camera, string line);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "camera {Camera} ffmpeg: {Line}")]
    private static partial void LogFfmpegError(ILogger logger, string camera, string line);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "camera {Camera}: {Count} ffmpeg log lines suppressed in the last minute")]
    private static partial void LogSuppressed(ILogger logger, string camera, int count);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "camera {Camera}: the stream is {Width}x{Height} but detect size is {DetectWidth}x{DetectHeight}: the picture is stretched; set detect width/height to the stream's aspect ratio")]
    private static partial void LogAspect(ILogger logger, string camera, int width, int height, int detectWidth, int detectHeight);
}
