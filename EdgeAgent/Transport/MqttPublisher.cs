using EdgeAgent.Capture;
using EdgeAgent.Events;
using EdgeAgent.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace EdgeAgent.Transport;

/// <summary>
/// Moves events from the durable outbox to the broker: connects (its own loop, capped back-off with jitter), announces
/// the retained online state, publishes batches at QoS 1 with a bounded window in flight, and removes a record only
/// once its PUBACK arrived. On a lost connection it backs off and reconnects; the outbox keeps everything meanwhile.
/// A record the broker refuses for good (PUBACK reason 0x80 or above: not authorised, invalid topic or payload) is set
/// aside in the outbox's dead-letter store and the rest flows on: reconnecting would not change the broker's mind, and
/// once made a loop that republished the retained state every second.
/// With the nodes of a clustered broker it stays on the node it has while that works, and after a failure tries the next
/// one (round-robin, after the same jittered back-off, so a dead node's devices do not all land on one neighbour at
/// once); it starts on a node chosen by its client id, so a fleet spreads over the cluster. Records still leave the
/// outbox only on PUBACK, so a move resends what the old node had not acknowledged: at least once, as ever.
/// </summary>
public sealed partial class MqttPublisher : BackgroundService, IStatePublisher
{
    private readonly MqttPublisherSettings _settings;
    private readonly DurableOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MqttClientFactory _factory = new();
    private long _session;
    private long _reconnects;
    // True from a lost (or never made) connection until the next one is made: the attempts between count once.
    private bool _inOutage;
    private long _published;
    private long _progress;
    private volatile bool _connected;
    private IMqttClient? _client;
    private volatile string? _lastError;
    private readonly IStateDetails? _details;
    private readonly Dictionary<string, long> _refusalLogged = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Uri> _nodes;
    // The node connected to or being tried; starts at the device's own start node.
    private volatile int _node;
    // The node the last connection was made on (the start node before any): a connection elsewhere is a move.
    private int _lastConnectedNode;
    private long _moves;

    /// <summary>A connection must last this long before its loss restarts the back-off from the first delay.</summary>
    private static readonly TimeSpan StableSession = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Records sent one at a time after a lost connection. Some brokers reset the connection right after refusing a
    /// publish, and a reset discards the refusal still unread on this side: with one publish in flight the refusal is
    /// read before anything else is sent, so each refused record costs one reconnect, not one per attempt.
    /// </summary>
    private const int CarefulRecords = 64;

    // A start counts as a reconnect: the backlog may begin with the very record a broker resets on.
    private int _careful = CarefulRecords;

    /// <summary>Creates the publisher; it starts with the host. <paramref name="details"/> adds fields to the <c>online</c> state.</summary>
    public MqttPublisher(MqttPublisherSettings settings, DurableOutbox outbox, TimeProvider time, ILogger<MqttPublisher> logger, IStateDetails? details = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _outbox = outbox;
        _time = time;
        _logger = logger;
        _details = details;
        _nodes = settings.Nodes.Count > 0 ? settings.Nodes : [settings.Url];
        _node = _lastConnectedNode = BrokerEndpoint.StartIndex(settings.ClientId, _nodes.Count);
    }

    /// <summary>The broker URL in use or being tried (without user info).</summary>
    private Uri CurrentUrl => _nodes[_node];

    /// <summary>Delivery counters for the health report.</summary>
    public TransportHealth Health => new(
        _connected, Interlocked.Read(ref _session), Interlocked.Read(ref _reconnects), Interlocked.Read(ref _published),
        _outbox.Depth, _outbox.Bytes, _outbox.DroppedLow, _outbox.DroppedNormal, _outbox.DroppedExpired, _lastError)
    {
        DroppedUnwritable = _outbox.DroppedUnwritable,
        DeadLettered = _outbox.DeadLettered,
        Held = _outbox.Held,
        OutboxFault = _outbox.Fault,
        // Named only with a list of nodes: a single-broker agent reports exactly what it always did.
        Node = _nodes.Count > 1 ? BrokerEndpoint.Describe(CurrentUrl) : null,
        Moves = Interlocked.Read(ref _moves),
    };

