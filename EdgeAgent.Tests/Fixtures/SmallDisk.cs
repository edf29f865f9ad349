using System.Diagnostics;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// A real small file system (tmpfs) mounted in a temporary folder, filled to the last byte and freed again on demand:
/// the disk-full tests run the outbox against the kernel's own ENOSPC, not a simulated exception.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (mount's syntax, like 4m); ignores the test where mounting is not allowed.</summary>
    public static SmallDisk Mount(string parent, string size)
    {
        var path = System.IO.Path.Combine(parent, "small-disk");
        Directory.CreateDirectory(path);
        if (Environment.UserName != "root" || Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) != 0)
        {
            Assert.Ignore("mounting a small tmpfs needs root (CI runs as root)");
        }
        return new SmallDisk(path);
    }

    /// <summary>Free bytes now.</summary>
    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Writes a filler file until the kernel says no space is left.</summary>
    public void Fill()
    {
        using var f = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        var block = new byte[4096];
        try
        {
            while (true) f.Write(block);
        }
        catch (IOException)
        {
            // Full: exactly what the test wants.
        }
        Assert.That(FreeBytes, Is.LessThan(4096), "the small disk must be full");
    }

    /// <summary>Deletes the filler: the space returns.</summary>
    public void Free() => File.Delete(Filler);

    /// <inheritdoc />
    public void Dispose()
    {
        // A lazy unmount when a late file handle keeps the small disk busy, so the folder can be deleted.
        if (Run("umount", Path) != 0) Run("umount", "-l", Path);
    }

    private static int Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
