using System.CommandLine;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent keys generate --out DIR</c>: a maintainer's update-signing key pair (ECDSA P-256).</summary>
public static class KeysCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Folder for update-signing.key (0600) and update-signing.pub", Required = true };
        var generate = new Command("generate", "Create an update-signing key pair; keep the .key offline, pin the .pub on devices") { outDir };
        generate.SetAction(parse =>
        {
            try
            {
                var (priv, pub) = SigningKeys.Generate(parse.GetValue(outDir)!);
                parse.InvocationConfiguration.Output.WriteLine($"private key {priv} (mode 0600: keep it offline)");
                parse.InvocationConfiguration.Output.WriteLine($"public key  {pub} (pin on devices: edgeagent provision --signing-key {pub})");
                return ExitCodes.Ok;
            }
            catch (IOException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Failure;
            }
        });
        var command = new Command("keys", "Maintainer signing keys for model and watchlist bundles") { generate };
        return command;
    }
}
