using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Contract;

/// <summary>Commands over a real Mosquitto as the contract describes them: Unix ms times, typed config.get, schema-valid replies and audit.</summary>
public sealed class CommandContractTests
{
    /// <summary>Runs <paramref name="test"/> against a fresh device on its own Mosquitto, both gone afterwards.</summary>
    private static async Task OnDeviceAsync(Func<CommandDevice, Task> test)
    {
        using var broker = await MosquittoBroker.StartAsync();
        await using var device = await CommandDevice.StartAsync(broker, "contract");
        await test(device);
    }

    [Test]
    public Task Command_UnixMsTs_AcceptedAndOlderRefusedAsReplay() => OnDeviceAsync(async device =>
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var first = await device.SendRawAsync("config.get", $$"""{"ts":{{now}}}""");
        var older = await device.SendRawAsync("config.get", $$"""{"ts":{{now - 1}}}""");
        var micro = await device.SendRawAsync("config.get", $$"""{"ts":{{now * 1000}}}""");
        CommandDevice.AssertReply(first, true, "ok");
        CommandDevice.AssertReply(older, false, "replay");
        CommandDevice.AssertReply(micro, false, "malformed");
        Assert.That(micro.GetProperty("message").GetString(), Does.Contain("Unix milliseconds"));
    });

    [Test]
    public Task ConfigGet_NumbersAndBooleans_Typed() => OnDeviceAsync(async device =>
    {
        File.AppendAllText(device.Fixture.ConfigPath, "outbox:\n  max_events: 5000\n  max_size_mb: 64.5\n");
        var reply = await device.SendAsync("config.get", new JsonObject());
        CommandDevice.AssertReply(reply, true, "ok");
        var result = reply.GetProperty("result");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("outbox").GetProperty("max_events").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(result.GetProperty("outbox").GetProperty("max_size_mb").GetDouble(), Is.EqualTo(64.5));
            Assert.That(result.GetProperty("cameras")[1].GetProperty("enabled").ValueKind, Is.EqualTo(JsonValueKind.False));
            Assert.That(result.GetProperty("device").GetProperty("site").GetString(), Is.EqualTo("s1"));
        });
    });

    [Test]
    public Task Commands_AuditRecords_ValidAgainstAuditSchema() => OnDeviceAsync(async device =>
    {
        CommandDevice.AssertReply(await device.SendAsync("config.get", new JsonObject()), true, "ok");
        CommandDevice.AssertReply(await device.SendAsync("camera.explode", new JsonObject()), false, "unknown_command");
        var lines = ReadShared(device.Audit.FilePath);
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(2));
        foreach (var line in lines) MessageSchema.Audit.AssertValid(line);
    });

    // The device holds the log open for appends; read it the way another process would.
    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
