using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Diagnostics;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent support-bundle OUT.tar.gz</c>: what a support ticket needs and nothing it must not carry: the config
/// with secrets redacted, versions, the <c>check</c> and <c>status</c> output, the agent's last <c>health.json</c>, the
/// last hours of its journal (or log files), all redacted, and <c>manifest.txt</c> saying what is in and what is not, and why.
/// No keys, no watchlists, no events.
/// </summary>
public static class SupportBundleCommand
{
    /// <summary>Most bytes kept from the end of each log file and of the journal.</summary>
    public const int LogTailBytes = 2 << 20;

    /// <summary>The systemd unit deploy/edgeagent.service installs.</summary>
    public const string DefaultUnit = "edgeagent";

    /// <summary>The bundle's list of every item, included or not and why.</summary>
    public const string ManifestName = "manifest.txt";

    /// <summary>Default log folder, read when the journal has nothing.</summary>
    public const string DefaultLogDir = "/var/log/edgeagent";

    // A journal read over a slow SD card can take seconds; a hung one must not hold the technician's shell.
    private static readonly TimeSpan JournalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "Bundle to write (.tar.gz)" };
        var hours = new Option<double>("--hours") { Description = "Hours of the agent's journal to include", DefaultValueFactory = _ => 6 }.AboveAndAtMost(0, 24 * 31);
        var unit = new Option<string>("--unit") { Description = "systemd unit whose journal is read", DefaultValueFactory = _ => DefaultUnit };
        var logDir = new Option<string?>("--log-dir") { Description = $"Log files to include (newest 5, last 2 MiB each); default {DefaultLogDir} when the journal is empty" };
        var skipChecks = new Option<bool>("--no-check") { Description = "Leave out the check output (it probes cameras and the broker)" };
        var cmd = new Command("support-bundle", "Collect config (secrets redacted), versions, check, status, health and the journal for a support ticket")
        {
            output, hours, unit, logDir, skipChecks,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var outPath = parse.GetValue(output)!;
            if (Directory.Exists(outPath))
            {
                await error.WriteLineAsync($"support-bundle {outPath}: is a folder; give the bundle's file name, e.g. {Path.Combine(outPath, "support.tar.gz")}");
                return ExitCodes.Usage;
            }
            // Opened before the checks run (they probe cameras and the broker for seconds): a path we cannot write fails at once.
            FileStream stream;
            try
            {
                stream = File.Create(outPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                await error.WriteLineAsync($"support-bundle {outPath}: cannot write: {ex.Message}");
                return ExitCodes.Failure;
            }
            await using var _ = stream;
            var bundle = new Contents();
            var configPath = CommonOptions.ResolveConfigPath(parse);
            AgentOptions? options = null;
            try
            {
                bundle.Add("edgeagent.yaml", ConfigRedaction.ToYaml(ConfigLoader.ReadLimited(configPath)));
                options = ConfigLoader.LoadFile(configPath);
            }
            catch (ConfigException ex)
            {
                // ConfigLoader names the file in its message; an unreadable or hostile file is reported, never copied.
                bundle.Add("edgeagent.yaml.error", LogRedaction.Redact(ex.Message + "\n"));
                bundle.Missing("edgeagent.yaml", $"the config does not load ({configPath}); see edgeagent.yaml.error", onlyIfAbsent: true);
            }
            bundle.Add("versions.txt",
                $"edgeagent {VersionCommand.AgentVersion}\n.NET {Environment.Version} on {RuntimeInformation.RuntimeIdentifier} ({RuntimeInformation.OSDescription})\n" +
                $"host {Environment.MachineName}, {Environment.ProcessorCount} cores, collected {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n");
            if (parse.GetValue(skipChecks))
            {
                bundle.Missing("check.txt", "left out by --no-check");
            }
            else
            {
                var lines = await CheckCommand.RunAsync(configPath, new CheckSettings(), ct);
                bundle.Add("check.txt", LogRedaction.Redact(string.Join('\n', lines.Select(l => l.ToString())) + "\n"));
            }
            await AddStatusAsync(bundle, configPath, options);
            await AddLogsAsync(bundle, parse.GetValue(unit)!, parse.GetValue(hours), parse.GetValue(logDir), ct);

            bundle.Add(ManifestName, bundle.Manifest());
            await using (var gz = new GZipStream(stream, CompressionLevel.Optimal))
            await using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
            {
                foreach (var (name, data) in bundle.Files)
                {
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) }, ct);
                }
            }
            var missing = bundle.MissingNames;
            parse.InvocationConfiguration.Output.WriteLine($"{outPath}: {string.Join(", ", bundle.Files.Select(f => f.Name))}" +
                (missing.Count > 0 ? $"\nnot included (see {ManifestName}): {string.Join(", ", missing)}" : ""));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static async Task AddStatusAsync(Contents bundle, string configPath, AgentOptions? options)
    {
        if (options is null)
        {
            bundle.Missing(HealthFileWriter.FileName, "the config does not load, so the state folder is unknown");
            bundle.Missing("status.txt", "the config does not load");
            return;
        }
        var health = Path.Combine(options.StateDir, HealthFileWriter.FileName);
        try
        {
            // The writer pads the file with spaces to whole blocks; they carry nothing.
            bundle.Add(HealthFileWriter.FileName, LogRedaction.Redact((await File.ReadAllTextAsync(health)).TrimEnd() + "\n"));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            bundle.Missing(HealthFileWriter.FileName, $"{health} does not exist: the agent never ran with this state folder, or not for one health interval");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bundle.Missing(HealthFileWriter.FileName, $"cannot read {health}: {ex.Message} (run as root or as the edgeagent user)");
        }
        // The very code path of `edgeagent status`, so the bundle shows what the technician saw.
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var problems = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliRoot.InvokeAsync(["status", "--config", configPath], text, problems);
        if (code == ExitCodes.Ok) bundle.Add("status.txt", LogRedaction.Redact(text.ToString()));
        else bundle.Missing("status.txt", $"edgeagent status exited {code}: {LogRedaction.Redact(problems.ToString().Trim()).ReplaceLineEndings(" ")}");
    }

    private static async Task AddLogsAsync(Contents bundle, string unit, double hours, string? logDir, CancellationToken ct)
    {
        var journal = await ReadJournalAsync(unit, hours, ct);
        var name = "journal.txt";
        if (journal.Text is { } lines)
        {
            bundle.Add(name, LogRedaction.Redact(lines), journal.Note);
        }
        else
        {
            bundle.Missing(name, journal.Note!);
        }
        // Files are read when the technician names a folder, or when the journal gave nothing (an agent run by hand
        // with its output redirected, or a box without systemd).
        if (logDir is null && journal.Text is not null) return;
        var dir = logDir ?? DefaultLogDir;
        FileInfo[] logs;
        try
        {
            logs = Directory.Exists(dir) ? new DirectoryInfo(dir).GetFiles().OrderByDescending(f => f.LastWriteTimeUtc).Take(5).ToArray() : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bundle.Missing("logs/", $"cannot list {dir}: {ex.Message}");
            return;
        }
        if (logs.Length == 0)
        {
            bundle.Missing("logs/", Directory.Exists(dir) ? $"{dir} holds no files" : $"{dir} does not exist (the agent logs to the journal unless its output is redirected)");
            return;
        }
        foreach (var log in logs)
        {
            try
            {
                var (data, total) = await TailAsync(log.FullName, ct);
                bundle.Add("logs/" + log.Name, LogRedaction.Redact(data), total > LogTailBytes ? $"the last {LogTailBytes >> 20} MiB of {total} bytes" : null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                bundle.Missing("logs/" + log.Name, $"cannot read: {ex.Message}");
            }
        }
    }

    /// <summary>The unit's journal since <paramref name="hours"/> ago, or null and why it could not be read.</summary>
    private static async Task<(string? Text, string? Note)> ReadJournalAsync(string unit, double hours, CancellationToken ct)
    {
        var since = string.Create(CultureInfo.InvariantCulture, $"-{Math.Ceiling(hours * 60)}min");
        var info = new ProcessStartInfo("journalctl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-u", unit, "--since", since, "-o", "short-iso", "--no-pager", "-q" }) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            return (null, "no journalctl on this machine (no systemd journal); see logs/ instead");
        }
        using var _ = process;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(JournalTimeout);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            var (data, total) = await ReadTailAsync(process.StandardOutput.BaseStream, timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var problem = (await stderr).Trim();
            if (process.ExitCode != 0)
            {
                return (null, $"journalctl exited {process.ExitCode}: {FirstLine(problem)}");
            }
            if (data.Length == 0)
            {
                // journalctl says nothing when the unit never ran and, to a user outside systemd-journal, when it cannot read.
                return (null, $"no journal entries for unit {unit} in the last {hours.ToString("0.#", CultureInfo.InvariantCulture)} h " +
                    "(the agent did not run under systemd here, or this user may not read the journal: run as root or in group systemd-journal)" +
                    (problem.Length > 0 ? $"; journalctl: {FirstLine(problem)}" : ""));
            }
            return (data, total > LogTailBytes ? $"the last {LogTailBytes >> 20} MiB of {total} bytes" : null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (null, $"journalctl did not finish in {JournalTimeout.TotalSeconds:0} s");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static async Task<(string Text, long Total)> TailAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var total = stream.Length;
        if (total > LogTailBytes) stream.Seek(-LogTailBytes, SeekOrigin.End);
        var (text, _) = await ReadTailAsync(stream, ct);
        return (total > LogTailBytes ? SkipPartialLine(text) : text, total);
    }

    /// <summary>The last <see cref="LogTailBytes"/> of a stream of unknown length, and how many bytes it held.</summary>
    private static async Task<(string Text, long Total)> ReadTailAsync(Stream source, CancellationToken ct)
    {
        var kept = new MemoryStream();
        var buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += n;
            kept.Write(buffer, 0, n);
            // Trimmed now and then, not on every read: memory stays under twice the cap.
            if (kept.Length > 2L * LogTailBytes) kept = Keep(kept, LogTailBytes);
        }
        if (kept.Length > LogTailBytes) kept = Keep(kept, LogTailBytes);
        var text = Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
        return (total > kept.Length ? SkipPartialLine(text) : text, total);
    }

    private static MemoryStream Keep(MemoryStream stream, int bytes)
    {
        var tail = new MemoryStream(bytes);
        tail.Write(stream.GetBuffer(), (int)(stream.Length - bytes), bytes);
        return tail;
    }

    // A cut in the middle of a line (or of a UTF-8 character) would leave a fragment no one can read.
    private static string SkipPartialLine(string text) => text.IndexOf('\n', StringComparison.Ordinal) is >= 0 and var i ? text[(i + 1)..] : text;

    /// <summary>The files of the bundle in order, and the manifest's line for each item.</summary>
    private sealed class Contents
    {
        private readonly List<(string Name, string Line)> _manifest = [];

        public List<(string Name, byte[] Data)> Files { get; } = [];

        public IReadOnlyList<string> MissingNames => [.. _manifest.Where(m => m.Line.StartsWith("not included", StringComparison.Ordinal)).Select(m => m.Name)];

        public void Add(string name, string text, string? note = null)
        {
            var data = Encoding.UTF8.GetBytes(text);
            Files.Add((name, data));
            _manifest.Add((name, $"included ({data.Length} bytes{(note is null ? "" : ", " + note)})"));
        }

        public void Missing(string name, string why, bool onlyIfAbsent = false)
        {
            if (onlyIfAbsent && _manifest.Any(m => m.Name == name)) return;
            _manifest.Add((name, "not included: " + why));
        }

        public string Manifest()
        {
            var text = new StringBuilder("What this bundle holds (secrets masked as ***), and what it could not include and why:\n");
            foreach (var (name, line) in _manifest) text.Append(CultureInfo.InvariantCulture, $"{name,-18} {line}\n");
            return text.ToString();
        }
    }
}
