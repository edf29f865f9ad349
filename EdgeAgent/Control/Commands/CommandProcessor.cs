using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Capture;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Faces;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// Executes remote commands: parses the request, refuses replays, runs the command and returns its status. Each command,
/// accepted or refused, is written to the audit log, except replies marked <see cref="CommandReply.Routine"/> (the middle
/// of a chunked transfer, status queries). A refused command changes nothing.
/// </summary>
public sealed class CommandProcessor : IDisposable
{
    /// <summary>Commands this agent knows.</summary>
    public static readonly string[] Names = ["config.get", "config.set", "watchlist.sync", "model.update", "model.rollback", "agent.restart",
        "camera.snapshot", "bundle.chunk", "bundle.status", "bundle.cancel"];

    // Year 3000: a larger ts is a unit mistake (microseconds), not a time.
    private const long MaxUnixMs = 32_503_680_000_000;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(5) };

    private readonly AgentOptions _options;
    private readonly AuditLog _audit;
    private readonly IAgentLifecycle _lifecycle;
    private readonly CommandSequence _sequence;
    private readonly PipelineRateWindow? _rates;
    private readonly ChunkedTransfers _transfers;
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly SnapshotCommand _snapshot;
    private readonly Lock _facesGate = new();
    private ModelRegistry? _models;
    private ModelRegistry? _ownModels;
    private FaceRedactor? _redactor;

    /// <summary>
    /// Processor for the agent configured by <paramref name="options"/> (its file is what config.set replaces).
    /// <paramref name="snapshots"/> are the running cameras camera.snapshot can take a frame from (none without it);
    /// <paramref name="models"/> is the agent's model registry, which camera.snapshot's face detector comes from (without
    /// it the processor opens its own on the first snapshot that needs it); <paramref name="rates"/> gives the
    /// pipeline's health before a model switch, the baseline of its probation.
    /// </summary>
    public CommandProcessor(AgentOptions options, AuditLog audit, IAgentLifecycle lifecycle, SnapshotTaps? snapshots = null, ModelRegistry? models = null,
        PipelineRateWindow? rates = null)
    {
        _options = options;
        _audit = audit;
        _lifecycle = lifecycle;
        _rates = rates;
        _sequence = new CommandSequence(options.StateDir);
        _models = models;
        _snapshot = new SnapshotCommand(options, snapshots, Redactor);
        _transfers = new ChunkedTransfers(options.StateDir);
    }

    /// <summary>Span of recent pipeline health a model update's baseline is measured over.</summary>
    public static TimeSpan BaselineSpan { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest camera.snapshot waits for the camera's next frame before it reports the camera offline.</summary>
    public TimeSpan SnapshotTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a camera of a new config may take to answer a probe before config.set restores the old config.</summary>
    public TimeSpan CameraStartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Handles command <paramref name="name"/> with JSON <paramref name="payload"/> from <paramref name="actor"/>.</summary>
    public async Task<CommandReply> HandleAsync(string name, ReadOnlyMemory<byte> payload, string actor, CancellationToken ct)
    {
        // One at a time: two config.set or model.update racing each other would leave no clear last-good state.
        await _one.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var reply = await RunAsync(name, payload, ct).ConfigureAwait(false);
            if (reply.Routine) return reply;
            List<KeyValuePair<string, string>> fields =
                [new("command", name), new("ok", reply.Ok ? "true" : "false"), new("code", reply.Code), new("message", Truncate(reply.Message, 300))];
            fields.AddRange(reply.AuditFields);
            _audit.Append("command." + (Array.IndexOf(Names, name) >= 0 ? name : "unknown"), actor, fields);
            return reply;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<CommandReply> RunAsync(string name, ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            return CommandReply.Error("malformed", $"{name}: the payload is not JSON: {ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return CommandReply.Error("malformed", $"{name}: the payload must be a JSON object");
            if (Array.IndexOf(Names, name) < 0) return CommandReply.Error("unknown_command", $"unknown command '{name}'; known: {string.Join(", ", Names)}");
            long? seq = null;
            DateTimeOffset? ts = null;
            if (root.TryGetProperty("seq", out var s))
            {
                if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var n)) return CommandReply.Error("malformed", $"{name}: seq must be an integer");
                seq = n;
            }
            if (root.TryGetProperty("ts", out var t))
            {
                // Unix ms like every other time on the wire; the ISO text of earlier centres is still read within v1.
                if (t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var ms) && ms is >= 0 and <= MaxUnixMs) ts = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                else if (t.ValueKind == JsonValueKind.String && t.TryGetDateTimeOffset(out var d)) ts = d;
                else return CommandReply.Error("malformed", $"{name}: ts must be a time in Unix milliseconds (an integer)");
            }
            if (seq is null && ts is null) return CommandReply.Error("missing_field", $"{name}: seq or ts is required (replay protection)");
            // Check the fields before spending the sequence number, so a typo can be resent with the same seq.
            var missing = MissingField(name, root);
            if (missing is not null) return CommandReply.Error("missing_field", $"{name}: {missing}");
            if (name == "camera.snapshot" && SnapshotRequest.Read(root, out var bad) is null) return CommandReply.Error("malformed", $"{name}: {bad}");
            if (_sequence.TryAccept(seq, ts) is { } replay) return CommandReply.Error("replay", $"{name}: {replay}");
            try
            {
                return name switch
                {
                    "config.get" => ConfigGet(),
                    "config.set" => await ConfigSetAsync(root, ct).ConfigureAwait(false),
                    "watchlist.sync" => await WatchlistSyncAsync(root, ct).ConfigureAwait(false),
                    "model.update" => await ModelUpdateAsync(root, ct).ConfigureAwait(false),
                    "model.rollback" => ModelRollback(root),
                    "camera.snapshot" => await _snapshot.RunAsync(SnapshotRequest.Read(root, out _)!, SnapshotTimeout, ct).ConfigureAwait(false),
                    "bundle.chunk" or "bundle.status" or "bundle.cancel" => TransferCommands.Run(name, root, _transfers),
                    _ => Restart(root),
                };
            }
            catch (BundleException ex)
            {
                return CommandReply.Error(ex.Code, $"{name}: {ex.Message}");
            }
            catch (TransferException ex)
            {
                return CommandReply.Error(ex.Code, $"{name}: {ex.Message}");
            }
        }
    }

    private static string? MissingField(string name, JsonElement root)
    {
        static bool Has(JsonElement r, string key, JsonValueKind kind) => r.TryGetProperty(key, out var v) && v.ValueKind == kind;
        return name switch
        {
            "config.set" when !root.TryGetProperty("config", out var c) || c.ValueKind is not (JsonValueKind.String or JsonValueKind.Object) =>
                "field 'config' (the desired config document, YAML text or a JSON object) is missing",
            "watchlist.sync" or "model.update" when !Has(root, "bundle", JsonValueKind.String) && !Has(root, "url", JsonValueKind.String) && !Has(root, "transfer", JsonValueKind.String) =>
                "field 'bundle' (base64 tar.gz), 'url' (https://) or 'transfer' (id of a complete bundle.chunk transfer) is missing",
            "model.rollback" when !Has(root, "model", JsonValueKind.String) => "field 'model' (model id) is missing",
            "camera.snapshot" when !Has(root, "camera", JsonValueKind.String) => "field 'camera' (camera id) is missing",
            _ => TransferCommands.MissingField(name, root),
        };
    }

    private CommandReply ConfigGet()
    {
        var path = _options.SourcePath ?? throw new InvalidOperationException("the agent runs without a config file");
        return CommandReply.Success($"config {path}", ConfigRedaction.ToJson(File.ReadAllText(path)));
    }

    private async Task<CommandReply> ConfigSetAsync(JsonElement root, CancellationToken ct)
    {
        var path = _options.SourcePath;
        if (path is null) return CommandReply.Error("not_applicable", "config.set: the agent runs without a config file");
        var c = root.GetProperty("config");
        // JSON is YAML: an object is written as its JSON text and read by the same loader.
        var text = c.ValueKind == JsonValueKind.String ? c.GetString()! : c.GetRawText();
        AgentOptions desired;
        try
        {
            desired = ConfigLoader.Parse(text, "config.set", ConfigOrigin.Remote) with { SourcePath = path };
        }
        catch (ConfigException ex)
        {
            return CommandReply.Error("invalid_config", ex.Message.ReplaceLineEndings(" "));
        }
        if (RemoteConfigPolicy.Check(_options, desired) is { Count: > 0 } local)
        {
            return CommandReply.Error("local_only", new ConfigException("config.set", local).Message.ReplaceLineEndings(" "));
        }
        if (desired.Device.Id != _options.Device.Id || desired.Device.Site != _options.Device.Site)
        {
            return CommandReply.Error("invalid_config", "config.set: device.site and device.id cannot change remotely (they are the device's MQTT identity); re-provision instead");
        }
        var lastGood = path + ".last-good";
        File.Copy(path, lastGood, overwrite: true);
        AtomicFile.WriteAllText(path, text);
        foreach (var camera in desired.Cameras)
        {
            if (!camera.Enabled) continue;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(CameraStartTimeout);
            string? problem = null;
            try
            {
                var info = await SourceProbe.ProbeAsync(camera.Url, timeout.Token).ConfigureAwait(false);
                if (info.Width <= 0) problem = "no video stream";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                problem = $"no answer within {CameraStartTimeout.TotalSeconds:0} s";
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException or System.ComponentModel.Win32Exception)
            {
                problem = ex.Message;
            }
            if (problem is not null)
            {
                AtomicFile.WriteAllText(path, File.ReadAllText(lastGood));
                return CommandReply.Error("camera_failed",
                    $"config.set: camera {camera.Id} ({UrlRedaction.Redact(camera.Url)}) did not start: {Truncate(UrlRedaction.Redact(problem), 200)}; the previous config was restored");
            }
        }
        _lifecycle.RequestRestart("config.set applied");
        return CommandReply.Success($"config applied to {path} ({desired.Cameras.Count} camera(s) answered); the previous one kept as {Path.GetFileName(lastGood)}; restarting",
            new JsonObject { ["cameras"] = desired.Cameras.Count, ["last_good"] = lastGood });
    }

    private async Task<CommandReply> ModelUpdateAsync(JsonElement root, CancellationToken ct)
    {
        using var bundle = await OpenBundleAsync(root, ct).ConfigureAwait(false);
        bundle.EnsureAgentVersion(AgentVersion);
        var (dir, manifest) = ModelRegistry.ResolvePaths(_options);
        var updater = new ModelUpdater(ModelManifest.LoadFile(manifest), dir, _options.StateDir, new ModelRuntimeSettings(_options.Models.IntraOpThreads))
        {
            Probation = _options.Updates.Probation,
            ImageLimits = _options.Limits.Images,
        };
        _rates?.Sample();
        var outcome = updater.Apply(bundle, _rates?.Last(BaselineSpan));
        var result = Outcome(outcome);
        if (!outcome.Ok) return new CommandReply(false, outcome.Code, "model.update: " + outcome.Message, result);
        if (!root.TryGetProperty("restart", out var r) || r.ValueKind != JsonValueKind.False) _lifecycle.RequestRestart($"model {outcome.ModelId} {outcome.Version} installed");
        return new CommandReply(true, "ok", "model.update: " + outcome.Message, result);
    }

    private CommandReply ModelRollback(JsonElement root)
    {
        var id = root.GetProperty("model").GetString()!;
        var (dir, manifest) = ModelRegistry.ResolvePaths(_options);
        var outcome = new ModelUpdater(ModelManifest.LoadFile(manifest), dir, _options.StateDir).Rollback(id, "requested by command");
        if (outcome.Ok && (!root.TryGetProperty("restart", out var r) || r.ValueKind != JsonValueKind.False)) _lifecycle.RequestRestart($"model {id} rolled back");
        return new CommandReply(outcome.Ok, outcome.Code, "model.rollback: " + outcome.Message, Outcome(outcome));
    }

    private async Task<CommandReply> WatchlistSyncAsync(JsonElement root, CancellationToken ct)
    {
        using var bundle = await OpenBundleAsync(root, ct).ConfigureAwait(false);
        bundle.EnsureAgentVersion(AgentVersion);
        return new WatchlistSyncCommand(_options, _audit, _lifecycle).Apply(bundle);
    }

    private CommandReply Restart(JsonElement root)
    {
        var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "agent.restart";
        _lifecycle.RequestRestart(reason);
        return CommandReply.Success($"restarting (exit code {IAgentLifecycle.RestartExitCode}, systemd starts the agent again)");
    }

    private async Task<SignedBundle> OpenBundleAsync(JsonElement root, CancellationToken ct)
    {
        var keyPath = _options.SigningKeyPath;
        if (!File.Exists(keyPath)) throw new BundleException(BundleError.BadSignature, $"no pinned update-signing key at {keyPath}; run 'edgeagent provision --signing-key PUB' or set updates.signing_key");
        using var key = SigningKeys.Load(keyPath);
        var staging = Path.Combine(_options.StateDir, "staging");
        StateFiles.CreateDirectory(staging);
        if (root.TryGetProperty("bundle", out var b) && b.ValueKind == JsonValueKind.String)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(b.GetString()!);
            }
            catch (FormatException)
            {
                throw new BundleException(BundleError.Malformed, "field 'bundle' is not base64");
            }
            using var ms = new MemoryStream(bytes, writable: false);
            return SignedBundle.Open(ms, key, staging);
        }
        if (root.TryGetProperty("transfer", out var tr) && tr.ValueKind == JsonValueKind.String)
        {
            var id = tr.GetString()!;
            var path = _transfers.CompletedPath(id);
            try
            {
                await using var input = File.OpenRead(path);
                return SignedBundle.Open(input, key, staging);
            }
            finally
            {
                // Used once, accepted or refused: a refused bundle is sent again, never retried from what is on disk.
                _transfers.Remove(id);
            }
        }
        var url = root.GetProperty("url").GetString()!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new BundleException(BundleError.Malformed, $"url '{url}' is not https:// (bundles are fetched over TLS only)");
        }
        var download = Path.Combine(staging, "download-" + Guid.NewGuid().ToString("n") + ".tar.gz");
        try
        {
            using (var response = await Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false))
            {
                response.EnsureSuccessStatusCode();
                if (response.Content.Headers.ContentLength > SignedBundle.MaxBytes) throw new BundleException(BundleError.Malformed, $"{url}: larger than the bundle limit");
                await using var file = StateFiles.CreateFile(download);
                await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                // A server that sends no length (or lies about it) is cut at the limit, not after filling the disk.
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    total += n;
                    if (total > SignedBundle.MaxBytes) throw new BundleException(BundleError.Malformed, $"{url}: larger than the {SignedBundle.MaxBytes}-byte bundle limit; download stopped");
                    await file.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                }
            }
            await using var input = File.OpenRead(download);
            return SignedBundle.Open(input, key, staging);
        }
        catch (HttpRequestException ex)
        {
            throw new BundleException(BundleError.Malformed, $"cannot fetch {url}: {ex.Message}");
        }
        finally
        {
            File.Delete(download);
        }
    }

    private static JsonObject Outcome(ModelUpdateOutcome o) => new()
    {
        ["model"] = o.ModelId,
        ["version"] = o.Version,
        ["previous_version"] = o.PreviousVersion,
        ["live_slot"] = o.LiveSlot,
        ["rolled_back"] = o.RolledBack,
        ["status"] = o.Status,
    };

    /// <summary>
    /// The face redactor camera.snapshot blurs with, made on first use from the agent's registry (or one of its own);
    /// throws <see cref="ModelException"/> with the reason when the face detector cannot be used.
    /// </summary>
    private FaceRedactor Redactor()
    {
        lock (_facesGate)
        {
            if (_redactor is not null) return _redactor;
            if (_models is null)
            {
                try
                {
                    _models = _ownModels = ModelRegistry.FromOptions(_options);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ConfigException or ModelException)
                {
                    throw new ModelException(Hosting.CameraPipelineFactory.FaceDetectorModel, $"no model registry: {ex.Message}", ex);
                }
            }
            _redactor = new FaceRedactor(_models.Get(Hosting.CameraPipelineFactory.FaceDetectorModel));
            return _redactor;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _one.Dispose();
        _ownModels?.Dispose();
    }

    /// <summary>This agent's version, compared with a bundle's minimum.</summary>
    public static string AgentVersion =>
        (typeof(CommandProcessor).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false) is [System.Reflection.AssemblyInformationalVersionAttribute a, ..]
            ? a.InformationalVersion : "0.0.0").Split('+')[0];

    private static string Truncate(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max), "...");
}
