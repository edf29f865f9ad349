using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>How a test broker listens.</summary>
public enum MosquittoMode
{
    /// <summary>Plain MQTT, anonymous.</summary>
    Plain,

    /// <summary>TLS with a test CA, anonymous.</summary>
    Tls,

    /// <summary>
    /// TLS with required client certificates; the certificate's CN (SITE/DEVICE) is the user name, and the shipped ACL
    /// (<c>deploy/mosquitto/edgeagent.acl</c>) confines a device to its own site and device.
    /// </summary>
    MutualTls,
}

/// <summary>
/// A real Debian <c>mosquitto</c> on 127.0.0.1 and a free port, with its own config in a temporary folder (certificates
/// made by <c>openssl</c> there too). Stopped, paused and resumed by PID, so tests can cut the network under the agent.
/// Mosquitto cannot bind port 0 (it means a unix socket there), so a port taken between the probe and its bind is met
/// with a fresh one, and the broker counts as started only when the listening socket is its own.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    /// <summary>Identity the centre's subscriber uses under mutual TLS (may read everything).</summary>
    public const string CentreIdentity = "centre";

    private readonly StringBuilder _log = new();
    private Process? _process;

    private MosquittoBroker(string dir, MosquittoMode mode)
    {
        Dir = dir;
        Mode = mode;
    }

    /// <summary>The broker's folder: config, certificates, persistence, ACL.</summary>
    public string Dir { get; }

    /// <summary>Listener kind.</summary>
    public MosquittoMode Mode { get; }

    /// <summary>TCP port on 127.0.0.1 (kept across restarts).</summary>
    public int Port { get; private set; }

    /// <summary>The test CA (TLS modes).</summary>
    public string CaFile => Path.Combine(Dir, "ca.crt");

    /// <summary>URL for the agent: mqtt(s)://127.0.0.1:port (the server certificate names 127.0.0.1; no name lookup needed).</summary>
    public Uri Url => new(Mode == MosquittoMode.Plain ? $"mqtt://127.0.0.1:{Port}" : $"mqtts://127.0.0.1:{Port}");

    /// <summary>PID of the running broker (0 when stopped).</summary>
    public int Pid => _process is { HasExited: false } p ? p.Id : 0;

    /// <summary>What mosquitto wrote to stderr, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>The broker ACL shipped for the centre, which <see cref="MosquittoMode.MutualTls"/> runs.</summary>
    public static string ShippedAcl => Path.Combine(TestPaths.RepoRoot, "deploy", "mosquitto", "edgeagent.acl");

    /// <summary>
    /// Writes the config (and certificates) and starts the broker; <paramref name="persistent"/> keeps sessions across a
    /// restart; <paramref name="acl"/>, when given, is an ACL file's text for the anonymous clients of a plain broker.
    /// <paramref name="maxQueuedMessages"/> 0 is unlimited; mosquitto 2.0.11 then drops a client's connection right after
    /// refusing one of its publishes (PUBACK 0x87), a broker behaviour the agent must live with.
    /// <paramref name="probePort"/> stands in for the free-port probe (a test of this fixture hands it a taken port).
    /// </summary>
    public static async Task<MosquittoBroker> StartAsync(MosquittoMode mode = MosquittoMode.Plain, bool persistent = false, string? acl = null,
        int maxQueuedMessages = 0, Func<int>? probePort = null)
    {
        if (!File.Exists("/usr/sbin/mosquitto")) Assert.Fail("mosquitto is not installed: run ./scripts/setup.sh (apt-get install mosquitto mosquitto-clients)");
        var dir = TestPaths.TempDir("mosquitto");
        // Run as root, mosquitto drops to user 'mosquitto': it must read the config and certificates and write persistence.
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        var broker = new MosquittoBroker(dir, mode);
        if (mode != MosquittoMode.Plain) broker.MakeCertificates();
        for (var attempt = 1; ; attempt++)
        {
            broker.Port = (probePort ?? FreePort)();
            broker.WriteConfig(persistent, acl, maxQueuedMessages);
            // mosquitto reads them as its own user; a test that ran the agent in this process left the umask at 077.
            foreach (var file in Directory.EnumerateFiles(dir)) File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
            if (await broker.TryStartAsync()) return broker;
            // Another process took the port between the probe and mosquitto's bind: try a fresh one.
            if (attempt == 5) Assert.Fail($"mosquitto found no free port in 5 tries:\n{broker.Log}");
        }
    }

    /// <summary>Starts the broker again (same port, same config) and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        if (!await TryStartAsync()) Assert.Fail($"mosquitto could not bind {Port} again, another process holds it:\n{Log}");
    }

    /// <summary>Starts mosquitto and waits until its own socket listens; false when the port was already taken.</summary>
    private async Task<bool> TryStartAsync()
    {
        if (Pid != 0) throw new InvalidOperationException("the broker is already running");
        var psi = new ProcessStartInfo("/usr/sbin/mosquitto") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Path.Combine(Dir, "mosquitto.conf"));
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start mosquitto");
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        _process = p;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (p.HasExited)
            {
                // Without a timeout this also waits for the last of its stderr, which says why.
                p.WaitForExit();
                var taken = Log.Contains("Address already in use", StringComparison.Ordinal);
                if (!taken) Assert.Fail($"mosquitto exited with {p.ExitCode}:\n{Log}");
                p.Dispose();
                _process = null;
                return false;
            }
            // A connection alone could reach whoever else listens on the port; the socket must be mosquitto's.
            if (await ListensAsync(p.Id, Port)) return true;
            await Task.Delay(50);
        }
        Assert.Fail($"mosquitto did not listen on {Port} within 15 s:\n{Log}");
        return false;
    }

    /// <summary>True when process <paramref name="pid"/> holds the socket listening on 127.0.0.1:<paramref name="port"/>.</summary>
    private static async Task<bool> ListensAsync(int pid, int port)
    {
        // /proc/net/tcp: local address as little-endian hex "0100007F:PORT", state 0A is LISTEN, the inode in column 10.
        var local = $"0100007F:{port:X4}";
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in (await File.ReadAllLinesAsync("/proc/net/tcp")).Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 9 && f[1] == local && f[3] == "0A") inodes.Add($"socket:[{f[9]}]");
        }
        if (inodes.Count == 0) return false;
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // Not ours to inspect (mosquitto dropped to its own user under a non-root test run), or it just exited:
            // a connection is the best evidence left.
            using var tcp = new TcpClient();
            try
            {
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }

    /// <summary>Stops the broker (SIGTERM, so persistence is saved; SIGKILL after 5 s).</summary>
    public async Task StopAsync()
    {
        if (_process is not { } p) return;
        if (!p.HasExited)
        {
            Signal(p.Id, "TERM");
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await p.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                p.Kill();
                await p.WaitForExitAsync();
            }
        }
        p.Dispose();
        _process = null;
    }

    /// <summary>Freezes the broker (SIGSTOP): connections stay open but nothing is answered, like a cut network.</summary>
    public void Pause() => Signal(Pid, "STOP");

    /// <summary>Thaws a paused broker (SIGCONT).</summary>
    public void Resume() => Signal(Pid, "CONT");

    /// <summary>
    /// Issues a client certificate signed by the test CA (or by <paramref name="otherCa"/>), CN = <paramref name="identity"/>
    /// (a device's is SITE/DEVICE).
    /// </summary>
    public (string Cert, string Key) IssueClientCertificate(string identity, bool otherCa = false)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var ca = otherCa ? MakeOtherCa() : "ca";
        var key = Path.Combine(Dir, $"{identity.Replace('/', '_')}{(otherCa ? "-other" : "")}.key");
        var cert = Path.ChangeExtension(key, ".crt");
        // openssl's -subj separates attributes with '/': the one inside SITE/DEVICE is escaped.
        OpenSsl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert + ".csr", "-subj", $"/CN={identity.Replace("/", "\\/", StringComparison.Ordinal)}");
        OpenSsl("x509", "-req", "-in", cert + ".csr", "-CA", Path.Combine(Dir, ca + ".crt"), "-CAkey", Path.Combine(Dir, ca + ".key"), "-CAcreateserial", "-out", cert, "-days", "2");
        return (cert, key);
    }

    /// <summary>A second CA the broker does not trust (for "wrong certificate" tests); returns its certificate file.</summary>
    public string OtherCaFile
    {
        get
        {
            MakeOtherCa();
            return Path.Combine(Dir, "other-ca.crt");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_process is { } p)
        {
            if (!p.HasExited)
            {
                Signal(p.Id, "CONT");
                p.Kill();
                p.WaitForExit();
            }
            p.Dispose();
            _process = null;
        }
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is cleaned by the OS.
        }
    }

    private string MakeOtherCa()
    {
        if (!File.Exists(Path.Combine(Dir, "other-ca.crt")))
        {
            OpenSsl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", Path.Combine(Dir, "other-ca.key"),
                "-out", Path.Combine(Dir, "other-ca.crt"), "-days", "2", "-subj", "/CN=Some Other CA");
        }
        return "other-ca";
    }

    private void MakeCertificates()
    {
        OpenSsl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", Path.Combine(Dir, "ca.key"),
            "-out", CaFile, "-days", "2", "-subj", "/CN=EdgeAgent Test CA");
        var ext = Path.Combine(Dir, "server.ext");
        File.WriteAllText(ext, "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        OpenSsl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", Path.Combine(Dir, "server.key"),
            "-out", Path.Combine(Dir, "server.csr"), "-subj", "/CN=localhost");
        OpenSsl("x509", "-req", "-in", Path.Combine(Dir, "server.csr"), "-CA", CaFile, "-CAkey", Path.Combine(Dir, "ca.key"), "-CAcreateserial",
            "-out", Path.Combine(Dir, "server.crt"), "-days", "2", "-extfile", ext);
        // Test keys only: mosquitto runs as its own user and must read its key.
        File.SetUnixFileMode(Path.Combine(Dir, "server.key"), (UnixFileMode)0b110_100_100);
    }

    private void WriteConfig(bool persistent, string? anonymousAcl, int maxQueuedMessages)
    {
        var c = new StringBuilder();
        c.AppendLine("per_listener_settings false");
        c.AppendLine($"listener {Port} 127.0.0.1");
        c.AppendLine("log_dest stderr");
        c.AppendLine("log_type error");
        c.AppendLine("log_type warning");
        c.AppendLine($"max_queued_messages {maxQueuedMessages}");
        c.AppendLine("max_inflight_messages 20");
        if (persistent)
        {
            c.AppendLine("persistence true");
            c.AppendLine($"persistence_location {Dir}/");
            c.AppendLine("autosave_interval 1");
        }
        else
        {
            c.AppendLine("persistence false");
        }
        switch (Mode)
        {
            case MosquittoMode.Plain:
                c.AppendLine("allow_anonymous true");
                if (anonymousAcl is not null)
                {
                    File.WriteAllText(Path.Combine(Dir, "acl"), anonymousAcl);
                    c.AppendLine($"acl_file {Path.Combine(Dir, "acl")}");
                }
                break;
            case MosquittoMode.Tls:
                c.AppendLine("allow_anonymous true");
                AppendTls(c);
                break;
            case MosquittoMode.MutualTls:
                c.AppendLine("allow_anonymous false");
                AppendTls(c);
                c.AppendLine("require_certificate true");
                c.AppendLine("use_identity_as_username true");
                // The very file the README tells the centre to deploy (copied: mosquitto drops to its own user).
                var acl = Path.Combine(Dir, "acl");
                File.Copy(ShippedAcl, acl, overwrite: true);
                File.SetUnixFileMode(acl, (UnixFileMode)0b110_100_100);
                c.AppendLine($"acl_file {acl}");
                break;
        }
        File.WriteAllText(Path.Combine(Dir, "mosquitto.conf"), c.ToString());
    }

    private void AppendTls(StringBuilder c)
    {
        c.AppendLine($"cafile {CaFile}");
        c.AppendLine($"certfile {Path.Combine(Dir, "server.crt")}");
        c.AppendLine($"keyfile {Path.Combine(Dir, "server.key")}");
    }

    private void OpenSsl(params string[] args)
    {
        var psi = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Dir };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) Assert.Fail($"openssl {string.Join(' ', args)} failed: {err.Result}");
        foreach (var f in Directory.GetFiles(Dir, "*.key")) File.SetUnixFileMode(f, (UnixFileMode)0b110_100_100);
    }

    private static void Signal(int pid, string signal)
    {
        if (pid == 0) return;
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>A port the OS says is free right now.</summary>
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
