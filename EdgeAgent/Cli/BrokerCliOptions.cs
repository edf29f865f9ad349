using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Transport;

namespace EdgeAgent.Cli;

/// <summary>How the broker verbs (events tail, simulate) find the broker and its TLS settings.</summary>
internal static class BrokerCliOptions
{
    /// <summary>The configuration when one is readable, else defaults (embedded broker on localhost).</summary>
    public static AgentOptions LoadOrDefault(ParseResult parse, TextWriter error, bool explicitConfig)
    {
        var path = CommonOptions.ResolveConfigPath(parse);
        if (!explicitConfig && !File.Exists(path)) return new AgentOptions();
        return CommonOptions.LoadConfig(parse, error) ?? throw new ConfigException(path, []);
    }

    /// <summary>
    /// The configuration (or defaults) and the broker URL a broker verb talks to; on a problem, printed, the exit code
    /// instead (config 3, usage 2).
    /// </summary>
    public static async Task<BrokerTarget> ResolveAsync(ParseResult parse, Option<string?> broker)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var options = LoadOrDefault(parse, error, parse.GetValue(CommonOptions.Config) is not null);
            return new BrokerTarget(options, Resolve(parse.GetValue(broker), options), ExitCodes.Ok);
        }
        catch (ConfigException)
        {
            return new BrokerTarget(null, null, ExitCodes.Config);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return new BrokerTarget(null, null, ExitCodes.Usage);
        }
    }

    /// <summary>The broker URL: --broker, else the configured one, else the embedded broker's.</summary>
    public static Uri Resolve(string? broker, AgentOptions options)
    {
        if (broker is null) return BrokerEndpoint.Resolve(options.Broker);
        if (!Uri.TryCreate(broker, UriKind.Absolute, out var url) || url.Scheme is not ("mqtt" or "mqtts"))
        {
            throw new ArgumentException($"--broker '{broker}' is not an mqtt:// or mqtts:// URL");
        }
        return url;
    }

    /// <summary>The folder relative certificate paths in the config resolve against.</summary>
    public static string? BaseDir(AgentOptions options) =>
        options.SourcePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(options.SourcePath));
}

/// <summary>What a broker verb resolved: the configuration and broker URL, or (both null) the exit code of the problem.</summary>
internal readonly record struct BrokerTarget(AgentOptions? Options, Uri? Url, int ExitCode);
