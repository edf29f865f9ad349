using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Control.Provisioning;

/// <summary>
/// <c>check</c> says the real cause of a broker or clock failure, against the real Mosquitto fixture with its own
/// certificates: a wrong clock is a clock problem, a TLS refusal says why, a refused connection says so.
/// </summary>
public sealed class CheckTruthTests
{
    private static AgentOptions Options(Uri url, string? caFile) => new() { Broker = new BrokerOptions { Url = url, CaFile = caFile } };

    [Test]
    public async Task Check_Clock400DaysAhead_ClockRedSaysTheClockIsWrongNotTheFirewall()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        var settings = new CheckSettings { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(400)), TimesyncFlag = Path.Combine(TestPaths.TempDir("no-timesync"), "gone", "synchronized") };
        var verdict = new TlsVerdict(settings.Clock, tls.Url.Host);

        var broker = await DeviceChecks.BrokerAsync(Options(tls.Url, tls.CaFile), TimeSpan.FromSeconds(8), CancellationToken.None, verdict);
        var clock = await DeviceChecks.ClockAsync(settings, verdict, CancellationToken.None);

        Assert.That(broker.Ok, Is.False);
        Assert.That(broker.Detail, Does.Contain("TLS refused: broker certificate expired").And.Contain("clock"));
        Assert.That(broker.Detail, Does.Not.Contain("RemoteCertificateValidationCallback"));
        Assert.That(broker.Fix, Does.Contain("set the clock").Or.Contain("set it").And.Not.Contain("firewall"));
        Assert.That(clock.Ok, Is.False, "a clock 400 days off must not be [ ok ]");
        Assert.That(clock.Detail, Does.StartWith("the clock is wrong"));
    }

    [Test]
    public async Task Check_RightClock_ClockNotRedBecauseOfTheCertificate()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        var settings = new CheckSettings { TimesyncFlag = Path.Combine(TestPaths.TempDir("no-timesync"), "gone", "synchronized") };
        var verdict = new TlsVerdict(settings.Clock, tls.Url.Host);

        var broker = await DeviceChecks.BrokerAsync(Options(tls.Url, tls.CaFile), TimeSpan.FromSeconds(8), CancellationToken.None, verdict);
        var clock = await DeviceChecks.ClockAsync(settings, verdict, CancellationToken.None);

        Assert.That(broker.Ok, Is.True, broker.ToString());
        Assert.That(verdict.ValidityWindow, Is.Not.Null, "the certificate's window was seen");
        Assert.That(clock.ToString(), Does.Not.Contain("clock is wrong"));
    }

    [Test]
    public async Task Check_TimesyncFolderWithoutFlag_NotSynchronisedRed()
    {
        var run = TestPaths.TempDir("timesync");
        var settings = new CheckSettings { TimesyncFlag = Path.Combine(run, "synchronized") };
        var clock = await DeviceChecks.ClockAsync(settings, null, CancellationToken.None);
        // Where timedatectl answers (a systemd host) its word wins; in a container the flag file decides.
        if (clock.Detail.StartsWith("NTP synchronised", StringComparison.Ordinal)) Assert.Ignore("timedatectl answered for a synchronised host");
        Assert.That(clock.Ok, Is.False);
        Assert.That(clock.Detail, Does.StartWith("not NTP synchronised"));

        await File.WriteAllTextAsync(settings.TimesyncFlag, "");
        Assert.That((await DeviceChecks.ClockAsync(settings, null, CancellationToken.None)).Ok, Is.True);
    }

    [Test]
    public async Task Check_BrokerSignedByAnotherCa_SaysUnknownCa()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.Tls);

        var broker = await DeviceChecks.BrokerAsync(Options(tls.Url, tls.OtherCaFile), TimeSpan.FromSeconds(8), CancellationToken.None);

        Assert.That(broker.Ok, Is.False);
        Assert.That(broker.Detail, Does.Contain("TLS refused: unknown CA").And.Contain("EdgeAgent Test CA").And.Contain("Some Other CA"));
        Assert.That(broker.Fix, Does.Contain("broker.ca_file"));
    }

    [Test]
    public async Task Check_NothingListening_ConnectionRefusedByHostPort()
    {
        var port = MosquittoBroker.FreePort();

        var broker = await DeviceChecks.BrokerAsync(Options(new Uri($"mqtt://127.0.0.1:{port}"), null), TimeSpan.FromSeconds(8), CancellationToken.None);

        Assert.That(broker.Ok, Is.False);
        Assert.That(broker.Detail, Is.EqualTo($"connection refused by 127.0.0.1:{port} (nothing listening?)"));
        Assert.That(broker.ToString(), Does.Not.Contain("Unspecified"));
    }

    [Test]
    public async Task Connect_BrokerSignedByAnotherCa_TheConnectionErrorItselfSaysWhy()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        var options = MqttClientOptionsFactory.Create(tls.Url, new BrokerOptions { Url = tls.Url, CaFile = tls.OtherCaFile }, "truth-test", null);
        using var client = new MQTTnet.MqttClientFactory().CreateMqttClient();

        var ex = Assert.CatchAsync<Exception>(async () => await client.ConnectAsync(options, CancellationToken.None));

        // The publisher logs the top exception's message: that is the one a technician reads in journalctl.
        TestContext.Out.WriteLine(ex!.ToString());
        Assert.That(ex.Message, Does.Contain("TLS refused: unknown CA"));
        Assert.That(ex.Message, Does.Not.Contain("RemoteCertificateValidationCallback"));
    }

    [Test]
    public async Task Verdict_CertificateForAnotherName_SaysWhichNames()
    {
        using var tls = await MosquittoBroker.StartAsync(MosquittoMode.Tls);
        var (certFile, _) = tls.IssueClientCertificate("s1/p2");
        using var ca = X509CertificateLoader.LoadCertificateFromFile(tls.CaFile);
        using var cert = X509CertificateLoader.LoadCertificateFromFile(certFile);
        var verdict = new TlsVerdict(TimeProvider.System, "broker.example.net");

        Assert.That(verdict.Judge(cert, SslPolicyErrors.RemoteCertificateNameMismatch, ca), Is.False);
        Assert.That(verdict.Refusal, Is.EqualTo("wrong host name: broker certificate is for s1/p2, not broker.example.net"));
        Assert.That(verdict.Judge(cert, SslPolicyErrors.None, ca), Is.True, "the same certificate, named right, is accepted");
    }
}
