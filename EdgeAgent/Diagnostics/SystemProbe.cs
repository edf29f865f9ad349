using System.Globalization;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// Reads the machine's figures from Linux's own files (/proc, /sys) and the file system. Each read that can fail
/// returns null rather than throwing: a missing thermal zone or an unreadable file is a fact to report, not an error.
/// The roots are parameters so a test can point at a folder laid out like /sys.
/// </summary>
public sealed class SystemProbe(string procRoot = "/proc", string sysRoot = "/sys")
{
    /// <summary>Load averages over 1, 5 and 15 minutes, from <c>/proc/loadavg</c>.</summary>
    public (double One, double Five, double Fifteen)? ReadLoadAverage()
    {
        var text = TryReadText(Path.Combine(procRoot, "loadavg"));
        if (text is null) return null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return null;
        return double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
               && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
               && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var c)
            ? (a, b, c)
            : null;
    }

    /// <summary>Seconds since the machine booted, from <c>/proc/uptime</c>.</summary>
    public double? ReadSystemUptime()
    {
        var text = TryReadText(Path.Combine(procRoot, "uptime"));
        var first = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null;
    }

    /// <summary>Resident memory of this process in bytes (VmRSS in <c>/proc/self/status</c>).</summary>
    public long? ReadResidentBytes()
    {
        var text = TryReadText(Path.Combine(procRoot, "self", "status"));
        if (text is null) return null;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var value = line["VmRSS:".Length..].Trim();
            var space = value.IndexOf(' ');
            if (space > 0) value = value[..space];
            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }
        return null;
    }

    /// <summary>
    /// The hottest thermal zone in °C (<c>/sys/class/thermal/thermal_zone*/temp</c>, millidegrees), or null where the
    /// machine exposes none (containers, most VMs).
    /// </summary>
    public double? ReadCpuTemperature()
    {
        var dir = Path.Combine(sysRoot, "class", "thermal");
        if (!Directory.Exists(dir)) return null;
        double? hottest = null;
        foreach (var zone in Directory.EnumerateDirectories(dir, "thermal_zone*"))
        {
            var text = TryReadText(Path.Combine(zone, "temp"));
            if (text is null || !long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milli)) continue;
            var celsius = milli / 1000.0;
            // Some drivers report a sentinel (-274 °C, 0) for a sensor that is not fitted.
            if (celsius is <= -273 or > 200) continue;
            if (hottest is null || celsius > hottest) hottest = celsius;
        }
        return hottest;
    }

    /// <summary>Free (to this user) and total bytes of the file system holding <paramref name="path"/>.</summary>
    public static (long Free, long Total)? ReadDisk(string path)
    {
        try
        {
            // The state folder may not exist yet on a fresh device; its nearest existing parent is on the same disk.
            var dir = Path.GetFullPath(path);
            while (!Directory.Exists(dir))
            {
                var parent = Path.GetDirectoryName(dir);
                if (parent is null) return null;
                dir = parent;
            }
            var drive = new DriveInfo(dir);
            return (drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string? TryReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
