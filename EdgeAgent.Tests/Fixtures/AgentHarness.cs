using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Outbox;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>The agent's delivery half, in process: a real outbox file and the real publisher, pointed at a test broker.</summary>
public sealed class AgentHarness : IAsyncDisposable
{
    private static readonly ILoggerFactory Loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
    private readonly List<(Guid Id, string Camera, long Sequence, EventPriority Priority)> _accepted = [];
    private readonly TopicNames _topics;
    private bool _started;

    private AgentHarness(string stateDir, DurableOutbox outbox, MqttPublisher publisher, TopicNames topics)
    {
        StateDir = stateDir;
        Outbox = outbox;
        Publisher = publisher;
        _topics = topics;
    }

    /// <summary>State folder (outbox file, session counter).</summary>
    public string StateDir { get; }

    /// <summary>The outbox.</summary>
    public DurableOutbox Outbox { get; }

    /// <summary>The publisher.</summary>
    public MqttPublisher Publisher { get; }

    /// <summary>Every event accepted so far, in accept order.</summary>
    public IReadOnlyList<(Guid Id, string Camera, long Sequence, EventPriority Priority)> Accepted
    {
        get
        {
            lock (_accepted) return _accepted.ToList();
        }
    }

    /// <summary>
    /// Opens the outbox in <paramref name="stateDir"/> and creates (not starts) the publisher for <paramref name="broker"/>;
    /// <paramref name="time"/> (a fake clock in back-off tests) drives both. <paramref name="nodes"/>, when given, are
    /// the broker's nodes in failover order (broker.urls), and <paramref name="broker"/> only supplies the TLS mode.
    /// </summary>
    public static AgentHarness Create(MosquittoBroker broker, string stateDir, string device = "dev-1", OutboxOptions? limits = null,
        (string Cert, string Key)? clientCertificate = null, string? caFile = null, TimeProvider? time = null, IReadOnlyList<Uri>? nodes = null)
    {
        time ??= TimeProvider.System;
        ArgumentNullException.ThrowIfNull(broker);
        var topics = new TopicNames("edgeagent/v1", "lab", device);
        var outbox = DurableOutbox.Open(Path.Combine(stateDir, "outbox.db"), OutboxFixture.Password, limits ?? new OutboxOptions(), topics,
            time, Loggers.CreateLogger("EdgeAgent.Outbox"));
        var options = new BrokerOptions
        {
            Url = nodes is null ? broker.Url : nodes[0],
            Urls = nodes is null ? UrlCollection.Empty : new UrlCollection(nodes),
            CaFile = broker.Mode == MosquittoMode.Plain ? null : caFile ?? broker.CaFile,
            CertFile = clientCertificate?.Cert,
            KeyFile = clientCertificate is { } c ? new SecretRef("file", c.Key) : null,
            KeepAlive = TimeSpan.FromSeconds(5),
        };
        var settings = new MqttPublisherSettings
        {
            Url = options.Url,
            Nodes = BrokerEndpoint.ResolveAll(options),
            Broker = options,
            Topics = topics,
            StateDir = stateDir,
            InitialBackoff = TimeSpan.FromMilliseconds(200),
            MaxBackoff = TimeSpan.FromSeconds(3),
        };
        var publisher = new MqttPublisher(settings, outbox, time, Loggers.CreateLogger<MqttPublisher>());
        return new AgentHarness(stateDir, outbox, publisher, topics);
    }

    /// <summary>Starts publishing.</summary>
    public async Task StartAsync()
    {
        await Publisher.StartAsync(CancellationToken.None);
        _started = true;
    }

    /// <summary>Accepts one event into the outbox and remembers it.</summary>
    public long Accept(AgentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var seq = Outbox.Accept(e);
        lock (_accepted) _accepted.Add((e.Id, e.Camera, seq, e.Priority));
        return seq;
    }

    /// <summary>Accepts synthetic events over <paramref name="cameras"/> at about <paramref name="perSecond"/> until cancelled.</summary>
    public async Task ProduceAsync(int perSecond, string[] cameras, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var random = new Random(7);
        var period = TimeSpan.FromSeconds(1.0 / perSecond);
        var i = 0;
        while (!ct.IsCancellationRequested)
        {
            Accept(SyntheticObjectEvent.Create(random, cameras[i++ % cameras.Length], DateTimeOffset.UtcNow));
            try
            {
                await Task.Delay(period, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Topics of this device.</summary>
    public TopicNames Topics => _topics;

    /// <summary>Stops the publisher (graceful: offline state, DISCONNECT).</summary>
    public async Task StopAsync()
    {
        if (!_started) return;
        _started = false;
        await Publisher.StopAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Publisher.Dispose();
        Outbox.Dispose();
    }

    /// <summary>
    /// The delivery promise, checked on what the subscriber got: every accepted event arrived, none that was not accepted,
    /// and per camera in accept order after deduplicating on the event id. Returns the number of duplicates seen.
    /// </summary>
    /// <param name="accepted">Events whose acceptance the producer saw.</param>
    /// <param name="received">What the subscriber got.</param>
    /// <param name="unlisted">Events allowed to arrive unlisted: accepted by a process killed before it could say so.</param>
    public static int AssertExactlyOnceInOrder(IReadOnlyList<(Guid Id, string Camera, long Sequence, EventPriority Priority)> accepted, IReadOnlyList<ReceivedMessage> received, int unlisted = 0)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(received);
        var seen = new HashSet<Guid>();
        var order = new Dictionary<string, List<long>>();
        var duplicates = 0;
        foreach (var m in received)
        {
            if (!m.Topic.Contains("/events/", StringComparison.Ordinal)) continue;
            var json = m.Json;
            var id = json.GetProperty("id").GetGuid();
            if (!seen.Add(id))
            {
                duplicates++;
                continue;
            }
            var cam = json.GetProperty("cam").GetString()!;
            if (!order.TryGetValue(cam, out var list)) order[cam] = list = [];
            list.Add(json.GetProperty("seq").GetInt64());
        }
        var acceptedIds = accepted.Select(a => a.Id).ToHashSet();
        var missing = accepted.Where(a => !seen.Contains(a.Id)).Select(a => a.Sequence).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, $"{missing.Count} of {accepted.Count} accepted events never arrived");
            Assert.That(seen.Count(id => !acceptedIds.Contains(id)), Is.LessThanOrEqualTo(unlisted), "events arrived that were never accepted");
            foreach (var (cam, seqs) in order)
            {
                Assert.That(seqs, Is.Ordered.Ascending, $"camera {cam} out of order");
            }
        });
        return duplicates;
    }

    /// <summary>Parses the JSON of a state message.</summary>
    public static (string State, long Session) ParseState(ReceivedMessage m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var json = m.Json;
        return (json.GetProperty("state").GetString()!, json.GetProperty("session").GetInt64());
    }

    /// <summary>True when the message is an event of this device.</summary>
    public bool IsOwnEvent(ReceivedMessage m) => m is not null && m.Topic.StartsWith(_topics.DeviceRoot + "/events/", StringComparison.Ordinal);

    /// <summary>Ids in a list of messages.</summary>
    public static HashSet<Guid> Ids(IEnumerable<ReceivedMessage> messages) =>
        messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)).Select(m => JsonDocument.Parse(m.Payload).RootElement.GetProperty("id").GetGuid()).ToHashSet();
}