    /// <summary>
    /// Publishes a health report on <c>.../health</c> when connected (QoS 0, not through the outbox: a report that
    /// cannot go now is stale by the next one, which replaces it).
    /// </summary>
    public async ValueTask<bool> TryPublishHealthAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        var client = _client;
        if (!_connected || client is null || !client.IsConnected) return false;
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_settings.Topics.Health)
            .WithPayload(json.ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce)
            .WithMessageExpiryInterval((uint)Math.Max(60, _settings.Broker.KeepAlive.TotalSeconds * 4))
            .WithContentType("application/json")
            .Build();
        try
        {
            await client.PublishAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _lastError = ex.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryPublishStateAsync(CancellationToken cancellationToken)
    {
        var client = _client;
        if (!_connected || client is null || !client.IsConnected) return false;
        await PublishOnlineAsync(client, cancellationToken);
        return true;
    }

    private async Task PublishOnlineAsync(IMqttClient client, CancellationToken ct)
    {
        var online = new MqttApplicationMessageBuilder()
            .WithTopic(_settings.Topics.State)
            .WithPayload(StatePayload.Create("online", Interlocked.Read(ref _session), _settings.Topics.Device, _time.GetUtcNow(), Common.AgentVersion.Value, _details))
            .WithRetainFlag(true)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();
        var ack = await client.PublishAsync(online, ct);
        if (!ack.IsSuccess && ack.ReasonCode != MqttClientPublishReasonCode.NoMatchingSubscribers)
        {
            throw new InvalidOperationException($"broker refused the state message on {_settings.Topics.State}: {ack.ReasonCode} {ack.ReasonString}");
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = _factory.CreateMqttClient();
        _client = client;
        try
        {
            Interlocked.Exchange(ref _session, SessionCounter.Next(_settings.StateDir));
            var backoff = new Backoff(_settings.InitialBackoff, _settings.MaxBackoff);
            var will = (_settings.Topics.State, StatePayload.Create("offline", _session, _settings.Topics.Device, _time.GetUtcNow()));
            // Built up front for every node: a node whose URL or TLS files are unusable stops the start, not a failover later.
            var options = _nodes.Select(url => MqttClientOptionsFactory.Create(url, _settings.Broker, _settings.ClientId, will, _settings.BaseDir)).ToArray();
            while (!stoppingToken.IsCancellationRequested)
            {
                long? connectedAt = null;
                var progressAtConnect = Interlocked.Read(ref _progress);
                try
                {
                    var window = await ConnectAsync(client, options[_node], stoppingToken);
                    connectedAt = _time.GetTimestamp();
                    await PumpAsync(client, window, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Only a connection that held or moved records on starts the back-off afresh: one that fails as soon
                    // as it is made, on the same record, must not bring the device back every second. (Some brokers
                    // drop the connection after refusing a publish; each such reconnect sets one record aside.)
                    if (connectedAt is { } at && (_time.GetElapsedTime(at) >= StableSession || Interlocked.Read(ref _progress) > progressAtConnect)) backoff.Reset();
                    _connected = false;
                    _lastError = ex.Message;
                    if (!_inOutage)
                    {
                        _inOutage = true;
                        Interlocked.Increment(ref _reconnects);
                    }
                    var delay = backoff.Next();
                    _careful = CarefulRecords;
                    var failed = CurrentUrl;
                    // The next node is tried after the back-off, not at once: the jitter is what spreads a dead node's
                    // devices over the others, and when every node is down the back-off grows as with one broker.
                    if (_nodes.Count > 1) _node = (_node + 1) % _nodes.Count;
                    LogConnectionFailed(_logger, failed, ex.Message, delay.TotalSeconds, _outbox.Depth);
                    if (_nodes.Count > 1) LogNextNode(_logger, CurrentUrl, delay.TotalSeconds);
                    await TryDisconnectAsync(client, graceful: false);
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop.
        }
        catch (Exception ex)
        {
            LogPublisherFailed(_logger, ex);
            Environment.ExitCode = 1;
            throw;
        }
        finally
        {
            _connected = false;
            if (stoppingToken.IsCancellationRequested) await TryDisconnectAsync(client, graceful: true);
        }
    }

    private async Task<int> ConnectAsync(IMqttClient client, MqttClientOptions options, CancellationToken ct)
    {
        var result = await client.ConnectAsync(options, ct);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"broker refused the connection: {result.ResultCode} {result.ReasonString}");
        }
        await PublishOnlineAsync(client, ct);
        _connected = true;
        _inOutage = false;
        _lastError = null;
        if (_node != _lastConnectedNode)
        {
            Interlocked.Increment(ref _moves);
            LogMoved(_logger, _nodes[_lastConnectedNode], CurrentUrl, Interlocked.Read(ref _moves));
            _lastConnectedNode = _node;
        }
        var window = Math.Max(1, Math.Min(_settings.MaxInflight, result.ReceiveMaximum is { } rm and > 0 ? rm : int.MaxValue));
        LogConnected(_logger, CurrentUrl, _session, result.IsSessionPresent, _outbox.Depth, window);
        return window;
    }

    private async Task PumpAsync(IMqttClient client, int window, CancellationToken ct)
    {
        var expiry = (uint)_settings.Broker.MessageExpiry.TotalSeconds;
        var inflight = new Queue<(OutboxRecord Record, Task<MqttClientPublishResult> Ack)>(window);
        var acked = new List<OutboxRecord>(RemoveChunk);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (!client.IsConnected) throw new InvalidOperationException("connection to the broker lost");
            var batch = _outbox.PeekBatch(_settings.BatchSize);
            if (batch.Count == 0)
            {
                await _outbox.WaitForRecordsAsync(TimeSpan.FromSeconds(1), ct);
                continue;
            }
            // A sliding window, not window-then-wait: a steady flow both ways keeps TCP from sitting on small PUBACKs
            // (Nagle on the broker against delayed ACKs here costs 40 ms per stall).
            Exception? failure = null;
            // One publish time per batch: the records of a batch leave together.
            var publishTime = _time.GetUtcNow();
            foreach (var record in batch)
            {
                if (inflight.Count >= (_careful > 0 ? 1 : window)) failure = await CompleteOldestAsync(inflight, acked);
                if (failure is not null) break;
                inflight.Enqueue((record, PublishAsync(client, ToMessage(record, publishTime, expiry), ct)));
            }
            // Every publish in flight is awaited, failed or not (`failure ??= await ...` would skip the await once one
            // failed and spin here for ever); the first failure is the one reported.
            while (inflight.Count > 0)
            {
                var next = await CompleteOldestAsync(inflight, acked);
                failure ??= next;
            }
            FlushAcked(acked);
            if (failure is not null) throw failure;
        }
    }

    // A publish MQTTnet refuses before sending (an invalid topic) must fail like one the broker refuses: through its
    // task, so the publishes already in flight are still awaited and the acknowledged ones removed.
    private static async Task<MqttClientPublishResult> PublishAsync(IMqttClient client, MqttApplicationMessage message, CancellationToken ct) =>
        await client.PublishAsync(message, ct).ConfigureAwait(false);

    private const int RemoveChunk = 128;

    /// <summary>
    /// Awaits the oldest publish in flight; returns its failure, or null when the broker took it or refused it for good
    /// (then the record is set aside, not retried).
    /// </summary>
    private async Task<Exception?> CompleteOldestAsync(Queue<(OutboxRecord Record, Task<MqttClientPublishResult> Ack)> inflight, List<OutboxRecord> acked)
    {
        var (record, ack) = inflight.Dequeue();
        try
        {
            var result = await ack;
            if (!result.IsSuccess && result.ReasonCode != MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                if (!IsPermanentRefusal(result.ReasonCode))
                {
                    return new InvalidOperationException($"broker rejected event seq {record.Sequence} on {record.Topic}: {result.ReasonCode} {result.ReasonString}");
                }
                SetAside(record, $"{result.ReasonCode} (0x{(int)result.ReasonCode:x2}){(string.IsNullOrEmpty(result.ReasonString) ? "" : ": " + result.ReasonString)}", acked);
                return null;
            }
        }
        catch (MqttProtocolViolationException ex)
        {
            // MQTTnet refuses before sending what no broker would take (a wildcard in the topic): as final as a refusal.
            SetAside(record, ex.Message, acked);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex;
        }
        // Acked records leave even when others in flight fail: they are at the broker.
        if (_careful > 0) _careful--;
        _settings.Observer?.OnAcked(record, System.Diagnostics.Stopwatch.GetTimestamp());
        acked.Add(record);
        if (acked.Count >= RemoveChunk) FlushAcked(acked);
        return null;
    }

    /// <summary>
    /// Reasons about the message itself, which a retry gets again. Quota and packet-id refusals are about the session:
    /// those are retried after a reconnect.
    /// </summary>
    private static bool IsPermanentRefusal(MqttClientPublishReasonCode code) =>
        (int)code >= 0x80 && code is not (MqttClientPublishReasonCode.QuotaExceeded or MqttClientPublishReasonCode.PacketIdentifierInUse);

    private void SetAside(OutboxRecord record, string reason, List<OutboxRecord> acked)
    {
        // Acknowledged ones first, so the outbox sees them leave in order.
        FlushAcked(acked);
        _outbox.DeadLetter(record, reason);
        Interlocked.Increment(ref _progress);
        if (_careful > 0) _careful--;
        _lastError = $"broker refused event seq {record.Sequence} on {record.Topic}: {reason}";
        var now = _time.GetTimestamp();
        // Once per topic per minute: a denied topic carries a camera's every event.
        if (!_refusalLogged.TryGetValue(record.Topic, out var last) || _time.GetElapsedTime(last, now) >= TimeSpan.FromMinutes(1))
        {
            _refusalLogged[record.Topic] = now;
            LogRefused(_logger, record.Sequence, record.Topic, reason, _outbox.DeadLettered);
        }
    }

    private void FlushAcked(List<OutboxRecord> acked)
    {
        if (acked.Count == 0) return;
        _outbox.Remove(acked);
        Interlocked.Add(ref _published, acked.Count);
        Interlocked.Add(ref _progress, acked.Count);
        acked.Clear();
    }

    /// <summary>The record as it goes out: topic and body as stored, the body stamped by the encoder with the publish time.</summary>
    private static MqttApplicationMessage ToMessage(OutboxRecord record, DateTimeOffset publishTime, uint expirySeconds) =>
        new MqttApplicationMessageBuilder()
            .WithTopic(record.Topic)
            .WithPayload(EventEncoder.StampPublishTime(record.Body, publishTime))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithMessageExpiryInterval(expirySeconds)
            .WithContentType(EventEncoder.ContentType)
            .WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData)
            .Build();

    private async Task TryDisconnectAsync(IMqttClient client, bool graceful)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            if (graceful && client.IsConnected)
            {
                var offline = new MqttApplicationMessageBuilder()
                    .WithTopic(_settings.Topics.State)
                    .WithPayload(StatePayload.Create("offline", _session, _settings.Topics.Device, _time.GetUtcNow()))
                    .WithRetainFlag(true)
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .WithContentType("application/json")
                    .Build();
                await client.PublishAsync(offline, cts.Token);
            }
            if (client.IsConnected)
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cts.Token);
            }
        }
        catch (Exception ex)
        {
            // Saying goodbye is best effort; the will covers us.
            LogDisconnectFailed(_logger, ex.Message);
        }
    }

    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "connected to {Url} (session {Session}, broker kept session: {SessionPresent}); {Depth} event(s) waiting; window {Window}")]
    private static partial void LogConnected(ILogger logger, Uri url, long session, bool sessionPresent, long depth, int window);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "broker {Url}: {Reason}; retrying in {Delay:F1} s ({Depth} event(s) kept in the outbox)")]
    private static partial void LogConnectionFailed(ILogger logger, Uri url, string reason, double delay, long depth);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "next broker node {Url} in {Delay:F1} s")]
    private static partial void LogNextNode(ILogger logger, Uri url, double delay);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "moved from broker node {From} to {To} ({Moves} move(s) since start); events the old node had not acknowledged are sent again")]
    private static partial void LogMoved(ILogger logger, Uri from, Uri to, long moves);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "disconnect: {Reason}")]
    private static partial void LogDisconnectFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Error, Message = "broker refused event seq {Sequence} on {Topic}: {Reason}; set aside as a dead letter ({Total} so far; further refusals on this topic are logged once a minute)")]
    private static partial void LogRefused(ILogger logger, long sequence, string topic, string reason, long total);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Critical, Message = "MQTT publisher failed")]
    private static partial void LogPublisherFailed(ILogger logger, Exception ex);
}
