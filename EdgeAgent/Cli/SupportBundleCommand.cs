using System.CommandLine;
using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Control.Provisioning;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent support-bundle OUT.tar.gz</c>: what a support ticket needs and nothing it must not carry: the config
/// with secrets redacted, versions, the <c>check</c> output and the tail of recent logs. No keys, no watchlists, no events.
/// </summary>
public static class SupportBundleCommand
{
    /// <summary>Most bytes kept from the end of each log file.</summary>
    public const int LogTailBytes = 1 << 20;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "Bundle to write (.tar.gz)" };
        var logDir = new Option<string>("--log-dir") { Description = "Folder of log files to include (newest 5, last 1 MiB each)", DefaultValueFactory = _ => "/var/log/edgeagent" };
        var skipChecks = new Option<bool>("--no-check") { Description = "Leave out the check output (it probes cameras and the broker)" };
        var cmd = new Command("support-bundle", "Collect config (secrets redacted), versions, check output and recent logs for a support ticket") { output, logDir, skipChecks };
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
            var configPath = CommonOptions.ResolveConfigPath(parse);
            var files = new List<(string Name, byte[] Data)>();
            try
            {
                files.Add(("edgeagent.yaml", Encoding.UTF8.GetBytes(ConfigRedaction.ToYaml(ConfigLoader.ReadLimited(configPath)))));
            }
            catch (ConfigException ex)
            {
                // ConfigLoader names the file in its message; an unreadable or hostile file is reported, never copied.
                files.Add(("edgeagent.yaml.error", Encoding.UTF8.GetBytes(ex.Message + "\n")));
            }
            files.Add(("versions.txt", Encoding.UTF8.GetBytes(
                $"edgeagent {VersionCommand.AgentVersion}\n.NET {Environment.Version} on {RuntimeInformation.RuntimeIdentifier} ({RuntimeInformation.OSDescription})\n" +
                $"host {Environment.MachineName}, {Environment.ProcessorCount} cores, collected {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n")));
            if (!parse.GetValue(skipChecks))
            {
                var lines = await CheckCommand.RunAsync(configPath, new CheckSettings(), ct);
                files.Add(("check.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => l.ToString())) + "\n")));
            }
            var dir = parse.GetValue(logDir)!;
            if (Directory.Exists(dir))
            {
                foreach (var log in new DirectoryInfo(dir).GetFiles().OrderByDescending(f => f.LastWriteTimeUtc).Take(5))
                {
                    files.Add(("logs/" + log.Name, await TailAsync(log.FullName, ct)));
                }
            }
            await using (var gz = new GZipStream(stream, CompressionLevel.Optimal))
            await using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
            {
                foreach (var (name, data) in files)
                {
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) }, ct);
                }
            }
            parse.InvocationConfiguration.Output.WriteLine($"{outPath}: {string.Join(", ", files.Select(f => f.Name))}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static async Task<byte[]> TailAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var take = (int)Math.Min(stream.Length, LogTailBytes);
        stream.Seek(-take, SeekOrigin.End);
        var buffer = new byte[take];
        await stream.ReadExactlyAsync(buffer, ct);
        return buffer;
    }
}
