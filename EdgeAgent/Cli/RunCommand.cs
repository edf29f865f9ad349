using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Hosting;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent run</c>: the agent itself, all configured cameras to the configured broker.</summary>
public static class RunCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var print = new Option<bool>("--print-events") { Description = "Also print each event as a JSON line on stdout" };
        var command = new Command("run", "Run the agent: cameras -> analytics -> events to the broker (stop with Ctrl+C or SIGTERM)") { print };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CommonOptions.LoadConfig(parse, parse.InvocationConfiguration.Error);
            if (options is null) return ExitCodes.Config;
            // Owner-only for whatever the agent creates, including files libraries create themselves (LiteDB's logs).
            Common.StateFiles.RestrictProcessUmask();
            try
            {
                // The manifest is part of the configuration: refuse to start on a bad one, before any service runs.
                Models.ModelManifest.LoadFile(Models.ModelRegistry.ResolvePaths(options).Manifest);
                StateDirectory.Ensure(options.StateDir);
            }
            catch (Exception ex) when (ex is ConfigException or IOException)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Config;
            }
            using var host = AgentHost.Build(options, new AgentHostSettings { PrintEvents = parse.GetValue(print) });
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM: a normal stop.
            }
            catch (ConfigException ex)
            {
                // A model manifest or another file the config points to is unusable: say which and why, no stack trace.
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Config;
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // A service could not start (a port taken, a state folder not writable): the host has logged the
                // details; the technician gets one line and a code systemd restarts on.
                parse.InvocationConfiguration.Error.WriteLine($"edgeagent run: {ex.Message}");
                return ExitCodes.Failure;
            }
            return Environment.ExitCode;
        });
        return command;
    }
}
