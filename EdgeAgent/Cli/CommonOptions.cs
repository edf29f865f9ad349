using System.CommandLine;
using EdgeAgent.Configuration;

namespace EdgeAgent.Cli;

/// <summary>Options shared by several verbs, and how they resolve.</summary>
public static class CommonOptions
{
    /// <summary>Environment variable naming the config file when --config is not given.</summary>
    public const string ConfigVariable = "EDGEAGENT_CONFIG";

    /// <summary>The --config option, inherited by every sub-command.</summary>
    public static Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = $"Config file (default: ${ConfigVariable}, else /etc/edgeagent/edgeagent.yaml)",
        Recursive = true,
    };

    /// <summary>Where an installed device keeps its config (scripts/install.sh, edgeagent provision).</summary>
    public const string InstalledConfigPath = "/etc/edgeagent/edgeagent.yaml";

    /// <summary>The config path the user meant: the option, the variable, then the installed device's file.</summary>
    public static string ResolveConfigPath(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var path = parse.GetValue(Config) ?? Environment.GetEnvironmentVariable(ConfigVariable);
        if (!string.IsNullOrEmpty(path)) return path;
        // No working-directory lookup: in a checkout that would pick up the example config, whose cameras need
        // secrets a developer running `models list` or `bench` does not have.
        return InstalledConfigPath;
    }

    /// <summary>Loads the config, printing every problem and returning null when it is invalid.</summary>
    public static AgentOptions? LoadConfig(ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var path = ResolveConfigPath(parse);
        try
        {
            return ConfigLoader.LoadFile(path);
        }
        catch (ConfigException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }
}
