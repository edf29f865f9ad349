using System.Globalization;
using System.Text.RegularExpressions;

namespace EdgeAgent.Capture;

/// <summary>What ffmpeg says about the input video stream: codec, size, frame rate.</summary>
public sealed partial record StreamInfo(string Codec, int Width, int Height, double Fps)
{
    /// <summary>Reads an ffmpeg stderr line such as <c>Stream #0:0: Video: h264 (High), yuv420p, 768x576 [SAR 1:1 DAR 4:3], 10 fps, 10 tbr</c>.</summary>
    public static StreamInfo? TryParse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var m = VideoLine().Match(line);
        if (!m.Success) return null;
        var fps = m.Groups["fps"].Success
            ? double.Parse(m.Groups["fps"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0;
        return new StreamInfo(
            m.Groups["codec"].Value,
            int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture),
            fps);
    }

    [GeneratedRegex(@"Stream #0:\d+.*?: Video: (?<codec>[A-Za-z0-9_]+).*?, (?<w>\d{2,5})x(?<h>\d{2,5})[ ,](?:.*?, (?<fps>[\d.]+) fps)?")]
    private static partial Regex VideoLine();
}
