using System.Globalization;
using EdgeAgent.Configuration;

namespace EdgeAgent.Capture;

/// <summary>Builds the ffmpeg command line that decodes one camera to raw RGB24 frames on stdout.</summary>
public static class FfmpegArguments
{
    /// <summary>The arguments for <paramref name="camera"/>, decoding at its detect size and rate.</summary>
    public static IReadOnlyList<string> Build(CameraOptions camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var args = new List<string> { "-hide_banner", "-nostdin", "-nostats", "-loglevel", "info" };
        var url = camera.Url;
        switch (camera.SourceKind)
        {
            case "rtsp":
                // TCP survives NAT and packet loss; the socket timeout (microseconds) makes a silent camera an error, not a hang.
                args.AddRange(["-rtsp_transport", camera.RtspTransport, "-timeout", "5000000"]);
                break;
            case "rtmp":
                args.AddRange(["-rw_timeout", "5000000"]);
                break;
            case "http" or "https":
                args.AddRange(["-rw_timeout", "5000000"]);
                break;
            case "device":
                args.AddRange(["-f", "v4l2"]);
                break;
            case "file":
                if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase)) url = new Uri(url).LocalPath;
                if (camera.Loop) args.AddRange(["-stream_loop", "-1"]);
                if (camera.Realtime) args.Add("-re");
                break;
        }
        args.AddRange(camera.InputArgs);
        args.AddRange(["-i", url, "-an", "-sn", "-dn"]);
        var fps = camera.Detect.Fps.ToString("0.###", CultureInfo.InvariantCulture);
        // fps before scale: frames that are dropped anyway are never scaled.
        args.AddRange(["-vf", $"fps={fps},scale={camera.Detect.Width}:{camera.Detect.Height}:flags=bilinear"]);
        args.AddRange(["-pix_fmt", "rgb24", "-f", "rawvideo", "pipe:1"]);
        return args;
    }
}
