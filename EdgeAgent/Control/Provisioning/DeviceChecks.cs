using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Transport;
using MQTTnet;

namespace EdgeAgent.Control.Provisioning;

/// <summary>One line of <c>edgeagent check</c>: what was checked, whether it passed, what was seen and how to fix a failure.</summary>
public sealed record CheckResult(string Name, bool Ok, string Detail, string Fix = "")
{
    /// <summary>The line as printed (without colour).</summary>
    public override string ToString() => Ok ? $"[ ok ] {Name}: {Detail}" : $"[FAIL] {Name}: {Detail}{(Fix.Length > 0 ? " -> fix: " + Fix : "")}";
}

/// <summary>Limits of the checks.</summary>
public sealed record CheckSettings
{
    /// <summary>Longest a camera may take to answer ffprobe.</summary>
    public TimeSpan CameraTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Longest the broker may take to accept a connection.</summary>
    public TimeSpan BrokerTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Free space the state folder needs; null uses the outbox's size limit.</summary>
    public long? MinFreeBytes { get; init; }

    /// <summary>Root for device nodes (/dev); tests point it elsewhere.</summary>
    public string DevRoot { get; init; } = "/dev";

    /// <summary>The clock the broker certificate is judged by; tests move it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The flag file systemd-timesyncd keeps while synchronised, read when timedatectl cannot answer.</summary>
    public string TimesyncFlag { get; init; } = "/run/systemd/timesync/synchronized";
}

/// <summary>
/// The checks of <c>edgeagent check</c> on a loaded config, in the order a technician fixes things: models, cameras,
/// broker, clock, disk, enclosure hardware. Each returns a result and never throws (config validity is checked by the
/// caller, since nothing else can run without it).
/// </summary>
public static class DeviceChecks
{
    /// <summary>Runs every check.</summary>
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(AgentOptions options, CheckSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var results = new List<CheckResult> { Models(options), UpdateKey(options) };
        foreach (var camera in options.Cameras)
        {
            if (camera.Enabled) results.Add(await CameraAsync(camera, settings.CameraTimeout, ct));
        }
        if (options.Cameras.Count == 0) results.Add(new CheckResult("cameras", true, "none configured yet"));
        var verdict = options.Broker.Url is { } url ? new TlsVerdict(settings.Clock, url.Host) : null;
        results.Add(await BrokerAsync(options, settings.BrokerTimeout, ct, verdict));
        results.Add(Delivery(options, TimeProvider.System));
        results.Add(await ClockAsync(settings, verdict, ct));
        results.Add(Disk(options, settings.MinFreeBytes ?? options.Outbox.MaxSizeMb * 1024L * 1024));
        results.AddRange(Hardware(options, settings.DevRoot));
        return results;
    }

    /// <summary>The models the config needs are present and match their pinned sha256 (installed updates included).</summary>
    public static CheckResult Models(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string fix = "run scripts/fetch-models.sh (or reinstall), or roll the model back with the model.rollback command";
        try
        {
            using var registry = ModelRegistry.FromOptions(options);
            var needed = new HashSet<string>(StringComparer.Ordinal) { options.Models.Detector };
            foreach (var c in options.Cameras)
            {
                if ((c.Analytics & AnalysisKinds.Faces) != 0) needed.UnionWith(["blazeface-back-256", "faceres"]);
                if ((c.Analytics & AnalysisKinds.Plates) != 0) needed.UnionWith(["ppocr-det-v4", "ppocr-rec-v4"]);
            }
            var bad = new List<string>();
            var verified = 0;
            foreach (var entry in registry.Manifest.Models)
            {
                var required = needed.Contains(entry.Id);
                if (!required && !File.Exists(Path.Combine(registry.ModelDir, entry.File))) continue;
                var status = registry.Verify(entry);
                if (status.State == ModelState.Verified) verified++;
                else bad.Add($"{entry.Id}: {status.Reason}");
            }
            foreach (var id in needed)
            {
                if (registry.Manifest.Find(id) is null) bad.Add($"{id}: not in the manifest {registry.Manifest.Source}");
            }
            return bad.Count == 0
                ? new CheckResult("models", true, $"{verified} verified (sha256) in {registry.ModelDir}")
                : new CheckResult("models", false, string.Join("; ", bad), fix);
        }
        catch (ConfigException ex)
        {
            return new CheckResult("models", false, ex.Message.ReplaceLineEndings(" "), "fix models.manifest in the config, or reinstall the models");
        }
    }

