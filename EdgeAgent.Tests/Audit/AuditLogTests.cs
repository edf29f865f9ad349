using System.Diagnostics;
using System.Text;
using EdgeAgent.Audit;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Audit;

public sealed class AuditLogTests
{
    private string _dir = "";
    private string _path = "";

    [SetUp]
    public void SetUp()
    {
        _dir = TestPaths.TempDir();
        _path = AuditLog.PathIn(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private void Write(int records)
    {
        using var log = AuditLog.Open(_path, new FakeTimeProvider(new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < records; i++) log.Append("watchlist.add", "cli:test", [new("entry", $"e{i}"), new("reason", "stolen")]);
    }

    [Test]
    public void Verify_UntouchedLog_ChainHolds()
    {
        Write(5);
        var v = AuditLog.Verify(_path);
        Assert.That(v.Ok, Is.True, v.Reason);
        Assert.That(v.Records, Is.EqualTo(5));
        Assert.That(File.ReadAllLines(_path), Has.Length.EqualTo(5));
    }

    [Test]
    public void Open_ExistingLog_ContinuesTheChain()
    {
        Write(2);
        string head;
        using (var log = AuditLog.Open(_path))
        {
            Assert.That(log.Count, Is.EqualTo(2));
            Assert.That(log.Append("watchlist.remove", "cli:test", [new("entry", "e0")]), Is.EqualTo(2));
            head = log.Head;
        }
        var v = AuditLog.Verify(_path, head);
        Assert.That(v.Ok, Is.True, v.Reason);
        Assert.That(v.Records, Is.EqualTo(3));
    }

    [Test]
    public void Verify_MiddleLineEdited_BreaksAtThatLine()
    {
        Write(5);
        var lines = File.ReadAllLines(_path);
        lines[2] = lines[2].Replace("stolen", "parked", StringComparison.Ordinal);
        File.WriteAllText(_path, string.Join('\n', lines) + "\n");
        var v = AuditLog.Verify(_path);
        Assert.That(v.Ok, Is.False);
        Assert.That(v.BrokenAtLine, Is.EqualTo(3));
        Assert.That(v.Reason, Does.Contain("line 3"));
    }

    [Test]
    public void Verify_MiddleLineRemoved_Breaks()
    {
        Write(5);
        var lines = File.ReadAllLines(_path).ToList();
        lines.RemoveAt(1);
        File.WriteAllText(_path, string.Join('\n', lines) + "\n");
        var v = AuditLog.Verify(_path);
        Assert.That(v.Ok, Is.False);
        Assert.That(v.BrokenAtLine, Is.EqualTo(2));
    }

    [Test]
    public void Verify_LastLineEdited_CaughtOnlyWithTheHeadKeptElsewhere()
    {
        Write(3);
        var head = AuditLog.Verify(_path).Head;
        var lines = File.ReadAllLines(_path);
        lines[2] = lines[2].Replace("stolen", "parked", StringComparison.Ordinal);
        File.WriteAllText(_path, string.Join('\n', lines) + "\n");
        Assert.That(AuditLog.Verify(_path).Ok, Is.True, "the chain alone cannot see an edit of its last line");
        var v = AuditLog.Verify(_path, head);
        Assert.That(v.Ok, Is.False);
        Assert.That(v.BrokenAtLine, Is.EqualTo(3));
    }

    [Test]
    public void Open_LastLineCutShortByACrash_RemovesItAndRecordsTheRemoval()
    {
        Write(2);
        File.AppendAllText(_path, "{\"seq\":2,\"ts\":\"2025-05-01T12:00");
        using (var log = AuditLog.Open(_path))
        {
            Assert.That(log.Count, Is.EqualTo(3));
        }
        var v = AuditLog.Verify(_path);
        Assert.That(v.Ok, Is.True, v.Reason);
        Assert.That(File.ReadAllLines(_path)[2], Does.Contain("audit.partial_removed"));
    }

    [Test]
    public void Open_NewLog_IsPrivateToTheAgent()
    {
        Write(1);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(_path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(_path)), Does.Contain("\"prev\":\"" + AuditLog.Genesis + "\""));
    }

    [Test]
    public void Append_TwoWritersOnOneFile_ChainStaysWhole()
    {
        using var agent = AuditLog.Open(_path);
        using var cli = AuditLog.Open(_path);
        for (var i = 0; i < 5; i++)
        {
            agent.Append("camera.snapshot", "mqtt:centre", [new("i", $"{i}")]);
            cli.Append("watchlist.add", "cli:officer", [new("i", $"{i}")]);
        }
        var v = AuditLog.Verify(_path, cli.Head);
        Assert.That(v.Ok, Is.True, v.Reason);
        Assert.That(v.Records, Is.EqualTo(10));
    }

    [Test]
    public async Task Append_WhileCliProcessesAppend_ChainStaysWhole()
    {
        // The agent (this process) and technicians' CLI runs (other processes) append to one log at the same time.
        var config = Path.Combine(_dir, "edgeagent.yaml");
        await File.WriteAllTextAsync(config, $"device:\n  state_dir: {_dir}\ncameras:\n  - id: a\n    url: rtsp://10.0.0.1/s\n");
        using var agent = AuditLog.Open(_path);
        var children = new List<Process>();
        for (var i = 0; i < 3; i++)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "edgeagent.dll"), "watchlist", "add-plate", $"AA123{i}BB", "--reason", "test", "--config", config }) info.ArgumentList.Add(a);
            children.Add(Process.Start(info)!);
        }
        var appended = 0;
        while (children.Exists(c => !c.HasExited) || appended < 20)
        {
            agent.Append("model.update", "mqtt:centre", [new("n", $"{appended++}")]);
            await Task.Delay(5);
        }
        foreach (var c in children)
        {
            await c.WaitForExitAsync();
            Assert.That(c.ExitCode, Is.Zero, await c.StandardError.ReadToEndAsync());
            c.Dispose();
        }
        agent.Append("model.update", "mqtt:centre", [new("n", "last")]);
        var v = AuditLog.Verify(_path, agent.Head);
        Assert.That(v.Ok, Is.True, v.Reason);
        Assert.That(v.Records, Is.EqualTo(appended + 1 + 3));
    }
}
