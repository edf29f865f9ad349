using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace EdgeAgent.Transport;

/// <summary>
/// What our check of the broker's certificate saw and why it refused it. The TLS stack reports every refusal as
/// "rejected by the provided RemoteCertificateValidationCallback"; this keeps the reason a technician can act on
/// (expired, not yet valid, wrong host name, unknown CA) and the certificate's validity window for the clock check.
/// </summary>
/// <param name="clock">The clock the certificate is judged by (the device's; tests move it).</param>
/// <param name="host">The host name dialled, which the certificate must name.</param>
public sealed class TlsVerdict(TimeProvider clock, string host)
{
    private volatile string? _refusal;
    private volatile Window? _window;

    /// <summary>Why the broker's certificate was refused; null when it was accepted or none was seen.</summary>
    public string? Refusal => _refusal;

    /// <summary>True when the refusal is the certificate's validity window against this device's clock.</summary>
    public bool RefusedForTime { get; private set; }

    /// <summary>The broker certificate's validity window (UTC), once one was presented.</summary>
    public (DateTimeOffset NotBefore, DateTimeOffset NotAfter)? ValidityWindow => _window is { } w ? (w.NotBefore, w.NotAfter) : null;

    /// <summary>The clock the certificate is judged by.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>
    /// Accepts the certificate only if it chains to <paramref name="ca"/> (not to whatever the OS trusts) at this clock's
    /// time and names the host dialled; otherwise records why.
    /// </summary>
    public bool Judge(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2 ca)
    {
        ArgumentNullException.ThrowIfNull(ca);
        var reason = Reason(presented, errors, ca);
        _refusal = reason;
        return reason is null;
    }

    private string? Reason(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2 ca)
    {
        if (presented is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) return "the broker presented no certificate";
        using var cert = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        var notBefore = new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var notAfter = new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        _window = new Window(notBefore, notAfter);
        var now = Clock.GetUtcNow();
        // The leaf's window first: a wrong clock also breaks the chain, and the clock is what to fix then.
        if (now < notBefore)
        {
            RefusedForTime = true;
            return $"broker certificate not valid before {Utc(notBefore)}, but this device's clock says {Utc(now)}: the clock is wrong";
        }
        if (now > notAfter)
        {
            RefusedForTime = true;
            return $"broker certificate expired {Utc(notAfter)}; this device's clock says {Utc(now)}: renew the certificate, or set the clock if it is wrong";
        }
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return $"wrong host name: broker certificate is for {Names(cert)}, not {host}";
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.LocalDateTime;
        if (chain.Build(cert)) return null;
        var flags = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (a, s) => a | s.Status);
        if ((flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) != 0)
        {
            return $"unknown CA: broker certificate was issued by {cert.Issuer}, which is not broker.ca_file ({ca.Subject})";
        }
        if ((flags & X509ChainStatusFlags.NotTimeValid) != 0)
        {
            RefusedForTime = true;
            return $"the CA certificate in broker.ca_file is not valid at this device's clock ({Utc(now)}, CA valid {Utc(ca.NotBefore)} to {Utc(ca.NotAfter)}): check the clock, or renew the CA";
        }
        return "broker certificate refused: " + string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0));
    }

    private static string Names(X509Certificate2 cert)
    {
        var names = new List<string>();
        foreach (var e in cert.Extensions)
        {
            if (e is X509SubjectAlternativeNameExtension san)
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
            }
        }
        return names.Count > 0 ? string.Join(", ", names) : cert.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Utc(DateTime t) => Utc(new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero));

    private sealed record Window(DateTimeOffset NotBefore, DateTimeOffset NotAfter);
}
