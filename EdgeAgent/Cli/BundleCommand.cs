using System.CommandLine;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Events;
using EdgeAgent.Transport;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent bundle pack|verify|push</c>: make, check and send signed model and watchlist bundles.</summary>
public static class BundleCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create() =>
        new("bundle", "Signed model and watchlist bundles (tar.gz with a signed manifest)") { Pack(), Verify(), Push() };

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
        var cmd = new Command("pack", "Pack and sign a bundle") { kind, id, version, sign, output, minAgent, targets, files };
        cmd.SetAction(parse =>
        {
            var list = parse.GetValue(files)!;
            var bundleId = parse.GetValue(id) ?? list.Where(f => f.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)).Select(Path.GetFileNameWithoutExtension).FirstOrDefault();
            if (bundleId is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("--id is required when no .onnx file names the model");
                return ExitCodes.Usage;
            }
            if (!BundleVersion.TryParse(parse.GetValue(version), out _))
            {
                parse.InvocationConfiguration.Error.WriteLine($"--version '{parse.GetValue(version)}': not dotted numbers (3.3.7, optionally -tag or +build of letters, digits, '.' and '-')");
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
        var cmd = new Command("verify", "Check a bundle's signature and file hashes; exit 4 when either is wrong") { file, key };
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
            catch (FileNotFoundException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path}: no such file");
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The bundle could not be read or staged (unreadable, disk full in the temp folder): not the bundle's fault.
                parse.InvocationConfiguration.Error.WriteLine($"{path}: cannot verify: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return cmd;
    }

    private static Command Push()
    {
        var file = new Argument<string>("file") { Description = "Signed bundle (.tar.gz, from 'bundle pack')" };
        var broker = new Option<string?>("--broker") { Description = "Broker URL, mqtts://host:8883 (default: the configured broker)" };
        var device = new Option<string>("--device") { Description = "Target device as SITE/DEVICE", Required = true };
        var command = new Option<string>("--command") { Description = "Install command the transfer ends with", Required = true };
        command.AcceptOnlyFromAmong("model.update", "watchlist.sync");
        var ca = new Option<string?>("--ca") { Description = "CA certificate (PEM) the broker's certificate chains to (default: broker.ca_file of the config)" };
        var cert = new Option<string?>("--cert") { Description = "Client certificate (PEM) for mutual TLS" };
        var key = new Option<string?>("--key") { Description = "Client key (PEM) for mutual TLS" };
        var user = new Option<string?>("--username") { Description = "MQTT user name" };
        var password = new Option<string?>("--password-file") { Description = "File holding the MQTT password" };
        var insecure = new Option<bool>("--insecure") { Description = "Allow plain mqtt:// to a remote broker" };
        var chunk = new Option<int>("--chunk-size") { Description = "Chunk size in KiB (1 to 512)", DefaultValueFactory = _ => 256 }.InRange(1, ChunkedTransfers.MaxChunkBytes / 1024);
        var window = new Option<int>("--window") { Description = "Chunks in flight before waiting for replies", DefaultValueFactory = _ => 8 }.Positive();
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for each chunk's reply before asking the device what it holds and resending", DefaultValueFactory = _ => 60 }.Seconds();
        var applyTimeout = new Option<double>("--apply-timeout") { Description = "Seconds to wait for the install command's reply", DefaultValueFactory = _ => 600 }.Seconds();
        var retries = new Option<int>("--retries") { Description = "Reconnects in a row without progress before giving up (run again to resume)", DefaultValueFactory = _ => 5 }.NonNegative();
        var transfer = new Option<string?>("--transfer") { Description = "Transfer id (default: push- and the first 16 hex digits of the file's sha256, so a rerun resumes)" };
        var seqStart = new Option<long?>("--seq-start") { Description = "Number the commands with seq from this value instead of ts (must be above the device's last seq)" }.NonNegative();
        var noRestart = new Option<bool>("--no-restart") { Description = "model.update: install without restarting the agent" };
        var cmd = new Command("push", "Send a bundle to one device in chunks over MQTT (resumable) and install it; prints the device's reply")
        {
            file, broker, device, command, ca, cert, key, user, password, insecure, chunk, window, timeout,
            applyTimeout, retries, transfer, seqStart, noRestart,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: no such file");
                return ExitCodes.Usage;
            }
            var target = parse.GetValue(device)!.Split('/');
            if (target.Length != 2 || !IsTopicLevel(target[0]) || !IsTopicLevel(target[1]))
            {
                await error.WriteLineAsync($"--device '{parse.GetValue(device)}' is not SITE/DEVICE");
                return ExitCodes.Usage;
            }
            var kib = parse.GetValue(chunk);
            if (parse.GetValue(transfer) is { } id && !ChunkedTransfers.IsValidId(id))
            {
                await error.WriteLineAsync($"--transfer '{id}' is not a transfer id (1-64 of a-z 0-9 . _ -, not starting with '.')");
                return ExitCodes.Usage;
            }
            if ((parse.GetValue(cert) is null) != (parse.GetValue(key) is null))
            {
                await error.WriteLineAsync("--cert and --key go together");
                return ExitCodes.Usage;
            }
            var endpoint = await BrokerCliOptions.ResolveAsync(parse, broker);
            if (endpoint.Options is not { } options || endpoint.Url is not { } url) return endpoint.ExitCode;
            var b = options.Broker;
            var settings = b with
            {
                CaFile = parse.GetValue(ca) is { } caPath ? Path.GetFullPath(caPath) : b.CaFile,
                CertFile = parse.GetValue(cert) is { } certPath ? Path.GetFullPath(certPath) : b.CertFile,
                KeyFile = parse.GetValue(key) is { } keyPath ? new SecretRef("file", Path.GetFullPath(keyPath)) : b.KeyFile,
                Username = parse.GetValue(user) ?? b.Username,
                Password = parse.GetValue(password) is { } pw ? new SecretRef("file", Path.GetFullPath(pw)) : b.Password,
                Insecure = b.Insecure || parse.GetValue(insecure) || url.IsLoopback,
            };
            var request = new PushRequest
            {
                File = path,
                Url = url,
                Broker = settings,
                BaseDir = BrokerCliOptions.BaseDir(options),
                Topics = new TopicNames(b.TopicPrefix, target[0], target[1]),
                Command = parse.GetValue(command)!,
                TransferId = parse.GetValue(transfer),
                ChunkBytes = kib * 1024,
                Window = parse.GetValue(window),
                ReplyTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                ApplyTimeout = TimeSpan.FromSeconds(parse.GetValue(applyTimeout)),
                Retries = parse.GetValue(retries),
                SeqStart = parse.GetValue(seqStart),
                NoRestart = parse.GetValue(noRestart),
            };
            using var pusher = new BundlePusher(request, error);
            try
            {
                var reply = await pusher.RunAsync(ct);
                await output.WriteLineAsync(reply.GetRawText());
                return reply.TryGetProperty("ok", out var ok) && ok.ValueKind == System.Text.Json.JsonValueKind.True ? ExitCodes.Ok : ExitCodes.Verification;
            }
            catch (PushFailedException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return ex.Code switch
                {
                    "usage" => ExitCodes.Usage,
                    "hash_mismatch" => ExitCodes.Verification,
                    _ => ExitCodes.Failure,
                };
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or MQTTnet.Adapter.MqttConnectingFailedException or InvalidOperationException or ArgumentException or TimeoutException)
            {
                await error.WriteLineAsync($"broker {url}: {ex.Message}");
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync(ct.IsCancellationRequested ? "interrupted; run the same command again to resume" : $"broker {url}: no answer in time");
                return ExitCodes.Failure;
            }
        });
        return cmd;
    }

    private static bool IsTopicLevel(string s) => s.Length > 0 && s.IndexOfAny(['+', '#']) < 0;
}
