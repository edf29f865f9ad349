using System.CommandLine;

namespace EdgeAgent.Cli;

/// <summary>The <c>edgeagent</c> command tree: one verb per file in this folder.</summary>
public static class CliRoot
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("EdgeAgent: on-device video analytics for city CCTV; sends compact events over MQTT, never video.");
        root.Options.Add(CommonOptions.Config);
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(WatchlistCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(DetectCommand.Create());
        root.Subcommands.Add(FaceCommand.Create());
        root.Subcommands.Add(PlatesCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(BundleCommand.Create());
        root.Subcommands.Add(ProvisionCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(SupportBundleCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; a malformed command line exits with <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = Build().Parse(args);
        var config = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) config.Error.WriteLine(e.Message);
            config.Error.WriteLine("Run 'edgeagent --help' (or '<verb> --help') for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync(config);
    }
}
