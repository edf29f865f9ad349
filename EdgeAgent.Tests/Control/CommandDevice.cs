using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Control;

/// <summary>
/// A device answering commands on a real broker (its <see cref="ControlFixture"/> folder, audit log, processor and
/// command service) plus a centre client that sends requests with a response topic and correlation data.
/// </summary>
internal sealed class CommandDevice : IAsyncDisposable
{
    private readonly int _port;
    private CentreClient _centre = null!;
    private long _seq;

    private CommandDevice(ControlFixture fixture, AuditLog audit, RecordingLifecycle lifecycle, CommandProcessor processor, CommandService service, TopicNames topics, int port)
    {
        Lifecycle = lifecycle;
        Fixture = fixture;
        Audit = audit;
        Processor = processor;
        Service = service;
        Topics = topics;
        _port = port;
    }

    public ControlFixture Fixture { get; }

    public AuditLog Audit { get; }

    public CommandProcessor Processor { get; }

    public CommandService Service { get; }

    public TopicNames Topics { get; }

    public RecordingLifecycle Lifecycle { get; }

    public string ReplyTopic => $"centre/replies/{Fixture.Device}";

    /// <summary>
    /// Starts a device named <paramref name="prefix"/>-xxxx on <paramref name="broker"/> and connects the centre;
    /// <paramref name="processor"/> builds the command processor when a test needs other settings.
    /// </summary>
    public static async Task<CommandDevice> StartAsync(MosquittoBroker broker, string prefix, Func<AgentOptions, AuditLog, RecordingLifecycle, CommandProcessor>? processor = null)
    {
        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        var f = new ControlFixture(prefix + "-" + Guid.NewGuid().ToString("n")[..8], broker.Url);
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        var audit = AuditLog.Open(AuditLog.PathIn(options.StateDir));
        var lifecycle = new RecordingLifecycle();
        var commands = processor?.Invoke(options, audit, lifecycle) ?? new CommandProcessor(options, audit, lifecycle);
        var service = new CommandService(MqttPublisherSettings.From(options), commands, TimeProvider.System, NullLogger<CommandService>.Instance);
        var device = new CommandDevice(f, audit, lifecycle, commands, service, new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id), broker.Port);
        await service.StartAsync(CancellationToken.None);
        await device.ConnectCentreAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!service.Subscribed && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(service.Subscribed, Is.True, "the command service subscribed within 15 s");
        return device;
    }

    /// <summary>Connects (again) the centre's client: a fresh clean session, as after a lost link.</summary>
    public async Task ConnectCentreAsync() => _centre = await CentreClient.ConnectAsync(_port, ReplyTopic);

    /// <summary>Drops the centre's connection (the link is cut mid-transfer).</summary>
    public ValueTask DisconnectCentreAsync() => _centre.DisposeAsync();

    /// <summary>The centre's client, for requests on other response topics.</summary>
    public CentreClient Centre => _centre;

    /// <summary>Sends one command with the next seq (unless <paramref name="body"/> has seq or ts) and returns its reply.</summary>
    public Task<JsonElement> SendAsync(string name, JsonObject body)
    {
        if (body["ts"] is null) body["seq"] ??= ++_seq;
        return SendRawAsync(name, body.ToJsonString());
    }

    /// <summary>Sends <paramref name="payload"/> as it is (malformed or replayed requests) and returns the reply.</summary>
    public async Task<JsonElement> SendRawAsync(string name, string payload, string? responseTopic = null)
    {
        var reply = await _centre.RequestAsync(Topics.Command(name), payload, responseTopic);
        // Every reply a command test receives is held to the contract: the generic reply and, when it succeeded, its command's result.
        if (reply.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True) MessageSchema.Reply.AssertValid(reply.GetRawText(), name);
        else MessageSchema.Reply.AssertValid(reply.GetRawText());
        return reply;
    }

    /// <summary>The body of chunk <paramref name="index"/> of <paramref name="bundle"/> cut in chunks of <paramref name="chunkBytes"/>.</summary>
    public static JsonObject Chunk(string transfer, byte[] bundle, int chunkBytes, int index, byte[]? data = null)
    {
        var count = (bundle.Length + chunkBytes - 1) / chunkBytes;
        var offset = index * chunkBytes;
        data ??= bundle[offset..(offset + Math.Min(chunkBytes, bundle.Length - offset))];
        return new JsonObject
        {
            ["transfer"] = transfer,
            ["index"] = index,
            ["count"] = count,
            ["size"] = bundle.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bundle)),
            ["data"] = Convert.ToBase64String(data),
        };
    }

    /// <summary>Asserts the reply's outcome; every reply a test sees is also checked against docs/reply.schema.json.</summary>
    public static void AssertReply(JsonElement reply, bool ok, string code)
    {
        MessageSchema.Reply.AssertValid(reply.GetRawText());
        Assert.That(reply.GetProperty("ok").GetBoolean(), Is.EqualTo(ok), reply.ToString());
        Assert.That(reply.GetProperty("code").GetString(), Is.EqualTo(code), reply.ToString());
    }

    /// <summary>The missing indexes a reply lists.</summary>
    public static int[] Missing(JsonElement reply) => [.. reply.GetProperty("result").GetProperty("missing").EnumerateArray().Select(e => e.GetInt32())];

    public async ValueTask DisposeAsync()
    {
        await Service.StopAsync(CancellationToken.None);
        Service.Dispose();
        Processor.Dispose();
        await _centre.DisposeAsync();
        Audit.Dispose();
        Fixture.Dispose();
    }
}
