using System.Diagnostics;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// A real RTSP camera: GStreamer's RTSP server (scripts/rtsp-camera.py) serving a clip on 127.0.0.1. The server binds the
/// port itself (port 0 on the first start, read back from its "ready" line), so no other process can take it between
/// a free-port probe and the bind.
/// </summary>
public sealed class RtspCamera : IDisposable
{
    private readonly string _file;
    private Process? _process;
    private int _port;

    /// <summary>Prepares a camera serving <paramref name="file"/>; call <see cref="StartAsync"/>.</summary>
    public RtspCamera(string file) => _file = file;

    /// <summary>The TCP port it listens on, known once started (kept across restarts, as a camera's address is).</summary>
    public int Port => _port != 0 ? _port : throw new InvalidOperationException("the RTSP camera has not started yet: its port is the one the server binds");

    /// <summary>The URL a client pulls.</summary>
    public string Url => $"rtsp://127.0.0.1:{Port}/cam";

    /// <summary>Starts (or restarts) the server and waits until it listens.</summary>
    public async Task StartAsync()
    {
        // Right after a kill the port can still be held by the old connections for a moment: try again briefly.
        var said = "";
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (ready, text) = await TryStartAsync();
            if (ready) return;
            said = text;
            await Task.Delay(500);
        }
        throw new InvalidOperationException($"RTSP camera did not start (needs python3-gi and gir1.2-gst-rtsp-server-1.0: run ./scripts/setup.sh); it said: {said}");
    }

    private async Task<(bool Ready, string Said)> TryStartAsync()
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "scripts", "rtsp-camera.py"));
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(_port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--file");
        info.ArgumentList.Add(_file);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start scripts/rtsp-camera.py");
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await process.StandardOutput.ReadLineAsync(cts.Token);
        if (line is not null && line.StartsWith("ready ", StringComparison.Ordinal))
        {
            // "ready rtsp://127.0.0.1:PORT/cam": the port the server holds.
            _port = new Uri(line["ready ".Length..]).Port;
            _process = process;
            return (true, line);
        }
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
        process.Dispose();
        lock (stderr) return (false, $"{line} {stderr}".Trim());
    }

    /// <summary>Kills the server as a camera dropping off the network would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public void Dispose() => Kill();
}
