using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Common;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// config.set: replaces the config file with the desired one after checking it, keeps the old one as last-good, and
/// restarts only when every enabled camera of the new config answered a probe (else the old config is restored).
/// </summary>
internal sealed class ConfigSetHandler(AgentOptions options, IAgentLifecycle lifecycle, Func<TimeSpan> cameraStartTimeout) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "config.set";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request) =>
        request.TryGetProperty("config", out var c) && c.ValueKind is JsonValueKind.String or JsonValueKind.Object
            ? null
            : CommandFields.Missing(Name, "field 'config' (the desired config document, YAML text or a JSON object) is missing");

    /// <inheritdoc />
    public async Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct)
    {
        var path = options.SourcePath;
        if (path is null) return CommandReply.Error("not_applicable", "config.set: the agent runs without a config file");
        var c = request.GetProperty("config");
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
        if (RemoteConfigPolicy.Check(options, desired) is { Count: > 0 } local)
        {
            return CommandReply.Error("local_only", new ConfigException("config.set", local).Message.ReplaceLineEndings(" "));
        }
        if (desired.Device.Id != options.Device.Id || desired.Device.Site != options.Device.Site)
        {
            return CommandReply.Error("invalid_config", "config.set: device.site and device.id cannot change remotely (they are the device's MQTT identity); re-provision instead");
        }
        var lastGood = path + ".last-good";
        File.Copy(path, lastGood, overwrite: true);
        AtomicFile.WriteAllText(path, text);
        foreach (var camera in desired.Cameras)
        {
            if (!camera.Enabled) continue;
            if (await ProbeAsync(camera, ct).ConfigureAwait(false) is not { } problem) continue;
            AtomicFile.WriteAllText(path, File.ReadAllText(lastGood));
            return CommandReply.Error("camera_failed",
                $"config.set: camera {camera.Id} ({UrlRedaction.Redact(camera.Url)}) did not start: {CommandFields.Truncate(UrlRedaction.Redact(problem), 200)}; the previous config was restored");
        }
        lifecycle.RequestRestart("config.set applied");
        return CommandReply.Success($"config applied to {path} ({desired.Cameras.Count} camera(s) answered); the previous one kept as {Path.GetFileName(lastGood)}; restarting",
            new JsonObject { ["cameras"] = desired.Cameras.Count, ["last_good"] = lastGood });
    }

    /// <summary>Why <paramref name="camera"/> did not answer, null when it did.</summary>
    private async Task<string?> ProbeAsync(CameraOptions camera, CancellationToken ct)
    {
        var limit = cameraStartTimeout();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            var info = await SourceProbe.ProbeAsync(camera.Url, timeout.Token).ConfigureAwait(false);
            return info.Width <= 0 ? "no video stream" : null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {limit.TotalSeconds:0} s";
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            return ex.Message;
        }
    }
}
