using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Transport;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent events tail</c>: subscribes to events as the centre would (a shared subscription where the broker offers
/// one) and prints them, pretty or as JSON lines.
/// </summary>
public static class EventsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var broker = new Option<string?>("--broker") { Description = "Broker URL (default: the configured broker, else the embedded one on 127.0.0.1)" };
        var site = new Option<string?>("--site") { Description = "Only this site" }.TopicLevel();
        var device = new Option<string?>("--device") { Description = "Only this device id" }.TopicLevel();
        var camera = new Option<string?>("--camera") { Description = "Only this camera" }.TopicLevel();
        var kind = new Option<string?>("--kind") { Description = "Only this kind (object, camera, face, plate, ...)" }.TopicLevel();
        var json = new Option<bool>("--json") { Description = "Print each payload as one JSON line" };
        var count = new Option<int>("--count") { Description = "Exit after this many events (0: run until Ctrl+C)" }.NonNegative();
        var group = new Option<string?>("--group") { Description = "Shared subscription group (consumers in one group share the load)", DefaultValueFactory = _ => "edgeagent-tail" }.TopicLevel();
        var tail = new Command("tail", "Print events as they arrive at the broker (stop with Ctrl+C)") { broker, site, device, camera, kind, json, count, group };
        tail.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var endpoint = await BrokerCliOptions.ResolveAsync(parse, broker);
            if (endpoint.Options is not { } options || endpoint.Url is not { } url) return endpoint.ExitCode;
            var filter = TopicNames.FleetEvents(options.Broker.TopicPrefix, parse.GetValue(site), parse.GetValue(device), parse.GetValue(camera), parse.GetValue(kind));
            return await TailAsync(url, options, filter, parse.GetValue(group)!, parse.GetValue(json), parse.GetValue(count), output, error, ct);
        });
        var command = new Command("events", "Watch the events the centre receives") { tail };
        return command;
    }

    private static async Task<int> TailAsync(Uri url, AgentOptions config, string filter, string group, bool json, int count, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            var payload = Encoding.UTF8.GetString(e.ApplicationMessage.Payload);
            lines.Writer.TryWrite(json ? payload : Pretty(e.ApplicationMessage.Topic, payload));
            return Task.CompletedTask;
        };
        try
        {
            // The tail is a viewer: a clean session that the broker forgets when it leaves.
            var broker = config.Broker with { SessionExpiry = TimeSpan.Zero, Insecure = config.Broker.Insecure || url.IsLoopback };
            var options = MqttClientOptionsFactory.Create(url, broker, $"edgeagent-tail-{Guid.NewGuid():N}"[..30], will: null, BrokerCliOptions.BaseDir(config));
            var connected = await client.ConnectAsync(options, ct);
            var topic = connected.SharedSubscriptionAvailable ? $"$share/{group}/{filter}" : filter;
            await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe).Build(), ct);
            await error.WriteLineAsync($"subscribed to {topic} on {url}{(connected.SharedSubscriptionAvailable ? "" : " (the broker offers no shared subscriptions)")}");
            var n = 0;
            await foreach (var line in lines.Reader.ReadAllAsync(ct))
            {
                await output.WriteLineAsync(line);
                await output.FlushAsync(ct);
                if (count > 0 && ++n >= count) break;
            }
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"broker {url}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>One human line: time, where, what.</summary>
    internal static string Pretty(string topic, string payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var r = doc.RootElement;
            var sb = new StringBuilder(128);
            var ts = r.TryGetProperty("ts", out var t) && t.TryGetInt64(out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : default;
            sb.Append(ts.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)).Append(' ');
            sb.Append(Str(r, "dev")).Append('/').Append(r.TryGetProperty("cam", out var cam) ? cam.GetString() : "_").Append(' ');
            sb.Append(Str(r, "kind"));
            if (r.TryGetProperty("event", out var ev)) sb.Append(' ').Append(ev.GetString());
            foreach (var p in r.EnumerateObject())
            {
                if (p.Name is "v" or "id" or "dev" or "ts" or "pt" or "cam" or "kind" or "event" or "seq") continue;
                sb.Append(' ').Append(p.Name).Append('=').Append(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
            }
            sb.Append("  #").Append(r.TryGetProperty("seq", out var seq) ? seq.GetRawText() : "?");
            return sb.ToString();
        }
        catch (JsonException)
        {
            return $"{topic} (not JSON) {payload}";
        }
    }

    private static string Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";
}
