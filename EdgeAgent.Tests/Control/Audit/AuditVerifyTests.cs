using System.Security.Cryptography;
using System.Text;
using EdgeAgent.Audit;
using EdgeAgent.Cli;
using EdgeAgent.Control.Audit;
using EdgeAgent.Control.Provisioning;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Tests.Control.Audit;

/// <summary><c>edgeagent audit verify</c>, the audit line of <c>check</c>, and audit records reaching the centre's broker.</summary>
public sealed class AuditVerifyTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TestPaths.TempDir("audit-verify");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string LogPath => AuditLog.PathIn(_dir);

    private string Write(int records)
    {
        using var log = AuditLog.Open(LogPath);
        for (var i = 0; i < records; i++) log.Append("watchlist.add", "cli:test", [new("entry", $"e{i}"), new("reason", "stolen")]);
        return log.Head;
    }

    private void EditLine(int line, string from, string to)
    {
        var lines = File.ReadAllLines(LogPath);
        Assert.That(lines[line - 1], Does.Contain(from));
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        File.WriteAllText(LogPath, string.Join('\n', lines) + "\n");
    }

    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.InvokeAsync(args);

    [Test]
    public async Task AuditVerify_IntactLog_ExitZeroWithCount()
    {
        var head = Write(5);
        var (code, output, error) = await Cli("audit", "verify", "--state-dir", _dir);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        Assert.That(output, Does.Contain("chain intact, 5 record(s)").And.Contain(head));
    }

    [Test]
    public async Task AuditVerify_OneLineEdited_ExitFourNamingThatLine()
    {
        Write(5);
        // A technician "softening" the reason of the third record, with a text editor.
        EditLine(3, "stolen", "parked");
        var (code, output, _) = await Cli("audit", "verify", "--state-dir", _dir);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Verification), output);
            Assert.That(output, Does.Contain("chain broken at line 3").And.Contain("does not match the hash recorded by line 4"));
            Assert.That(output, Does.Contain("fix:"));
        });
    }

    [Test]
    public async Task AuditVerify_LastLineEdited_CaughtOnlyWithTheHeadKeptElsewhere()
    {
        var head = Write(4);
        EditLine(4, "stolen", "parked");
        var (without, _, _) = await Cli("audit", "verify", "--state-dir", _dir);
        var (with, output, _) = await Cli("audit", "verify", "--state-dir", _dir, "--head", head);
        Assert.That(without, Is.EqualTo(ExitCodes.Ok), "nothing follows the last line to record its hash");
        Assert.That(with, Is.EqualTo(ExitCodes.Verification));
        Assert.That(output, Does.Contain("line 4").And.Contain("expected head"));
    }

    [Test]
    public async Task AuditVerify_FromConfigStateDir_UsesIt()
    {
        Write(2);
        var config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(config, $"device:\n  state_dir: '{_dir}'\ncameras: []\n");
        var (code, output, error) = await Cli("audit", "verify", "--config", config);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), output + error);
        Assert.That(output, Does.Contain(LogPath).And.Contain("2 record(s)"));
    }

    [Test]
    public async Task Check_EditedAuditLog_AuditLineRedWithFix()
    {
        Write(3);
        EditLine(1, "e0", "e9");
        var config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(config, $"device:\n  state_dir: '{_dir}'\nmodels:\n  dir: '{TestPaths.ModelsDir}'\n  manifest: '{TestPaths.Manifest}'\ncameras: []\n");
        var results = await CheckCommand.RunAsync(config, new CheckSettings { BrokerTimeout = TimeSpan.FromSeconds(1) }, CancellationToken.None);
        var audit = results.Single(r => r.Name == AuditCheck.Name);
        Assert.That(audit.Ok, Is.False);
        Assert.That(audit.ToString(), Does.Contain("line 1").And.Contain("fix:"));
    }

    [Test]
    public async Task Forwarder_RecordsAppended_ArriveOnAuditTopicAtMosquittoOnceEach()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        var logger = new ListLogger<AuditForwarder>();
        Write(2);
        var forwarder = new AuditForwarder(_dir, agent.Outbox, TimeProvider.System, logger, TimeSpan.FromMilliseconds(100));
        await agent.StartAsync();
        await forwarder.StartAsync(CancellationToken.None);
        const string topic = "edgeagent/v1/lab/dev-1/audit";
        Assert.That(await sub.WaitForAsync(m => m.Count(x => x.Topic == topic) >= 2, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
        // A record written later by another process (a CLI verb) follows.
        Write(1);
        Assert.That(await sub.WaitForAsync(m => m.Count(x => x.Topic == topic) >= 3, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
        await forwarder.StopAsync(CancellationToken.None);
        forwarder.Dispose();

        var lines = File.ReadAllLines(LogPath);
        var got = sub.Messages.Where(m => m.Topic == topic).Select(m => m.Json).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(got, Has.Count.EqualTo(3), "each record once");
            for (var i = 0; i < 3; i++)
            {
                Assert.That(got[i].GetProperty("kind").GetString(), Is.EqualTo("audit"));
                Assert.That(got[i].GetProperty("line").GetInt64(), Is.EqualTo(i + 1));
                Assert.That(got[i].GetProperty("record").GetRawText(), Is.EqualTo(lines[i]), "the record byte for byte");
                Assert.That(got[i].GetProperty("hash").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines[i])))));
            }
            Assert.That(got[1].GetProperty("record").GetProperty("prev").GetString(), Is.EqualTo(got[0].GetProperty("hash").GetString()), "the centre can check the chain");
            Assert.That(logger.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty);
        });

        // After a restart nothing is sent twice: the progress file says how far it got.
        using var again = new AuditForwarder(_dir, agent.Outbox, TimeProvider.System, logger, TimeSpan.FromMilliseconds(100));
        Assert.That(again.Sent, Is.EqualTo(3));
        Assert.That(await again.ForwardNewAsync(CancellationToken.None), Is.Zero);
    }

    [Test]
    public async Task Forwarder_SentRecordEditedThenAppended_LogsTheBrokenLine()
    {
        using var broker = await MosquittoBroker.StartAsync();
        await using var agent = AgentHarness.Create(broker, _dir);
        var logger = new ListLogger<AuditForwarder>();
        Write(2);
        using var forwarder = new AuditForwarder(_dir, agent.Outbox, TimeProvider.System, logger, TimeSpan.FromSeconds(1));
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.EqualTo(2));
        // Same length, different content: the next record chains to the edited line, not to what the centre has.
        EditLine(2, "e1", "e7");
        Write(1);
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(logger.Entries.Select(e => e.Message), Has.Some.Contain("line 3 does not chain"));
    }

    [Test]
    public async Task Forwarder_LineEditedIntoNonJson_SentAsDamagedAndLaterRecordsStillFlow()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        await using var agent = AgentHarness.Create(broker, _dir);
        Write(3);
        EditLine(2, "{", "#{");
        using var forwarder = new AuditForwarder(_dir, agent.Outbox, TimeProvider.System, new ListLogger<AuditForwarder>(), TimeSpan.FromSeconds(1));
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.EqualTo(3), "a damaged line does not hold up the ones after it");
        await agent.StartAsync();
        const string topic = "edgeagent/v1/lab/dev-1/audit";
        Assert.That(await sub.WaitForAsync(m => m.Count(x => x.Topic == topic) >= 3, TimeSpan.FromSeconds(20)), Is.True, broker.Log);
        var second = sub.Messages.Where(m => m.Topic == topic).Select(m => m.Json).Single(j => j.GetProperty("line").GetInt64() == 2);
        Assert.That(second.GetProperty("damaged").GetString(), Does.StartWith("#{"));
    }

    [Test]
    public async Task Forwarder_LineLongerThanAPass_LoggedOnceAsCritical()
    {
        Write(1);
        await File.AppendAllTextAsync(LogPath, new string('x', AuditForwarder.MaxPassBytes + 10) + "\n");
        var logger = new ListLogger<AuditForwarder>();
        var sink = new ListSink();
        using var forwarder = new AuditForwarder(_dir, sink, TimeProvider.System, logger, TimeSpan.FromSeconds(1));
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.Zero);
        Assert.That(await forwarder.ForwardNewAsync(CancellationToken.None), Is.Zero);
        Assert.That(logger.Entries.Where(e => e.Id.Id == 3703).Select(e => e.Message), Has.Exactly(1).Contain("line 2"));
        Assert.That(sink.Events, Has.Count.EqualTo(1));
    }

    private sealed class ListSink : EdgeAgent.Events.IEventSink
    {
        public List<EdgeAgent.Events.AgentEvent> Events { get; } = [];

        public ValueTask AcceptAsync(EdgeAgent.Events.AgentEvent agentEvent, CancellationToken cancellationToken)
        {
            Events.Add(agentEvent);
            return ValueTask.CompletedTask;
        }
    }

    [Test]
    public void IdFor_SameRecord_SameUuidV7()
    {
        var ts = DateTimeOffset.FromUnixTimeMilliseconds(1_796_000_000_000);
        var hash = Convert.ToHexStringLower(SHA256.HashData("x"u8));
        var id = AuditForwarder.IdFor(ts, hash);
        Assert.That(AuditForwarder.IdFor(ts, hash), Is.EqualTo(id));
        Assert.That(id.Version, Is.EqualTo(7));
        Assert.That(id.ToString(), Does.StartWith(Guid.CreateVersion7(ts).ToString()[..13]));
    }
}
