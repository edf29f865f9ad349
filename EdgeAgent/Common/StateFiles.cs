using System.Runtime.InteropServices;
using System.Text;

namespace EdgeAgent.Common;

/// <summary>
/// Creates the files and folders of the state folder owner-only (files 0600, folders 0700) whatever the umask: it
/// holds the outbox, keys, audit log, watchlists and staged bundles, and a umask of 022 would leave them readable by
/// every local user. The mode is given at creation, so there is no moment at which the file is open to others.
/// </summary>
public static partial class StateFiles
{
    /// <summary>Mode of a state file: owner read and write.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Mode of a state folder: owner read, write and search.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> and any missing parents with <see cref="FolderMode"/>; an existing folder is left as it is.</summary>
    public static DirectoryInfo CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only; its parents get the umask's.
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(path); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
        {
            missing.Push(dir);
            if (Path.GetDirectoryName(dir) is null) break;
        }
        while (missing.Count > 1) Directory.CreateDirectory(missing.Pop(), FolderMode);
        return Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Creates the parent folder of <paramref name="path"/> (see <see cref="CreateDirectory"/>), when it has one.</summary>
    public static void CreateParent(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } dir) CreateDirectory(dir);
    }

    /// <summary>Creates or truncates <paramref name="path"/> for writing, a new file with <see cref="FileMode"/>.</summary>
    public static FileStream CreateFile(string path, System.IO.FileMode mode = System.IO.FileMode.Create, FileOptions options = FileOptions.None)
    {
        var o = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None, Options = options };
        if (!OperatingSystem.IsWindows()) o.UnixCreateMode = FileMode;
        return new FileStream(path, o);
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="bytes"/> as <see cref="AtomicFile"/> does (a power cut leaves
    /// the old content or the new), the new file owner-only; creates the folder when missing.
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        CreateParent(path);
        AtomicFile.WriteAllBytes(path, bytes, FileMode);
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> in UTF-8 (see <see cref="WriteAllBytes"/>).</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Copies <paramref name="source"/> to a new owner-only <paramref name="target"/> (the copy does not keep the source's mode).</summary>
    public static void Copy(string source, string target, bool overwrite = false)
    {
        using var input = File.OpenRead(source);
        using var output = CreateFile(target, overwrite ? System.IO.FileMode.Create : System.IO.FileMode.CreateNew);
        input.CopyTo(output);
    }

    /// <summary>
    /// Makes an existing file owner-only: for files a library creates itself (LiteDB's <c>-log.db</c> beside its
    /// database), which take the process umask, we cannot choose the mode at creation.
    /// </summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>
    /// Before LiteDB opens <paramref name="database"/>: creates the database's folder and its log file (LiteDB names it
    /// <c>NAME-log.EXT</c>) owner-only when missing, so that LiteDB opens ours instead of creating a world-readable one.
    /// Call <see cref="RestrictLiteDb"/> after opening, for a log LiteDB replaced.
    /// </summary>
    public static void PrepareLiteDb(string database)
    {
        CreateParent(database);
        var log = LiteDbLogPath(database);
        if (!File.Exists(log)) CreateFile(log, System.IO.FileMode.CreateNew).Dispose();
    }

    /// <summary>Makes <paramref name="database"/> and its LiteDB log file owner-only.</summary>
    public static void RestrictLiteDb(string database)
    {
        Restrict(database);
        Restrict(LiteDbLogPath(database));
    }

    /// <summary>
    /// Sets the process umask to 077, for <c>edgeagent run</c> only. Modes given at creation cover our own files, but
    /// LiteDB deletes its empty <c>-log</c> file on close and creates it again with the umask (in shared mode on every
    /// write), and .NET has no umask API. The CLI verbs keep the technician's umask: the files they write for people
    /// (support bundles, exports, public keys) should stay readable as usual. Returns the previous mask.
    /// </summary>
    public static int RestrictProcessUmask() => OperatingSystem.IsWindows() ? 0 : SetUmask(0x3F);

    /// <summary>Sets the process umask (a test sets 022 to check that modes do not depend on it); returns the previous one.</summary>
    internal static int SetUmask(int mask) => OperatingSystem.IsWindows() ? 0 : (int)umask((uint)mask);

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint umask(uint mask);

    /// <summary>LiteDB's log file beside <paramref name="database"/>: <c>outbox.db</c> logs to <c>outbox-log.db</c>.</summary>
    public static string LiteDbLogPath(string database) =>
        Path.Combine(Path.GetDirectoryName(database) ?? "", Path.GetFileNameWithoutExtension(database) + "-log" + Path.GetExtension(database));
}
