using System.Diagnostics;
using System.Globalization;

namespace EdgeAgent.Capture;

/// <summary>Asks ffprobe for a source's video size and rate before decoding it (the CLI reports boxes in source pixels).</summary>
public static class SourceProbe
{
    /// <summary>Width, height and frame rate of the first video stream; throws with ffprobe's reason when it cannot read it.</summary>
    public static async Task<StreamInfo> ProbeAsync(string url, CancellationToken cancellationToken, string ffprobe = "ffprobe")
    {
        var info = new ProcessStartInfo(ffprobe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-v", "error", "-rw_timeout", "10000000", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,r_frame_rate", "-of", "csv=p=0", url })
        {
            info.ArgumentList.Add(a);
        }
        if (url.StartsWith("rtsp://", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Insert(0, "tcp");
            info.ArgumentList.Insert(0, "-rtsp_transport");
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start ffprobe");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = (await stdout).Trim();
        var parts = line.Split(',');
        if (process.ExitCode != 0 || parts.Length < 4
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h))
        {
            var why = (await stderr).Trim();
            throw new IOException(Configuration.UrlRedaction.Redact($"{url}: no readable video stream{(why.Length > 0 ? ": " + why.Split('\n')[^1] : "")}"));
        }
        return new StreamInfo(parts[0], w, h, ParseRate(parts[3]));
    }

    private static double ParseRate(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : 0;
        return double.TryParse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
               && double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
            ? n / d
            : 0;
    }
}
