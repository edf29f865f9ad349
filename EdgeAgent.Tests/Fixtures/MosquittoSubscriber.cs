using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>One message as <c>mosquitto_sub</c> printed it.</summary>
/// <param name="Topic">Topic.</param>
/// <param name="Payload">Payload text.</param>
/// <param name="Retained">True when delivered as a retained message.</param>
public sealed record ReceivedMessage(string Topic, string Payload, bool Retained)
{
    /// <summary>The payload parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Payload).RootElement;
}

/// <summary>
/// The centre's side in tests: Debian's <c>mosquitto_sub</c> (the real client, not ours) subscribed at QoS 1, optionally
/// with a persistent session so it gets what was published while it was reconnecting. Ready once a probe came through.
/// </summary>
public sealed class MosquittoSubscriber : IDisposable
{
    private const string ProbeTopic = "edgeagent/v1/probe/probe/events/probe/probe";
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly ConcurrentQueue<ReceivedMessage> _messages = new();
    private readonly MosquittoBroker _broker;

    private MosquittoSubscriber(Process process, MosquittoBroker broker)
    {
        _process = process;
        _broker = broker;
    }

    /// <summary>Everything received so far (probes excluded), in arrival order.</summary>
    public IReadOnlyList<ReceivedMessage> Messages => _messages.Where(m => m.Topic != ProbeTopic).ToList();

    /// <summary>What mosquitto_sub wrote to stderr.</summary>
    public string Errors
    {
        get
        {
            lock (_errors) return _errors.ToString();
        }
    }

    /// <summary>Subscribes to <paramref name="filter"/> and waits until it is effective.</summary>
    /// <param name="broker">The broker.</param>
    /// <param name="filter">Topic filter.</param>
    /// <param name="persistentId">Client id for a persistent session (clean start off, 1 h expiry); null for a clean one.</param>
    public static async Task<MosquittoSubscriber> StartAsync(MosquittoBroker broker, string filter = "edgeagent/v1/#", string? persistentId = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var psi = new ProcessStartInfo("mosquitto_sub") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in ConnectionArgs(broker, MosquittoBroker.CentreIdentity)) psi.ArgumentList.Add(a);
        // %r: retained flag, %t topic, %p payload; one line per message (payloads are single-line JSON).
        foreach (var a in new[] { "-V", "mqttv5", "-q", "1", "-t", filter, "-t", ProbeTopic, "-F", "%r\t%t\t%p" }) psi.ArgumentList.Add(a);
        if (persistentId is not null)
        {
            foreach (var a in new[] { "-c", "-i", persistentId, "-x", "3600" }) psi.ArgumentList.Add(a);
        }
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start mosquitto_sub");
        var sub = new MosquittoSubscriber(p, broker);
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var parts = e.Data.Split('\t', 3);
            if (parts.Length == 3) sub._messages.Enqueue(new ReceivedMessage(parts[1], parts[2], parts[0] == "1"));
        };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (sub._errors) sub._errors.AppendLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (p.HasExited) Assert.Fail($"mosquitto_sub exited with {p.ExitCode}: {sub.Errors}\nbroker: {broker.Log}");
            await Publish(broker, ProbeTopic, "{}", "probe");
            await Task.Delay(200);
            if (sub._messages.Any(m => m.Topic == ProbeTopic)) return sub;
        }
        sub.Dispose();
        Assert.Fail($"mosquitto_sub did not receive a probe within 15 s: {sub.Errors}\nbroker: {broker.Log}");
        return null!;
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the messages, or the timeout passes; returns whether it held.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<ReceivedMessage>, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition(Messages)) return true;
            await Task.Delay(100);
        }
        return condition(Messages);
    }

    /// <summary>Publishes one message with <c>mosquitto_pub</c> (QoS 1); returns its exit code.</summary>
    public static async Task<int> Publish(MosquittoBroker broker, string topic, string payload, string identity)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var psi = new ProcessStartInfo("mosquitto_pub") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in ConnectionArgs(broker, identity)) psi.ArgumentList.Add(a);
        foreach (var a in new[] { "-V", "mqttv5", "-q", "1", "-t", topic, "-m", payload }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        await p.WaitForExitAsync();
        return p.ExitCode;
    }

    /// <summary>Host, port and, for TLS, CA and client certificate arguments for the mosquitto clients.</summary>
    public static IEnumerable<string> ConnectionArgs(MosquittoBroker broker, string identity)
    {
        ArgumentNullException.ThrowIfNull(broker);
        if (broker.Mode == MosquittoMode.Plain) return ["-h", "127.0.0.1", "-p", broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var args = new List<string> { "-h", "127.0.0.1", "-p", broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--cafile", broker.CaFile };
        if (broker.Mode == MosquittoMode.MutualTls)
        {
            var (cert, key) = broker.IssueClientCertificate(identity);
            args.AddRange(["--cert", cert, "--key", key]);
        }
        return args;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        _ = _broker;
    }
}