    /// <summary>The maintainers' update-signing key is pinned and readable: without it every signed update is refused.</summary>
    public static CheckResult UpdateKey(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string fix = "pin the maintainers' public key: edgeagent provision --signing-key update-signing.pub (or set updates.signing_key)";
        var path = options.SigningKeyPath;
        if (!File.Exists(path)) return new CheckResult("update key", false, $"none pinned at {path}: model and watchlist updates will be refused", fix);
        try
        {
            using var key = Bundles.SigningKeys.Load(path);
            var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
            return new CheckResult("update key", true, $"pinned {path} (P-256, sha256 {id})");
        }
        catch (Bundles.BundleException ex)
        {
            return new CheckResult("update key", false, ex.Message, fix);
        }
    }

    /// <summary>The camera answers and has a decodable video stream.</summary>
    public static async Task<CheckResult> CameraAsync(CameraOptions camera, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var name = $"camera {camera.Id}";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            var info = await SourceProbe.ProbeAsync(camera.Url, cts.Token);
            return new CheckResult(name, true, string.Create(CultureInfo.InvariantCulture, $"{info.Codec} {info.Width}x{info.Height} @ {info.Fps:0.#} fps"));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new CheckResult(name, false, $"{UrlRedaction.Redact(camera.Url)}: no answer within {timeout.TotalSeconds:0} s",
                "check the camera's power, cable and IP address (ping it), and that its RTSP port is open");
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            return new CheckResult(name, false, UrlRedaction.Redact(ex.Message.ReplaceLineEndings(" ")),
                "check the URL, user and password in the config (open it in VLC from a laptop on the same network), and the camera's codec (H.264/H.265/MJPEG)");
        }
    }

    /// <summary>The broker accepts an MQTT 5 connection with the configured TLS and credentials.</summary>
    /// <param name="options">The loaded config.</param>
    /// <param name="timeout">Longest the broker may take.</param>
    /// <param name="ct">Cancels the check.</param>
    /// <param name="verdict">Receives the broker certificate's window and why it was refused; one made here when null.</param>
    public static async Task<CheckResult> BrokerAsync(AgentOptions options, TimeSpan timeout, CancellationToken ct, TlsVerdict? verdict = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Broker.Url is null) return new CheckResult("broker", true, $"embedded broker on 127.0.0.1:{options.Broker.EmbeddedPort} (started by the agent)");
        var url = options.Broker.Url;
        var shown = UrlRedaction.Redact(url.ToString());
        try
        {
            var baseDir = options.SourcePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(options.SourcePath));
            // A check must not take over the device's session: its own id, a clean start and no session kept.
            var mqtt = MqttClientOptionsFactory.Create(url, options.Broker with { SessionExpiry = TimeSpan.Zero }, $"edgeagent-{options.Device.Site}-{options.Device.Id}-check", null, baseDir, verdict ??= new TlsVerdict(TimeProvider.System, url.Host));
            mqtt.CleanSession = true;
            using var client = new MqttClientFactory().CreateMqttClient();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(timeout);
            var result = await client.ConnectAsync(mqtt, cts.Token);
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
            return new CheckResult("broker", true, $"{shown} accepted the connection ({(BrokerEndpoint.IsTls(url) ? "TLS" : "plain, loopback")}{(options.Broker.Username is null ? "" : ", user " + options.Broker.Username)}{(options.Broker.CertFile is null ? "" : ", client certificate")})");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return BrokerFailure(shown, url, ex, timeout, verdict);
        }
    }

    /// <summary>
    /// The broker line for a failed connection, cause first: our certificate check's reason (the TLS stack only says
    /// "rejected by the callback"), a refused connection, or no answer; only the last is a matter for the firewall.
    /// </summary>
    private static CheckResult BrokerFailure(string shown, Uri url, Exception ex, TimeSpan timeout, TlsVerdict? verdict)
    {
        if (verdict?.Refusal is { } refusal)
        {
            return new CheckResult("broker", false, UrlRedaction.Redact($"{shown}: TLS refused: {refusal}"), verdict.RefusedForTime
                ? "if the clock is wrong, set it (timedatectl set-ntp true, or date -u -s 'YYYY-MM-DD HH:MM') and check again; else renew the broker's certificate"
                : refusal.StartsWith("wrong host name", StringComparison.Ordinal)
                    ? "put a name the certificate carries in broker.url, or reissue the broker's certificate for this name"
                    : "set broker.ca_file to the CA that signed the broker's certificate (ask the centre for its CA)");
        }
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException { SocketErrorCode: var code })
            {
                var endpoint = $"{url.Host}:{BrokerEndpoint.Port(url)}";
                if (code == System.Net.Sockets.SocketError.ConnectionRefused)
                {
                    return new CheckResult("broker", false, $"connection refused by {endpoint} (nothing listening?)",
                        "start the broker (systemctl status mosquitto) or correct the port in broker.url; a firewall that rejects (not drops) also reads as refused");
                }
                if (code is System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.TryAgain or System.Net.Sockets.SocketError.NoData)
                {
                    return new CheckResult("broker", false, $"host name {url.Host} not found", "correct broker.url, or the DNS server in /etc/resolv.conf");
                }
                if (code is System.Net.Sockets.SocketError.NetworkUnreachable or System.Net.Sockets.SocketError.HostUnreachable)
                {
                    return new CheckResult("broker", false, $"no route to {endpoint}", "check the network cable, the address and the gateway (ip route)");
                }
            }
        }
        var why = ex is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : (ex.InnerException ?? ex).Message;
        return new CheckResult("broker", false, UrlRedaction.Redact($"{shown}: {why}"),
            "check the network path to the broker (port open in the firewall), broker.ca_file (the centre's CA), and that the device certificate/password was issued for this device");
    }

    /// <summary>
    /// The clock is right enough for events and TLS: red when the broker's certificate is not valid at this clock's time
    /// (a clock days off; said as a clock problem, not a network one) or when time sync says it is not synchronised.
    /// </summary>
    public static async Task<CheckResult> ClockAsync(CheckSettings settings, TlsVerdict? verdict, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        const string fix = "enable time sync: timedatectl set-ntp true (and allow UDP 123 to the NTP server)";
        var now = settings.Clock.GetUtcNow();
        var shown = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var synced = await NtpSynchronisedAsync(settings.TimesyncFlag, ct);
        if (verdict?.ValidityWindow is { } w && (now < w.NotBefore || now > w.NotAfter))
        {
            var window = string.Create(CultureInfo.InvariantCulture, $"{w.NotBefore.UtcDateTime:yyyy-MM-dd} to {w.NotAfter.UtcDateTime:yyyy-MM-dd}");
            // With time sync on, the clock is likely right and the certificate is what is out of date.
            return synced == true
                ? new CheckResult("clock", false, $"NTP synchronised, now {shown}, but the broker certificate is valid only {window}: the certificate is out of date", "renew the broker's certificate")
                : new CheckResult("clock", false, $"the clock is wrong: it says {shown}, but the broker certificate is valid only {window}", "set the clock: " + fix + ", or date -u -s 'YYYY-MM-DD HH:MM'");
        }
        return synced switch
        {
            true => new CheckResult("clock", true, $"NTP synchronised, now {shown}"),
            false => new CheckResult("clock", false, $"not NTP synchronised (now {shown}): event times may be wrong", fix),
            _ => new CheckResult("clock", true, $"sync state unknown (no timedatectl/systemd); now {shown}: compare with a phone"),
        };
    }

    /// <summary>timedatectl's word, else timesyncd's flag file (its folder without the flag: not synchronised); null when neither says.</summary>
    private static async Task<bool?> NtpSynchronisedAsync(string timesyncFlag, CancellationToken ct)
    {
        try
        {
            var info = new ProcessStartInfo("timedatectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "show", "-p", "NTPSynchronized", "--value" }) info.ArgumentList.Add(a);
            using var process = Process.Start(info);
            if (process is not null)
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                cts.CancelAfter(TimeSpan.FromSeconds(3));
                var text = (await process.StandardOutput.ReadToEndAsync(cts.Token)).Trim();
                await process.WaitForExitAsync(cts.Token);
                if (process.ExitCode == 0 && text is "yes" or "no") return text == "yes";
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            // No timedatectl, or no systemd to answer it: the flag file may still say.
        }
        if (File.Exists(timesyncFlag)) return true;
        return Directory.Exists(Path.GetDirectoryName(timesyncFlag)) ? false : null;
    }

    /// <summary>
    /// What the running agent last reported of its delivery (<c>{state_dir}/health.json</c>): red while its outbox cannot
    /// write or the broker refuses some of its events. A broker that accepts a test connection says nothing of either.
    /// </summary>
    public static CheckResult Delivery(AgentOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var path = Path.Combine(options.StateDir, Diagnostics.HealthFileWriter.FileName);
        JsonElement outbox;
        double ageSeconds;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (!root.TryGetProperty("outbox", out var o) || !root.TryGetProperty("ts", out var ts) || !ts.TryGetInt64(out var ms))
            {
                return new CheckResult("delivery", true, $"the agent's report {path} says nothing of the outbox");
            }
            outbox = o.Clone();
            ageSeconds = (time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms)).TotalSeconds;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return new CheckResult("delivery", true, $"no report from a running agent ({path}: {(ex is FileNotFoundException or DirectoryNotFoundException ? "absent" : ex.Message)})");
        }
        // Three missed reports: the agent is not running, and what it said last is history.
        var stale = ageSeconds > 3 * options.Health.Interval.TotalSeconds;
        var age = string.Create(CultureInfo.InvariantCulture, $"{ageSeconds:0} s ago");
        if (stale) return new CheckResult("delivery", true, $"the last report is {age}: no agent running? ({path})");
        var dropped = outbox.TryGetProperty("dropped", out var d) && d.TryGetInt64(out var n) ? n : 0;
        var dead = outbox.TryGetProperty("dead_letters", out var dl) && dl.TryGetInt64(out var m) ? m : 0;
        if (outbox.TryGetProperty("state", out var state) && state.GetString() == "failing")
        {
            var error = outbox.TryGetProperty("error", out var e) ? e.GetString() : "unknown";
            return new CheckResult("delivery", false, $"the outbox cannot write ({error}); {dropped} event(s) dropped so far (report {age})",
                $"free space on the disk of {options.StateDir} (df -h {options.StateDir}) or fix its mount; the agent recovers by itself within seconds, no restart needed");
        }
        if (dead > 0)
        {
            return new CheckResult("delivery", false, $"the broker refused {dead} event(s) for good (report {age}); they are set aside, the rest flows",
                "let the device publish below edgeagent/v1/SITE/DEVICE/ in the broker's ACL (README: broker ACL), then check the agent's log for the refused topics");
        }
        return new CheckResult("delivery", true, $"outbox writing, {dropped} event(s) dropped since start (report {age})");
    }

    /// <summary>The state folder's file system has room for a full outbox.</summary>
    public static CheckResult Disk(AgentOptions options, long minFreeBytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dir = options.StateDir;
        while (!Directory.Exists(dir) && Path.GetDirectoryName(dir) is { } parent) dir = parent;
        var free = new DriveInfo(dir).AvailableFreeSpace;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{free / (1024 * 1024)} MiB free at {dir}, the outbox needs {minFreeBytes / (1024 * 1024)} MiB");
        return free >= minFreeBytes
            ? new CheckResult("disk", true, detail)
            : new CheckResult("disk", false, detail, "free space (journalctl --vacuum-size=100M, remove old files) or lower outbox.max_size_mb");
    }

    /// <summary>Configured GPIO chips and I2C buses exist.</summary>
    public static IEnumerable<CheckResult> Hardware(AgentOptions options, string devRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var d = options.Devices;
        if (d.Tamper is null && d.Led is null && d.Bme280 is null)
        {
            yield return new CheckResult("devices", true, "no GPIO/I2C parts configured");
            yield break;
        }
        if (d.Tamper is not null) yield return Node("tamper switch", Path.Combine(devRoot, $"gpiochip{d.Tamper.Chip}"), "GPIO");
        if (d.Led is not null) yield return Node("status LED", Path.Combine(devRoot, $"gpiochip{d.Led.Chip}"), "GPIO");
        if (d.Bme280 is not null) yield return Node("climate sensor", Path.Combine(devRoot, $"i2c-{d.Bme280.Bus}"), "I2C");
    }

    private static CheckResult Node(string name, string path, string bus) => File.Exists(path)
        ? new CheckResult(name, true, $"{path} present")
        : new CheckResult(name, false, $"{path} missing",
            bus == "I2C" ? "enable I2C (dtparam=i2c_arm=on in config.txt, then reboot) and check the bus number" : "check the chip number (gpiodetect) and that the agent's user is in the gpio group");
}
