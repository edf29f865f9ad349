using System.Text;

namespace EdgeAgent.Common;

/// <summary>
/// Replaces a small state file (a pointer, a record, a config) so that a power cut leaves the old content or the new,
/// never a mix or an empty file: written beside it, flushed to the disk, then renamed over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/>; the new file gets <paramref name="createMode"/> when given, else the umask's default.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, UnixFileMode? createMode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (createMode is { } mode && !OperatingSystem.IsWindows()) options.UnixCreateMode = mode;
        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> in UTF-8.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
}
