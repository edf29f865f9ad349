using System.Globalization;

namespace EdgeAgent.Bench;

/// <summary>The process's CPU time (its own and its reaped children's, i.e. ffmpeg's), peak RSS and load, read from /proc.</summary>
public static class ProcessUsage
{
    /// <summary>CPU seconds (user + system) of this process's threads.</summary>
    public static double OwnCpuSeconds()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>
    /// CPU seconds (user + system) of child processes that ended and were waited for (ffmpeg, ffprobe): fields cutime and
    /// cstime of /proc/self/stat. A child still running is not in it yet. 0 where /proc is absent.
    /// </summary>
    public static double ChildrenCpuSeconds()
    {
        const string path = "/proc/self/stat";
        if (!File.Exists(path)) return 0;
        var text = File.ReadAllText(path);
        // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
        var rest = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // rest[0] is field 3 (state); cutime and cstime are fields 16 and 17, in clock ticks (USER_HZ, 100 on Linux).
        var ticks = long.Parse(rest[13], CultureInfo.InvariantCulture) + long.Parse(rest[14], CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    /// <summary>Peak resident set size in bytes (VmHWM of /proc/self/status), or 0 where /proc is absent.</summary>
    public static long PeakRssBytes() => StatusKb("VmHWM:") * 1024;

    /// <summary>Resets the peak RSS to the current RSS (writes 5 to /proc/self/clear_refs, Linux 4.0+); ignored where refused.</summary>
    public static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then covers the whole process life, which the report still states.
            _ = ex;
        }
    }

    /// <summary>Current resident set size in bytes (VmRSS).</summary>
    public static long RssBytes() => StatusKb("VmRSS:") * 1024;

    /// <summary>The 1, 5 and 15 minute load averages, or empty where /proc is absent.</summary>
    public static double[] LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return [];
        var parts = File.ReadAllText(path).Split(' ');
        return [Parse(parts[0]), Parse(parts[1]), Parse(parts[2])];
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static long StatusKb(string key)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return 0;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
            var value = line[key.Length..].Trim();
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            return long.Parse(space < 0 ? value : value[..space], CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
