using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EdgeAgent.Tests.Control;

/// <summary>The centre's side of remote commands: an MQTT 5 client that sends requests with a response topic and correlation data and waits for the matching reply.</summary>
internal sealed class CentreClient : IAsyncDisposable
{
    private readonly Channel<MqttApplicationMessage> _replies = Channel.CreateUnbounded<MqttApplicationMessage>();
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    private CentreClient(string replyTopic)
    {
        ReplyTopic = replyTopic;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _replies.Writer.TryWrite(e.ApplicationMessage);
            return Task.CompletedTask;
        };
    }

    /// <summary>Where replies come unless a request names another response topic.</summary>
    public string ReplyTopic { get; }

    /// <summary>Connects to the broker on 127.0.0.1:<paramref name="port"/> with a clean session and subscribes to <paramref name="replyTopic"/>.</summary>
    public static async Task<CentreClient> ConnectAsync(int port, string replyTopic)
    {
        var centre = new CentreClient(replyTopic);
        await centre._client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(MqttProtocolVersion.V500).WithClientId("centre-" + Guid.NewGuid().ToString("n")).WithCleanStart(true).Build());
        await centre._client.SubscribeAsync(replyTopic, MqttQualityOfServiceLevel.AtLeastOnce);
        return centre;
    }

    /// <summary>Publishes <paramref name="payload"/> to <paramref name="topic"/> and returns the reply with its correlation data, checking it came on the response topic.</summary>
    public Task<JsonElement> RequestAsync(string topic, string payload, string? responseTopic = null) =>
        SendAsync(topic, payload, responseTopic ?? ReplyTopic, responseTopic ?? ReplyTopic);

    /// <summary>
    /// Publishes a request that names no MQTT response topic (an MQTT 3 style client) and returns the reply carrying its
    /// correlation data, checking it came on <paramref name="expectedTopic"/> (subscribe to it first).
    /// </summary>
    public Task<JsonElement> RequestWithoutResponseTopicAsync(string topic, string payload, string expectedTopic) =>
        SendAsync(topic, payload, null, expectedTopic);

    private async Task<JsonElement> SendAsync(string topic, string payload, string? responseTopic, string expected)
    {
        var correlation = Guid.NewGuid().ToByteArray();
        var request = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithCorrelationData(correlation)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (responseTopic is not null) request = request.WithResponseTopic(responseTopic);
        var message = request.Build();
        Assert.That(message.ResponseTopic, Is.EqualTo(responseTopic), "the request carries the response topic it is meant to");
        await _client.PublishAsync(message);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            var m = await _replies.Reader.ReadAsync(cts.Token);
            if (m.CorrelationData is not null && m.CorrelationData.AsSpan().SequenceEqual(correlation))
            {
                Assert.That(m.Topic, Is.EqualTo(expected), "the reply comes on the request's response topic");
                return JsonDocument.Parse(Encoding.UTF8.GetString(m.Payload.ToArray())).RootElement.Clone();
            }
        }
    }

    /// <summary>Subscribes to one more topic (a response topic other than <see cref="ReplyTopic"/>).</summary>
    public Task SubscribeAsync(string topic) => _client.SubscribeAsync(topic, MqttQualityOfServiceLevel.AtLeastOnce);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected) await _client.DisconnectAsync();
        _client.Dispose();
    }
}
