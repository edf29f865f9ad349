using System.CommandLine;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent bundle pack|verify</c>: make and check signed model and watchlist bundles.</summary>
public static class BundleCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create()
    {
        var command = new Command("bundle", "Signed model and watchlist bundles (tar.gz with a signed manifest)");
        command.Subcommands.Add(Pack());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Command Pack()
    {
        var kind = new Option<string>("--kind") { Description = "model or watchlist", Required = true };
        kind.AcceptOnlyFromAmong(BundleManifest.Kinds);
        var id = new Option<string?>("--id") { Description = "Model id (default: the .onnx file's name) or watchlist name" };
        var version = new Option<string>("--version") { Description = "Bundle version, dotted numbers; devices accept only newer", Required = true };
        var sign = new Option<string>("--sign") { Description = "Maintainer private key (PEM)", Required = true };
        var output = new Option<string>("--out") { Description = "Bundle file to write (.tar.gz)", Required = true };
        var minAgent = new Option<string>("--min-agent-version") { Description = "Oldest agent that may install it", DefaultValueFactory = _ => "0.0.0" };
        var targets = new Option<string[]>("--target") { Description = "Target model ids (default: the model id)", AllowMultipleArgumentsPerToken = true };
        var files = new Argument<string[]>("files") { Description = "Files: for a model the .onnx, samples.json and its images; for a watchlist plates.json", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("pack", "Pack and sign a bundle");
        foreach (var o in new Option[] { kind, id, version, sign, output, minAgent, targets }) cmd.Options.Add(o);
        cmd.Arguments.Add(files);
        cmd.SetAction(parse =>
        {
            var list = parse.GetValue(files)!;
            var bundleId = parse.GetValue(id) ?? list.Where(f => f.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)).Select(Path.GetFileNameWithoutExtension).FirstOrDefault();
            if (bundleId is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("--id is required when no .onnx file names the model");
                return ExitCodes.Usage;
            }
            foreach (var f in list)
            {
                if (!File.Exists(f))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"{f}: no such file");
                    return ExitCodes.Usage;
                }
            }
            try
            {
                using var key = SigningKeys.Load(parse.GetValue(sign)!);
                var outPath = parse.GetValue(output)!;
                using var stream = File.Create(outPath);
                var targetList = parse.GetValue(targets) is { Length: > 0 } t ? t : null;
                var manifest = SignedBundle.Pack(parse.GetValue(kind)!, bundleId, parse.GetValue(version)!, list, key, stream, targetList, parse.GetValue(minAgent)!);
                parse.InvocationConfiguration.Output.WriteLine($"{outPath}: {manifest.Kind} {manifest.Id} {manifest.Version}, {manifest.Files.Count} file(s), signed");
                return ExitCodes.Ok;
            }
            catch (BundleException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Verification;
            }
        });
        return cmd;
    }

    private static Command Verify()
    {
        var file = new Argument<string>("file") { Description = "Bundle (.tar.gz)" };
        var key = new Option<string>("--key") { Description = "Maintainer public key (PEM)", Required = true };
        var cmd = new Command("verify", "Check a bundle's signature and file hashes; exit 4 when either is wrong");
        cmd.Arguments.Add(file);
        cmd.Options.Add(key);
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                using var pub = SigningKeys.Load(parse.GetValue(key)!);
                using var input = File.OpenRead(path);
                using var bundle = SignedBundle.Open(input, pub, Path.GetTempPath());
                var m = bundle.Manifest;
                parse.InvocationConfiguration.Output.WriteLine($"{path}: valid {m.Kind} bundle {m.Id} {m.Version} (min agent {m.MinAgentVersion}, created {m.Created:u})");
                foreach (var f in m.Files) parse.InvocationConfiguration.Output.WriteLine($"  {f.Sha256}  {f.Size,12}  {f.Name}");
                return ExitCodes.Ok;
            }
            catch (BundleException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path}: {ex.Code}: {ex.Message}");
                return ExitCodes.Verification;
            }
            catch (FileNotFoundException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }
}
