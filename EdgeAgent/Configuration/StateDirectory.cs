namespace EdgeAgent.Configuration;

/// <summary>Creates the state folder up front, so a path that cannot exist fails once, naming the setting, not deep inside a store.</summary>
public static class StateDirectory
{
    /// <summary>
    /// Creates <paramref name="path"/> (and its parents) when absent; throws <see cref="IOException"/> naming
    /// <paramref name="setting"/> and the path when it cannot be created or is a file.
    /// </summary>
    public static string Ensure(string path, string setting = "device.state_dir")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new IOException($"{setting} {full}: is a file, not a folder; point {setting} at a writable folder");
        try
        {
            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new IOException($"{setting} {full}: cannot create the state folder ({ex.Message}); point {setting} at a writable folder", ex);
        }
    }
}
