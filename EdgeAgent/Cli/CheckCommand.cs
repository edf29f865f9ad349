using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Provisioning;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent check</c>: one line per check, green or red, with the fix for each red; exit 4 if any is red, 3 if the config does not load.</summary>
public static class CheckCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var minFree = new Option<long?>("--min-free-mb") { Description = "Free space the outbox needs (default: outbox.max_size_mb)" }.NonNegative();
        var cameraTimeout = new Option<double>("--camera-timeout") { Description = "Seconds a camera may take to answer", DefaultValueFactory = _ => 8 }.Seconds();
        var cmd = new Command("check", "Check config, models, cameras, broker, clock, disk, hardware and the audit chain; prints the fix for each failure") { minFree, cameraTimeout };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var results = await RunAsync(CommonOptions.ResolveConfigPath(parse), new CheckSettings
            {
                MinFreeBytes = parse.GetValue(minFree) * 1024 * 1024,
                CameraTimeout = TimeSpan.FromSeconds(parse.GetValue(cameraTimeout)),
            }, ct);
            foreach (var r in results) Print(output, r);
            // A config that does not load is a configuration error (3) like everywhere else, not a failed check (4).
            if (results is [{ Name: "config", Ok: false }]) return ExitCodes.Config;
            return results.All(r => r.Ok) ? ExitCodes.Ok : ExitCodes.Verification;
        });
        return cmd;
    }

    /// <summary>Every check for the config at <paramref name="configPath"/>; an invalid config is the only (red) line.</summary>
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(string configPath, CheckSettings settings, CancellationToken ct)
    {
        AgentOptions options;
        try
        {
            options = ConfigLoader.LoadFile(configPath);
        }
        catch (ConfigException ex)
        {
            // A problem located in the text keeps the file:line:col form; key problems are joined on one line.
            var message = ex.Errors is [{ Line: > 0 }] || ex.Errors.Count == 0 ? ex.Message : $"{configPath}: {string.Join("; ", ex.Errors.Select(e => e.ToString()))}";
            return [new CheckResult("config", false, message,
                $"edit {configPath} (each problem names its key), then 'edgeagent config validate'")];
        }
        var results = new List<CheckResult> { new("config", true, $"{configPath} valid ({options.Device.Site}/{options.Device.Id}, {options.Cameras.Count} camera(s))") };
        results.AddRange(await DeviceChecks.RunAsync(options, settings, ct));
        results.Add(Control.Audit.AuditCheck.Run(options.StateDir));
        return results;
    }

    /// <summary>Prints one result, green or red on a terminal.</summary>
    public static void Print(TextWriter output, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var colour = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        output.WriteLine(colour ? (result.Ok ? "\u001b[32m" : "\u001b[31m") + result + "\u001b[0m" : result.ToString());
    }
}
