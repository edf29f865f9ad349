using System.Buffers;
using System.Text;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Contract;

/// <summary>scripts/contract/tail-check.js, the reference consumer, on a real Mosquitto: validates, deduplicates, reports gaps.</summary>
public sealed class ReferenceConsumerTests
{
    [Test]
    public async Task TailCheck_DuplicateGapAndInvalid_EachReported()
    {
        using var broker = await MosquittoBroker.StartAsync();
        var p = ContractTools.Start("tail-check.js", "--broker", $"mqtt://127.0.0.1:{broker.Port}", "--count", "5");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderrLines = new List<string>();
        var subscribed = new TaskCompletionSource();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderrLines) stderrLines.Add(e.Data);
            if (e.Data.Contains("subscribed", StringComparison.Ordinal)) subscribed.TrySetResult();
        };
        p.BeginErrorReadLine();
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var tamper = new TamperEvent { Camera = "", CaptureTime = DateTimeOffset.UtcNow, Pin = 17, Count = 1 };
        const string topic = "edgeagent/v1/s1/d1/events/_/tamper";
        foreach (var (e, seq) in new[] { (tamper, 1L), (tamper, 1L), (tamper with { Id = Guid.CreateVersion7() }, 3L), (tamper with { Id = Guid.CreateVersion7() }, 2L) })
        {
            Assert.That(await MosquittoSubscriber.Publish(broker, topic, Payload(e, seq), "centre"), Is.Zero);
        }
        Assert.That(await MosquittoSubscriber.Publish(broker, topic, "{\"v\":1,\"kind\":\"tamper\"}", "centre"), Is.Zero);
        var (code, output) = await ContractTools.FinishAsync(p, stdout, Task.FromResult(""), TimeSpan.FromSeconds(30));

        TestContext.Out.WriteLine(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), "an invalid message fails the check");
            Assert.That(output, Does.Contain("DUPLICATE " + topic + ": id " + tamper.Id));
            Assert.That(output, Does.Contain("INVALID " + topic));
            Assert.That(output, Does.Contain("dev d1: 3 events, 1 duplicates, 1 invalid, missing seq none"), "seq 2 came late (it overtook nothing): the gap is filled");
        });
    }

    [Test]
    public async Task TailCheck_GapNeverFilled_ReportedAsMissing()
    {
        using var broker = await MosquittoBroker.StartAsync();
        var p = ContractTools.Start("tail-check.js", "--broker", $"mqtt://127.0.0.1:{broker.Port}", "--count", "2", "--quiet");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var subscribed = new TaskCompletionSource();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("subscribed", StringComparison.Ordinal) == true) subscribed.TrySetResult();
        };
        p.BeginErrorReadLine();
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var e = new DeviceEvent { Camera = "", CaptureTime = DateTimeOffset.UtcNow, Phase = "start", Reason = DeviceEvent.DiskFull, Value = 1, Threshold = 0 };
        const string topic = "edgeagent/v1/s1/d2/events/_/device";
        Assert.That(await MosquittoSubscriber.Publish(broker, topic, Payload(e, 10, "d2"), "centre"), Is.Zero);
        Assert.That(await MosquittoSubscriber.Publish(broker, topic, Payload(e with { Id = Guid.CreateVersion7(), Phase = "end" }, 14, "d2"), "centre"), Is.Zero);
        var (code, output) = await ContractTools.FinishAsync(p, stdout, Task.FromResult(""), TimeSpan.FromSeconds(30));
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("dev d2: 2 events, 0 duplicates, 0 invalid, missing seq 11-13"));
    }

    private static string Payload(AgentEvent e, long seq, string device = "d1")
    {
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, device, seq, DateTimeOffset.UtcNow);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
