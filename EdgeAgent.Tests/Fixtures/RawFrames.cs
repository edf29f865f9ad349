using System.Diagnostics;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>Decodes frames of a real clip to RGB24 with an ffmpeg subprocess, and wraps pixels as pipeline frames.</summary>
public static class RawFrames
{
    /// <summary>Frames <paramref name="first"/>..first+count-1 of <paramref name="path"/>, scaled to width×height.</summary>
    public static byte[][] Decode(string path, int width, int height, int count, int first = 0)
    {
        var psi = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-v", "error", "-nostdin", "-i", path, "-vf", $"select=gte(n\\,{first}),scale={width}:{height}", "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "rgb24", "-frames:v", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "pipe:1" })
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start ffmpeg");
        var stderr = process.StandardError.ReadToEndAsync();
        var frames = new byte[count][];
        var stdout = process.StandardOutput.BaseStream;
        for (var i = 0; i < count; i++)
        {
            frames[i] = new byte[width * height * 3];
            stdout.ReadExactly(frames[i]);
        }
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, () => "ffmpeg failed: " + stderr.Result);
        return frames;
    }

    /// <summary>A pipeline frame holding a copy of <paramref name="pixels"/>.</summary>
    public static Frame ToFrame(FramePool pool, byte[] pixels, long index, double streamSeconds)
    {
        Assert.That(pool.TryRent(out var frame), Is.True, "frame pool exhausted: dispose frames in the test");
        pixels.AsSpan().CopyTo(frame.Buffer);
        frame.Index = index;
        frame.StreamSeconds = streamSeconds;
        frame.CaptureTime = DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000 + streamSeconds);
        return frame;
    }

    /// <summary>
    /// Feeds <paramref name="frames"/> to one stage at 5 fps of stream time with <paramref name="tracks"/> as the tracker's
    /// output, as a stage after tracking sees them; <paramref name="beforeFrame"/> may move the tracks first.
    /// </summary>
    public static void Play(IFrameStage stage, FramePool pool, byte[][] frames, global::EdgeAgent.Tracking.TrackSet tracks, Action<int>? beforeFrame = null)
    {
        var analysis = new FrameAnalysis("cam");
        for (var i = 0; i < frames.Length; i++)
        {
            using var frame = ToFrame(pool, frames[i], i, i * 0.2);
            analysis.Begin(frame);
            analysis.Set(tracks);
            beforeFrame?.Invoke(i);
            stage.Process(analysis);
        }
    }
}
