using System.CommandLine;

namespace EdgeAgent.Cli;

/// <summary>The <c>edgeagent</c> command tree: one verb per file in this folder.</summary>
public static class CliRoot
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("EdgeAgent: on-device video analytics for city CCTV; sends compact events over MQTT, never video.")
        {
            CommonOptions.Config,
            RunCommand.Create(),
            ConfigCommand.Create(),
            WatchlistCommand.Create(),
            StatusCommand.Create(),
            EventsCommand.Create(),
            SimulateCommand.Create(),
            VersionCommand.Create(),
            ModelsCommand.Create(),
            DetectCommand.Create(),
            SnapshotCommand.Create(),
            FaceCommand.Create(),
            PlatesCommand.Create(),
            KeysCommand.Create(),
            BundleCommand.Create(),
            ProvisionCommand.Create(),
            CheckCommand.Create(),
            SupportBundleCommand.Create(),
            BenchCommand.Create(),
            AuditCommand.Create(),
            EvalCommand.Create(),
        };
        return root;
    }

    /// <summary>Environment variable that, set to 1, adds the stack trace to an unexpected failure's one line.</summary>
    public const string DebugVariable = "EDGEAGENT_DEBUG";

    /// <summary>
    /// Parses and runs; a malformed command line exits with <see cref="ExitCodes.Usage"/> and an unexpected exception
    /// with <see cref="ExitCodes.Failure"/> and one line (the trace only when <see cref="DebugVariable"/> is 1).
    /// </summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null) => InvokeAsync(Build(), args, output, error);

    /// <summary>Runs <paramref name="args"/> against the command tree <paramref name="root"/> (tests give a tree of their own).</summary>
    internal static async Task<int> InvokeAsync(Command root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            // Our own handler below: the default one prints the whole trace to a technician on a phone.
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) config.Error.WriteLine(e.Message);
            config.Error.WriteLine(UsageHint(parse.CommandResult.Command));
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (OperationCanceledException)
        {
            config.Error.WriteLine("interrupted");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            var debug = Environment.GetEnvironmentVariable(DebugVariable) == "1";
            config.Error.WriteLine($"{("edgeagent " + VerbPath(parse.CommandResult.Command)).TrimEnd()}: unexpected failure: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}" +
                (debug ? "" : $" (set {DebugVariable}=1 for details)"));
            if (debug) config.Error.WriteLine(ex.ToString());
            return ExitCodes.Failure;
        }
    }

    /// <summary>The one-line pointer printed under a command-line error: the verb's usage and where its help is.</summary>
    public static string UsageHint(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var path = VerbPath(command);
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" {a.Name.ToUpperInvariant()}"));
        var verb = ("edgeagent " + path).TrimEnd();
        var usage = command.Subcommands.Count > 0 && command.Action is null ? $"{verb} VERB" : $"{verb}{arguments} [options]";
        return $"Usage: {usage}; see '{verb} --help'";
    }

    private static string VerbPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && c is not RootCommand; s = s.Parents.FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names);
    }
}
