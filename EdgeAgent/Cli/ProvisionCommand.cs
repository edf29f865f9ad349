using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.Provisioning;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent provision</c>: writes a device's identity, config and secrets, then checks it reaches the broker.</summary>
public static class ProvisionCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var site = new Option<string>("--site") { Description = "Site name (MQTT topic level)", Required = true };
        var device = new Option<string>("--device") { Description = "Device id within the site", Required = true };
        var broker = new Option<string>("--broker") { Description = "Broker URL, mqtts://host:8883", Required = true };
        var ca = new Option<string?>("--ca") { Description = "CA certificate (PEM) the broker's certificate chains to" };
        var cert = new Option<string?>("--cert") { Description = "Client certificate (PEM)" };
        var key = new Option<string?>("--key") { Description = "Client key (PEM); stored 0600 in secrets/" };
        var csr = new Option<string?>("--csr") { Description = "Generate an EC P-256 key and write a certificate request here" };
        var signing = new Option<string?>("--signing-key") { Description = "Maintainers' update-signing public key to pin" };
        var dir = new Option<string>("--dir") { Description = "Config folder", DefaultValueFactory = _ => "/etc/edgeagent" };
        var state = new Option<string>("--state-dir") { Description = "State folder", DefaultValueFactory = _ => "/var/lib/edgeagent" };
        var models = new Option<string>("--models") { Description = "Model folder", DefaultValueFactory = _ => "/opt/edgeagent/models" };
        var user = new Option<string?>("--username") { Description = "MQTT user name" };
        var password = new Option<string?>("--password-file") { Description = "File holding the MQTT password; stored 0600 in secrets/" };
        var insecure = new Option<bool>("--insecure") { Description = "Allow plain mqtt:// to a remote broker" };
        var force = new Option<bool>("--force") { Description = "Replace an existing config (kept as .bak)" };
        var cmd = new Command("provision", "Set up this device: config, identity, secrets (0600), pinned update key; ends with a broker connection check")
        {
            site, device, broker, ca, cert, key, csr, signing, dir, state, models, user, password, insecure, force,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!Uri.TryCreate(parse.GetValue(broker), UriKind.Absolute, out var url))
            {
                error.WriteLine($"--broker '{parse.GetValue(broker)}' is not a URL (mqtts://host:8883)");
                return ExitCodes.Usage;
            }
            AgentOptions options;
            try
            {
                var (o, written) = Provisioner.Run(new ProvisionRequest
                {
                    Site = parse.GetValue(site)!,
                    Device = parse.GetValue(device)!,
                    Broker = url,
                    CaFile = parse.GetValue(ca),
                    CertFile = parse.GetValue(cert),
                    KeyFile = parse.GetValue(key),
                    CsrOut = parse.GetValue(csr),
                    SigningKey = parse.GetValue(signing),
                    Dir = parse.GetValue(dir)!,
                    StateDir = parse.GetValue(state)!,
                    ModelsDir = parse.GetValue(models)!,
                    Username = parse.GetValue(user),
                    PasswordFile = parse.GetValue(password),
                    Insecure = parse.GetValue(insecure),
                    Force = parse.GetValue(force),
                });
                options = o;
                foreach (var line in written) output.WriteLine("wrote " + line);
            }
            catch (ConfigException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or BundleException)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.Usage;
            }
            if (parse.GetValue(csr) is not null)
            {
                output.WriteLine("connectivity check skipped: the certificate is not issued yet; install it, then run 'edgeagent check'");
                return ExitCodes.Ok;
            }
            var result = await DeviceChecks.BrokerAsync(options, TimeSpan.FromSeconds(10), ct);
            CheckCommand.Print(output, result);
            return result.Ok ? ExitCodes.Ok : ExitCodes.Verification;
        });
        return cmd;
    }
}
