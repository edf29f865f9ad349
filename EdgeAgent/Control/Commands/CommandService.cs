using System.Buffers;
using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// Receives remote commands on <c>{prefix}/{site}/{device}/cmd/+</c> with its own MQTT 5 connection (client id
/// <c>{device}-cmd</c>, persistent session so commands sent while the device was offline still arrive), runs them one at
/// a time through <see cref="CommandProcessor"/> and answers each on the request's response topic (default
/// <c>.../cmd/{name}/reply</c>) with the request's correlation data.
/// </summary>
public sealed partial class CommandService : BackgroundService
{
    private readonly MqttPublisherSettings _settings;
    private readonly CommandProcessor _processor;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<MqttApplicationMessage> _inbox = Channel.CreateBounded<MqttApplicationMessage>(
        new BoundedChannelOptions(64) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private volatile bool _subscribed;

    /// <summary>Creates the service for the broker and topics of <paramref name="settings"/>.</summary>
    public CommandService(MqttPublisherSettings settings, CommandProcessor processor, TimeProvider time, ILogger<CommandService> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _processor = processor;
        _time = time;
        _logger = logger;
    }

    /// <summary>True once the command subscription is in place (tests wait for it).</summary>
    public bool Subscribed => _subscribed;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e => _inbox.Writer.WriteAsync(e.ApplicationMessage, stoppingToken).AsTask();
        // The same nodes and start node as the event publisher, so commands follow it round a cluster.
        IReadOnlyList<Uri> nodes = _settings.Nodes.Count > 0 ? _settings.Nodes : [_settings.Url];
        var node = BrokerEndpoint.StartIndex(_settings.ClientId, nodes.Count);
        var options = new MqttClientOptions?[nodes.Count];
        var backoff = new Backoff(_settings.InitialBackoff, _settings.MaxBackoff);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!client.IsConnected)
                    {
                        _subscribed = false;
                        // Built inside the loop: a secret that cannot be read yet (env: unset, file: missing) is logged
                        // and retried like a broker that is down, instead of ending the service without a word.
                        options[node] ??= MqttClientOptionsFactory.Create(nodes[node], _settings.Broker, _settings.ClientId + "-cmd", will: null, _settings.BaseDir);
                        var result = await client.ConnectAsync(options[node], stoppingToken);
                        if (!result.IsSessionPresent || !_subscribed)
                        {
                            await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                                .WithTopicFilter(_settings.Topics.CommandsFilter, MqttQualityOfServiceLevel.AtLeastOnce).Build(), stoppingToken);
                        }
                        _subscribed = true;
                        backoff.Reset();
                        LogListening(_logger, _settings.Topics.CommandsFilter);
                    }
                    using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    tick.CancelAfter(TimeSpan.FromSeconds(1));
                    MqttApplicationMessage message;
                    try
                    {
                        message = await _inbox.Reader.ReadAsync(tick.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        continue;  // wake up to notice a lost connection
                    }
                    await HandleAsync(client, message, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _subscribed = false;
                    var delay = backoff.Next();
                    LogConnectionFailed(_logger, nodes[node], ex.Message, delay.TotalSeconds);
                    // Only a lost connection moves on (a failed command leaves it up); a session on another node holds no
                    // subscription, so the next connect there subscribes afresh.
                    if (!client.IsConnected) node = (node + 1) % nodes.Count;
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop.
        }
        finally
        {
            if (client.IsConnected)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cts.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
                {
                    // Best effort on the way out.
                }
            }
        }
    }

    private async Task HandleAsync(IMqttClient client, MqttApplicationMessage message, CancellationToken ct)
    {
        var prefix = _settings.Topics.DeviceRoot + "/cmd/";
        var name = message.Topic.StartsWith(prefix, StringComparison.Ordinal) ? message.Topic[prefix.Length..] : message.Topic;
        var payload = message.Payload.IsSingleSegment ? message.Payload.First : message.Payload.ToArray();
        CommandReply reply;
        try
        {
            reply = await _processor.HandleAsync(name, payload, "mqtt:" + _settings.Topics.Device, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One place turns an unexpected failure into a status: the centre always gets an answer.
            reply = CommandReply.Error("error", $"{name}: {ex.Message}");
        }
        LogCommand(_logger, name, reply.Code, reply.Message);
        var replyTopic = string.IsNullOrEmpty(message.ResponseTopic) ? _settings.Topics.CommandReply(name) : message.ResponseTopic;
        var response = new MqttApplicationMessageBuilder()
            .WithTopic(replyTopic)
            .WithPayload(reply.ToJson())
            .WithContentType("application/json")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (message.CorrelationData is { Length: > 0 } correlation) response = response.WithCorrelationData(correlation);
        var ack = await client.PublishAsync(response.Build(), ct);
        // A refused reply (an ACL that denies the response topic) would otherwise vanish: the command ran, the centre
        // hears nothing, and nobody knows why. "No matching subscribers" is a success: the broker took it.
        if (!ack.IsSuccess && ack.ReasonCode != MqttClientPublishReasonCode.NoMatchingSubscribers)
        {
            LogReplyRefused(_logger, name, replyTopic, (int)ack.ReasonCode, ack.ReasonCode.ToString(), ack.ReasonString ?? "");
        }
    }

    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "commands: listening on {Filter}")]
    private static partial void LogListening(ILogger logger, string filter);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning, Message = "commands: broker {Url}: {Reason}; retrying in {Delay:F1} s")]
    private static partial void LogConnectionFailed(ILogger logger, Uri url, string reason, double delay);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information, Message = "command {Name}: {Code}: {Message}")]
    private static partial void LogCommand(ILogger logger, string name, string code, string message);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Error, Message = "command {Name}: the broker refused the reply on {Topic} (PUBACK 0x{ReasonCode:X2} {Reason} {ReasonString}); the response topic must be one this device may publish to (its own tree, e.g. .../cmd/NAME/reply)")]
    private static partial void LogReplyRefused(ILogger logger, string name, string topic, int reasonCode, string reason, string reasonString);
}
