using System.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Transport;

/// <summary>The agent as a real child process, killed with SIGKILL mid-stream and started again on the same outbox.</summary>
[Category("Mosquitto")]
public sealed class AgentKillTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("agent-kill");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Publish_AgentSigkilledAndRestarted_EveryAcceptedEventOnceInOrder()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        var state = Path.Combine(_dir, "state");
        var accepted = new List<(Guid Id, string Camera, long Sequence, EventPriority Priority)>();

        using (var first = StartAgent(broker, state, accepted, "--rate", "100", "--seconds", "120"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Count(accepted) < 150 && DateTime.UtcNow < deadline && !first.HasExited) await Task.Delay(20);
            // Stall the acknowledgements so the kill lands with publishes in flight and a backlog on disk.
            broker.Pause();
            while (Count(accepted) < 300 && DateTime.UtcNow < deadline && !first.HasExited) await Task.Delay(20);
            Assert.That(Count(accepted), Is.GreaterThanOrEqualTo(300), "the first agent accepted events");
            first.Kill(); // SIGKILL: no goodbye, no flush, no offline state from the agent itself
            await first.WaitForExitAsync();
            broker.Resume();
        }
        var beforeKill = Count(accepted);
        var lastSeq = Last(accepted).Sequence;

        using (var second = StartAgent(broker, state, accepted, "--rate", "200", "--count", "200"))
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await second.WaitForExitAsync(cts.Token);
            Assert.That(second.ExitCode, Is.Zero);
        }
        List<(Guid Id, string Camera, long Sequence, EventPriority Priority)> all;
        lock (accepted) all = accepted.ToList();
        Assert.That(all[beforeKill].Sequence, Is.GreaterThan(lastSeq), "sequence numbers continue after the restart");
        Assert.That(await sub.WaitForAsync(m => AgentHarness.Ids(m).IsSupersetOf(all.Select(a => a.Id)), TimeSpan.FromSeconds(30)), Is.True, broker.Log);
        // At most one event may have been accepted by the killed agent without it getting to print so.
        var duplicates = AgentHarness.AssertExactlyOnceInOrder(all, sub.Messages, unlisted: 1);
        TestContext.Out.WriteLine($"{beforeKill} accepted before SIGKILL, {all.Count} in all, {duplicates} duplicate(s)");

        // The will announced the killed session offline; the restart came online with the next session number.
        var states = sub.Messages.Where(m => m.Topic.EndsWith("/state", StringComparison.Ordinal)).Select(AgentHarness.ParseState).ToList();
        Assert.That(states, Does.Contain(("offline", 1L)));
        Assert.That(states, Does.Contain(("online", 2L)));
    }

    private static int Count(List<(Guid, string, long, EventPriority)> accepted)
    {
        lock (accepted) return accepted.Count;
    }

    private static (Guid Id, string Camera, long Sequence, EventPriority Priority) Last(List<(Guid, string, long, EventPriority)> accepted)
    {
        lock (accepted) return accepted[^1];
    }

    private Process StartAgent(MosquittoBroker broker, string state, List<(Guid, string, long, EventPriority)> accepted, params string[] args)
    {
        var psi = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "edgeagent"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        foreach (var a in new[] { "simulate", "--outbox", state, "--broker", broker.Url.ToString(), "--site", "lab", "--print-accepted" }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start edgeagent");
        p.OutputDataReceived += (_, e) =>
        {
            var parts = e.Data?.Split(' ');
            if (parts is { Length: 3 } && long.TryParse(parts[0], out var seq) && Guid.TryParse(parts[1], out var id))
            {
                lock (accepted) accepted.Add((id, parts[2], seq, EventPriority.Normal));
            }
        };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) TestContext.Progress.WriteLine("agent: " + e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
