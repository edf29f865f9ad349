using System.Diagnostics;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>Runs Debian's ffmpeg to compose test clips from the cached media; a failure fails the test with ffmpeg's message.</summary>
public static class FfmpegCli
{
    /// <summary>Runs ffmpeg quietly with <paramref name="args"/>, overwriting outputs.</summary>
    public static void Run(params string[] args)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-nostdin", "-y" }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start ffmpeg");
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, "ffmpeg: " + err);
    }
}
