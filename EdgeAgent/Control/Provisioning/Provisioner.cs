using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Provisioning;

/// <summary>What a technician gives <c>edgeagent provision</c>.</summary>
public sealed record ProvisionRequest
{
    /// <summary>Site (MQTT topic level).</summary>
    public required string Site { get; init; }

    /// <summary>Device id (MQTT topic level).</summary>
    public required string Device { get; init; }

    /// <summary>Broker URL (mqtt:// or mqtts://).</summary>
    public required Uri Broker { get; init; }

    /// <summary>Config folder (edgeagent.yaml, CA, certificate; secrets/ below it, mode 0700).</summary>
    public string Dir { get; init; } = "/etc/edgeagent";

    /// <summary>State folder written into the config (outbox, keys, audit log).</summary>
    public string StateDir { get; init; } = "/var/lib/edgeagent";

    /// <summary>Model folder written into the config.</summary>
    public string ModelsDir { get; init; } = "/opt/edgeagent/models";

    /// <summary>CA certificate of the broker, copied into the config folder.</summary>
    public string? CaFile { get; init; }

    /// <summary>Client certificate, copied into the config folder.</summary>
    public string? CertFile { get; init; }

    /// <summary>Client key, copied into secrets/ with mode 0600.</summary>
    public string? KeyFile { get; init; }

    /// <summary>When set: generate an EC P-256 key in secrets/ and write a CSR (CN = SITE/DEVICE, the broker identity) here.</summary>
    public string? CsrOut { get; init; }

    /// <summary>MQTT user name; with a password and no name, SITE/DEVICE (the identity the broker ACL expects).</summary>
    public string? Username { get; init; }

    /// <summary>File holding the MQTT password, copied into secrets/ with mode 0600.</summary>
    public string? PasswordFile { get; init; }

    /// <summary>Maintainers' update-signing public key, pinned in {state_dir}/keys.</summary>
    public string? SigningKey { get; init; }

    /// <summary>Allow plain mqtt:// to a remote broker.</summary>
    public bool Insecure { get; init; }

    /// <summary>Overwrite an existing edgeagent.yaml.</summary>
    public bool Force { get; init; }
}

/// <summary>
/// Writes a device's identity and config: edgeagent.yaml (no secrets in it), the CA and certificate beside it, the client
/// key and password in <c>secrets/</c> with mode 0600 referenced as <c>file:</c>, an EC P-256 key and CSR when asked, and
/// the pinned update-signing key. The written config is read back through <see cref="ConfigLoader"/> before returning.
/// </summary>
public static class Provisioner
{
    /// <summary>Config file name inside the config folder.</summary>
    public const string ConfigName = "edgeagent.yaml";

