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
    public async Task<JsonElement> RequestAsync(string topic, string payload, string? responseTopic = null)
    {
        var correlation = Guid.NewGuid().ToByteArray();
        var expected = responseTopic ?? ReplyTopic;
        await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithResponseTopic(expected)
            .WithCorrelationData(correlation)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
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
