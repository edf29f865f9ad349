using System.CommandLine;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent config validate</c> checks a config file and lists every problem with its path; <c>config schema</c> prints its JSON Schema.</summary>
public static class ConfigCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Config file to check (default: the --config file)", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check a config file; prints each problem as path: reason, exits 3 if any") { file };
        validate.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file) ?? CommonOptions.ResolveConfigPath(parse);
            try
            {
                var options = Configuration.ConfigLoader.LoadFile(path);
                output.WriteLine($"{path}: valid ({options.Cameras.Count} camera(s), device {options.Device.Site}/{options.Device.Id})");
                return ExitCodes.Ok;
            }
            catch (Configuration.ConfigException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Config;
            }
        });
        var schema = new Command("schema", "Print the JSON Schema of the config file (committed as docs/config.schema.json, for editors)");
        schema.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(Configuration.OptionSchema.Document());
            return ExitCodes.Ok;
        });
        var command = new Command("config", "Work with the configuration file") { validate, schema };
        return command;
    }
}