    /// <summary>Provisions; returns the loaded config and lines describing what was written.</summary>
    public static (AgentOptions Options, IReadOnlyList<string> Written) Run(ProvisionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var dir = Path.GetFullPath(r.Dir);
        var configPath = Path.Combine(dir, ConfigName);
        if (File.Exists(configPath) && !r.Force) throw new IOException($"{configPath} exists; pass --force to replace it (the old one is kept as {ConfigName}.bak)");
        if (r.CsrOut is not null && (r.CertFile is not null || r.KeyFile is not null)) throw new ArgumentException("--csr and --cert/--key are alternatives: either bring a key and certificate or have one requested");
        if ((r.CertFile is null) != (r.KeyFile is null)) throw new ArgumentException("--cert and --key go together");
        Transport.BrokerEndpoint.EnsureAllowed(r.Broker, r.Insecure);
        // Every input file is checked before anything is written: a half-provisioned device is worse than none.
        if (r.CaFile is not null) ReadCertificate(r.CaFile, "--ca").Dispose();
        string? keyText = null;
        if (r.CertFile is not null && r.KeyFile is not null) keyText = CheckKeyPair(r.CertFile, r.KeyFile);
        var written = new List<string>();
        Directory.CreateDirectory(dir);
        var secrets = Path.Combine(dir, "secrets");
        Directory.CreateDirectory(secrets);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        string? ca = null, cert = null, key = null, password = null;
        if (r.CaFile is not null)
        {
            ca = Path.Combine(dir, "ca.crt");
            CopyChecked(r.CaFile, ca, "--ca");
            written.Add($"CA certificate {ca}");
        }
        if (r.CertFile is not null && r.KeyFile is not null)
        {
            cert = Path.Combine(dir, "client.crt");
            CopyChecked(r.CertFile, cert, "--cert");
            key = Path.Combine(secrets, "client.key");
            SigningKeys.WriteSecret(key, keyText!);
            written.Add($"client certificate {cert}, key {key} (0600)");
        }
        else if (r.CsrOut is not null)
        {
            key = Path.Combine(secrets, "client.key");
            cert = Path.Combine(dir, "client.crt");
            using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            SigningKeys.WriteSecret(key, ec.ExportPkcs8PrivateKeyPem());
            // CN = SITE/DEVICE: with use_identity_as_username it is %u in deploy/mosquitto/edgeagent.acl, so the broker
            // confines the device to its own site and device (the same id in another site is another identity).
            var request = new CertificateRequest(new X500DistinguishedName($"CN={BrokerIdentity(r.Site, r.Device)}, OU={r.Site}, O=EdgeAgent"), ec, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
            File.WriteAllText(r.CsrOut, request.CreateSigningRequestPem() + "\n");
            written.Add($"EC P-256 key {key} (0600) and certificate request {Path.GetFullPath(r.CsrOut)}: have it signed, install the certificate as {cert}");
        }
        if (r.PasswordFile is not null)
        {
            password = Path.Combine(secrets, "mqtt.password");
            SigningKeys.WriteSecret(password, File.ReadAllText(r.PasswordFile).TrimEnd('\r', '\n'));
            written.Add($"MQTT password {password} (0600)");
        }
        if (r.SigningKey is not null)
        {
            using (SigningKeys.Load(r.SigningKey))
            {
                // Loaded only to refuse a file that is not a P-256 public key before pinning it.
            }
            var pinned = SigningKeys.PinnedPath(Path.GetFullPath(r.StateDir));
            StateFiles.CreateParent(pinned);
            StateFiles.Copy(r.SigningKey, pinned, overwrite: true);
            written.Add($"update-signing key pinned at {pinned}");
        }

        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Written by 'edgeagent provision' on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Check with: edgeagent check --config {configPath}");
        yaml.AppendLine("device:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  site: {r.Site}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  id: {r.Device}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  state_dir: {Quote(Path.GetFullPath(r.StateDir))}");
        yaml.AppendLine("models:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  dir: {Quote(Path.GetFullPath(r.ModelsDir))}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  manifest: {Quote(Path.Combine(Path.GetFullPath(r.ModelsDir), "manifest.yaml"))}");
        yaml.AppendLine("broker:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  url: {Quote(r.Broker.ToString().TrimEnd('/'))}");
        if (r.Insecure) yaml.AppendLine("  insecure: true");
        if (ca is not null) yaml.AppendLine(CultureInfo.InvariantCulture, $"  ca_file: {Quote(ca)}");
        if (cert is not null) yaml.AppendLine(CultureInfo.InvariantCulture, $"  cert_file: {Quote(cert)}");
        if (key is not null) yaml.AppendLine(CultureInfo.InvariantCulture, $"  key_file: {Quote("file:" + key)}");
        var username = r.Username ?? (password is not null ? BrokerIdentity(r.Site, r.Device) : null);
        if (username is not null) yaml.AppendLine(CultureInfo.InvariantCulture, $"  username: {Quote(username)}");
        if (password is not null) yaml.AppendLine(CultureInfo.InvariantCulture, $"  password: {Quote("file:" + password)}");
        yaml.AppendLine("cameras: []   # add cameras, then: edgeagent check");
        // Validate before replacing anything: a provision that writes an unloadable config has bricked the device.
        var options = ConfigLoader.Parse(yaml.ToString(), configPath) with { SourcePath = configPath };
        if (File.Exists(configPath)) File.Copy(configPath, configPath + ".bak", overwrite: true);
        AtomicFile.WriteAllText(configPath, yaml.ToString());
        written.Insert(0, $"config {configPath}");
        written.Add($"environment {WriteEnvironment(Path.Combine(dir, Path.GetFileName(EnvironmentFile.DefaultPath)), yaml.ToString())}");
        return (options, written);
    }

    /// <summary>
    /// Writes the environment file systemd and the CLI read (mode 0600): the values it already holds are kept (a camera's
    /// password outlives a re-provision), each variable the config references is taken from this shell when set, and
    /// the ones still missing are listed in its header for the technician to fill in.
    /// </summary>
    public static string WriteEnvironment(string path, string configText)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var (k, v) in EnvironmentFile.Parse(File.ReadAllText(path), path, new List<string>())) values[k] = v;
        }
        var missing = new List<string>();
        foreach (var name in EnvironmentFile.References(configText))
        {
            if (values.ContainsKey(name)) continue;
            if (Environment.GetEnvironmentVariable(name) is { } value) values[name] = value;
            else missing.Add(name);
        }
        var header = "Values of the ${NAME} references in edgeagent.yaml (camera passwords): read by the service\n"
            + "(systemd EnvironmentFile=) and by the edgeagent CLI. Keep it root-owned, mode 0600.\n"
            + "Add one line per variable, e.g. CAM_GATE_PW=..., then: edgeagent check"
            + (missing.Count > 0 ? "\nNot set yet: " + string.Join(", ", missing) : "");
        EnvironmentFile.Write(path, values, header);
        return path;
    }

    /// <summary>The identity a device has at the broker, certificate CN or user name: <c>SITE/DEVICE</c>, its two topic levels.</summary>
    public static string BrokerIdentity(string site, string device) => $"{site}/{device}";

    /// <summary>Most bytes read from a PEM input: certificates and keys are a few KiB; this stops /dev/zero or a log file.</summary>
    public const int MaxPemBytes = 256 * 1024;

    /// <summary>
    /// Checks that <paramref name="certFile"/> is a PEM certificate, <paramref name="keyFile"/> an unencrypted PEM
    /// private key, and that the key is the certificate's; returns the key's text. Throws <see cref="ArgumentException"/>
    /// naming the option and file.
    /// </summary>
    public static string CheckKeyPair(string certFile, string keyFile)
    {
        using var cert = ReadCertificate(certFile, "--cert");
        var keyText = ReadPem(keyFile, "--key");
        if (!PemEncoding.TryFind(keyText, out var fields))
        {
            throw new ArgumentException($"--key {keyFile}: not a PEM file (expected -----BEGIN PRIVATE KEY-----)");
        }
        var label = keyText[fields.Label];
        if (label == "ENCRYPTED PRIVATE KEY") throw new ArgumentException($"--key {keyFile}: the key is encrypted; the agent starts unattended and needs it unencrypted (stored 0600)");
        if (label is not ("PRIVATE KEY" or "EC PRIVATE KEY" or "RSA PRIVATE KEY"))
        {
            throw new ArgumentException($"--key {keyFile}: holds a '{label}', not a private key (expected -----BEGIN PRIVATE KEY-----)");
        }
        try
        {
            // Fails when the private key is not the one whose public half the certificate carries.
            using var pair = X509Certificate2.CreateFromPem(File.ReadAllText(certFile), keyText);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw new ArgumentException($"--key {keyFile} does not belong to --cert {certFile} ({cert.Subject}): {ex.Message}", ex);
        }
        return keyText;
    }

    /// <summary>Loads the first certificate of a PEM file; throws <see cref="ArgumentException"/> naming <paramref name="option"/>.</summary>
    private static X509Certificate2 ReadCertificate(string path, string option)
    {
        var text = ReadPem(path, option);
        if (!text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{option} {path}: not a PEM certificate (expected -----BEGIN CERTIFICATE-----)");
        }
        try
        {
            return X509Certificate2.CreateFromPem(text);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"{option} {path}: the certificate does not decode: {ex.Message}", ex);
        }
    }

    private static string ReadPem(string path, string option)
    {
        if (!File.Exists(path)) throw new ArgumentException($"{option} {path}: no such file");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            var buffer = new byte[MaxPemBytes + 1];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total > MaxPemBytes) throw new ArgumentException($"{option} {path}: over {MaxPemBytes / 1024} KiB, not a PEM certificate or key");
            return Encoding.UTF8.GetString(buffer, 0, total);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"{option} {path}: cannot read: {ex.Message}", ex);
        }
    }

    private static void CopyChecked(string from, string to, string option)
    {
        if (!File.Exists(from)) throw new FileNotFoundException($"{option} {from}: no such file");
        if (Path.GetFullPath(from) != Path.GetFullPath(to)) File.Copy(from, to, overwrite: true);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
}
