using System.Diagnostics;
using System.Globalization;

namespace EdgeAgent.Configuration;

/// <summary>
/// <c>/etc/edgeagent/edgeagent.env</c>: the <c>KEY=VALUE</c> lines that give the config's <c>${NAME}</c> references
/// their values. systemd reads it for the service (<c>EnvironmentFile=</c>) and the CLI reads it before the config, so
/// <c>status</c> or <c>events tail</c> work in a technician's shell without exporting the camera variables there.
/// </summary>
public static class EnvironmentFile
{
    /// <summary>Where an installed device keeps it.</summary>
    public const string DefaultPath = "/etc/edgeagent/edgeagent.env";

    /// <summary>Variable naming another file (a test, or a device installed elsewhere).</summary>
    public const string PathVariable = "EDGEAGENT_ENV_FILE";

    /// <summary>
    /// Parses the file's lines as systemd does for the simple cases: blank lines and <c>#</c> comments skipped, an optional
    /// <c>export </c>, one pair of surrounding quotes removed. A malformed line is reported, not guessed at.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Parse(string text, string path, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(warnings);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line.StartsWith("export ", StringComparison.Ordinal)) line = line[7..].TrimStart();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var key = eq > 0 ? line[..eq].Trim() : "";
            if (key.Length == 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(key[0]))
            {
                // The line may hold a secret: only its number is said.
                warnings.Add($"{path}:{number}: not a KEY=VALUE line, ignored");
                continue;
            }
            var value = line[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'') value = value[1..^1];
            values[key] = value;
        }
        return values;
    }

    /// <summary>
    /// Reads <paramref name="path"/> (absent: nothing, no warning) and sets each variable not already set, since a value
    /// the technician exported on purpose wins. Returns the names it set; problems (loose permissions) go to <paramref name="warnings"/>.
    /// </summary>
    public static IReadOnlyList<string> Apply(string path, ICollection<string> warnings, Func<string, string?> get, Action<string, string> set)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"cannot read {path}: {ex.Message} (run as root, or with sudo, to use the camera variables)");
            return [];
        }
        if (PermissionProblem(path) is { } problem) warnings.Add(problem);
        var applied = new List<string>();
        foreach (var (key, value) in Parse(text, path, warnings))
        {
            if (get(key) is not null) continue;
            set(key, value);
            applied.Add(key);
        }
        return applied;
    }

    /// <summary>
    /// Applies the file named by <see cref="PathVariable"/> (else <see cref="DefaultPath"/>) to this process's environment;
    /// nothing under systemd (<c>INVOCATION_ID</c> set), which applied it already as root: the service user cannot read it.
    /// </summary>
    public static IReadOnlyList<string> ApplyToProcess(ICollection<string> warnings) =>
        Environment.GetEnvironmentVariable("INVOCATION_ID") is { Length: > 0 } ? [] : Apply(Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? p : DefaultPath, warnings,
            Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

    /// <summary>
    /// The file holds camera and broker passwords: anything but root-owned 0600/0640 is said, with the fix. Null when it is right.
    /// </summary>
    public static string? PermissionProblem(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var mode = (int)File.GetUnixFileMode(path) & 0b111_111_111;
        var owner = OwnerId(path);
        if ((mode == 0b110_000_000 || mode == 0b110_100_000) && owner == 0) return null;
        var shown = Convert.ToString(mode, 8).PadLeft(4, '0');
        return $"warning: {path} holds secrets but is mode {shown}, owner uid {owner?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}: "
            + $"chown root:root {path} && chmod 0600 {path}";
    }

    /// <summary>
    /// Writes <paramref name="values"/> as KEY=VALUE lines, mode 0600 from the first byte (never readable by others, even
    /// briefly), replacing the file in one rename.
    /// </summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, string>> values, string header)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(header);
        var temp = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temp, System.Text.Encoding.UTF8, options))
        {
            foreach (var line in header.Split('\n')) writer.WriteLine("# " + line);
            foreach (var (key, value) in values) writer.WriteLine($"{key}={value}");
        }
        // The umask may not have cleared bits the create mode asked for; 0600 is what systemd and the warning expect.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The names of the <c>${NAME}</c> references in a config text, in order of appearance.</summary>
    public static IReadOnlyList<string> References(string configText)
    {
        ArgumentNullException.ThrowIfNull(configText);
        var names = new List<string>();
        for (var start = configText.IndexOf("${", StringComparison.Ordinal); start >= 0; start = configText.IndexOf("${", start + 2, StringComparison.Ordinal))
        {
            var end = configText.IndexOf('}', start + 2);
            if (end < 0) break;
            var name = configText[(start + 2)..end];
            if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        }
        return names;
    }

    // .NET exposes a file's mode but not its owner; stat(1) is on every device the agent runs on.
    private static int? OwnerId(string path)
    {
        try
        {
            var info = new ProcessStartInfo("stat") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-c", "%u", "--", path }) info.ArgumentList.Add(a);
            using var process = Process.Start(info);
            if (process is null) return null;
            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var uid) ? uid : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }
}
