using System.Text;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Control.Commands;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Outbox;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Common;

/// <summary>Under umask 022, everything the agent creates under state_dir is owner-only: folders 0700, files 0600.</summary>
[NonParallelizable] // sets the process umask
public sealed class StateFilesTests
{
    private ControlFixture _f = null!;
    private int _oldUmask;

    [SetUp]
    public void SetUp()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file modes");
        _oldUmask = StateFiles.SetUmask(0x12); // 022: what a technician's shell and the demo have
        _f = new ControlFixture("modes");
        // The fixture pins the key itself (as provision would); start from a state folder the agent makes.
        Directory.Delete(_f.StateDir, recursive: true);
    }

    [TearDown]
    public void TearDown()
    {
        StateFiles.SetUmask(_oldUmask);
        _f.Dispose();
    }

    /// <summary>Every folder and file under <paramref name="root"/> whose mode is not owner-only, with its mode.</summary>
    private static List<string> Loose(string root)
    {
        var loose = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root))
        {
            var mode = File.GetUnixFileMode(dir);
            if (mode != StateFiles.FolderMode) loose.Add($"{dir}/ {Convert.ToString((int)mode, 8)}");
        }
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var mode = File.GetUnixFileMode(file);
            if (mode != StateFiles.FileMode) loose.Add($"{file} {Convert.ToString((int)mode, 8)}");
        }
        return loose;
    }

    [Test]
    public async Task StateDir_EverythingTheAgentCreates_IsOwnerOnlyUnderUmask022()
    {
        // The umask really is 022 here: a file made the ordinary way is group- and world-readable.
        var control = Path.Combine(_f.Root, "ordinary.txt");
        await File.WriteAllTextAsync(control, "x");
        Assert.That(File.GetUnixFileMode(control) & UnixFileMode.OtherRead, Is.EqualTo(UnixFileMode.OtherRead));

        Environment.SetEnvironmentVariable("EDGEAGENT_TEST_SECRET", "s3cret-value");
        var options = ConfigLoader.LoadFile(_f.ConfigPath);
        var state = options.StateDir;
        Provision(state);

        // The outbox (and LiteDB's -log.db beside it), with an event written, kept open while the folder is walked.
        using var outbox = DurableOutbox.Open(options, TimeProvider.System, NullLogger.Instance);
        outbox.Accept(OutboxFixture.Event());
        using var audit = AuditLog.Open(AuditLog.PathIn(state));
        using (var processor = new CommandProcessor(options, audit, new RecordingLifecycle()))
        {
            // A transfer held on the device, a watchlist synced (its database, key and version), the command sequence,
            // the staging folder, audit records.
            var bundle = WatchlistBundle();
            var chunk = new JsonObject
            {
                ["ts"] = ControlFixture.Iso(DateTimeOffset.UtcNow),
                ["transfer"] = "modes-1",
                ["index"] = 0,
                ["count"] = 2,
                ["size"] = bundle.Length,
                ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle)),
                ["data"] = Convert.ToBase64String(bundle.AsSpan(0, bundle.Length / 2)),
            };
            var held = await processor.HandleAsync("bundle.chunk", Encoding.UTF8.GetBytes(chunk.ToJsonString()), "centre", CancellationToken.None);
            Assert.That(held.Ok, Is.True, held.Message);
            var sync = new JsonObject { ["ts"] = ControlFixture.Iso(DateTimeOffset.UtcNow.AddSeconds(1)), ["bundle"] = Convert.ToBase64String(bundle) };
            var synced = await processor.HandleAsync("watchlist.sync", Encoding.UTF8.GetBytes(sync.ToJsonString()), "centre", CancellationToken.None);
            Assert.That(synced.Ok, Is.True, synced.Message);
        }
        // The health file, the MQTT session counter, a staged model slot and its update record.
        await new HealthFileWriter(state).PublishAsync(null!, "{}"u8.ToArray(), CancellationToken.None);
        SessionCounter.Next(state);
        var slots = new ModelSlots(state, ControlFixture.Model);
        var onnx = Path.Combine(_f.Root, ControlFixture.Model + ".onnx");
        await File.WriteAllTextAsync(onnx, "not really a model");
        slots.Stage(slots.Inactive, onnx, "3.3.7", new string('0', 64));
        new ModelUpdateRecord { ModelId = ControlFixture.Model, Version = "3.3.7", PreviousVersion = "3.3.6", Status = UpdateStatus.Probation, At = DateTimeOffset.UtcNow }.Write(state);

        var names = Directory.EnumerateFileSystemEntries(state, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(state, p)).ToList();
        Assert.That(names, Does.Contain("outbox-log.db").And.Contain("staging").And.Contain(Path.Combine("transfers", "modes-1"))
            .And.Contain("audit.log").And.Contain("watchlist.db").And.Contain("health.json"), string.Join(", ", names));
        var loose = Loose(state);
        Assert.That(loose, Is.Empty, "not owner-only: " + string.Join("; ", loose));
    }

    [Test]
    public void Outbox_ReopenedAfterClose_LogStaysOwnerOnly()
    {
        // LiteDB deletes an empty log on close and makes a new one on the next write: the reopen must not leave it 0644.
        var dir = Path.Combine(_f.Root, "box");
        var path = Path.Combine(dir, "outbox.db");
        using (var first = OutboxFixture.Open(path)) first.Accept(OutboxFixture.Event());
        using var second = OutboxFixture.Open(path);
        second.Accept(OutboxFixture.Event());

        var loose = Loose(dir);
        Assert.That(loose, Is.Empty, "not owner-only: " + string.Join("; ", loose));
        Assert.That(File.Exists(StateFiles.LiteDbLogPath(path)), Is.True, "the log exists and was checked");
    }

    private void Provision(string state)
    {
        // What provision pins, through the same helper provision uses.
        StateFiles.CreateParent(SigningKeys.PinnedPath(state));
        StateFiles.Copy(_f.PublicKeyPath, SigningKeys.PinnedPath(state));
    }

    private byte[] WatchlistBundle()
    {
        var plates = Path.Combine(_f.Root, "plates.json");
        File.WriteAllText(plates, """{"plates":[{"plate":"AA1234BB","reason":"stolen"}]}""");
        return _f.Pack("watchlist", "national", "1", [plates]);
    }
}
