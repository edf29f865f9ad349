using System.Text.Json;
using EdgeAgent.Cli;
using EdgeAgent.Control.ModelUpdates;
using EdgeAgent.Models;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using static EdgeAgent.Tests.Control.CommandDevice;

namespace EdgeAgent.Tests.Cli;

/// <summary><c>edgeagent bundle push</c> end to end: the CLI, a real Mosquitto, and the agent's command service.</summary>
[NonParallelizable]
public sealed class BundlePushTests
{
    private MosquittoBroker _broker = null!;
    private CommandDevice _device = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await MosquittoBroker.StartAsync();

    [OneTimeTearDown]
    public void StopBroker() => _broker.Dispose();

    [SetUp]
    public async Task SetUp() => _device = await CommandDevice.StartAsync(_broker, "push");

    [TearDown]
    public async Task TearDown() => await _device.DisposeAsync();

    private string Target => "s1/" + _device.Fixture.Device;

    private string Write(byte[] bundle)
    {
        var path = Path.Combine(_device.Fixture.Root, "bundle-" + Guid.NewGuid().ToString("n")[..8] + ".tar.gz");
        File.WriteAllBytes(path, bundle);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private SlotContent? InstalledSlot() => new ModelSlots(_device.Fixture.StateDir, ControlFixture.Model).Read("a");

    [Test]
    public async Task Push_ModelBundle_SentInChunksInstalledAndReplyPrinted()
    {
        var file = Write(_device.Fixture.ModelBundle("3.3.7"));
        var (code, output, error) = await Run("bundle", "push", file, "--broker", _broker.Url.ToString(), "--device", Target, "--command", "model.update", "--chunk-size", "512");
        await TestContext.Out.WriteLineAsync(error);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error + output);
        using var reply = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(reply.RootElement.GetProperty("ok").GetBoolean(), Is.True);
            Assert.That(reply.RootElement.GetProperty("result").GetProperty("version").GetString(), Is.EqualTo("3.3.7"));
            Assert.That(InstalledSlot()?.Version, Is.EqualTo("3.3.7"));
            Assert.That(error, Does.Contain("complete on the device"));
            Assert.That(_device.Lifecycle.Restarts, Has.Count.EqualTo(1));
            Assert.That(Directory.GetDirectories(Path.Combine(_device.Fixture.StateDir, "transfers")), Is.Empty, "the transfer is removed once used");
        });
    }

    [Test]
    public async Task Push_DeviceAlreadyHoldsSomeChunks_SendsOnlyTheMissing()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        const int chunk = 256 * 1024;
        var count = (bundle.Length + chunk - 1) / chunk;
        var held = new[] { 0, 1, 2, 3, 5, count - 1 };
        foreach (var i in held) AssertReply(await _device.SendAsync("bundle.chunk", Chunk("cn-half", bundle, chunk, i)), true, "ok");

        var (code, output, error) = await Run("bundle", "push", Write(bundle), "--broker", _broker.Url.ToString(), "--device", Target,
            "--command", "model.update", "--chunk-size", "256", "--transfer", "cn-half", "--no-restart");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error + output);
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Contain($"the device holds {held.Length}/{count} chunks; sending the {count - held.Length} missing"));
            Assert.That(error, Does.Contain($"({count - held.Length} chunk(s) sent"));
            Assert.That(InstalledSlot()?.Version, Is.EqualTo("3.3.7"));
            Assert.That(_device.Lifecycle.Restarts, Is.Empty, "--no-restart");
        });
    }

    [Test]
    public async Task Push_BrokerStallsMidTransfer_AsksStatusResendsMissingAndInstalls()
    {
        var bundle = _device.Fixture.ModelBundle("3.3.7");
        var transfers = Path.Combine(_device.Fixture.StateDir, "transfers");
        var push = Run("bundle", "push", Write(bundle), "--broker", _broker.Url.ToString(), "--device", Target,
            "--command", "model.update", "--chunk-size", "16", "--timeout", "2", "--transfer", "cn-stall");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !push.IsCompleted && Parts(Path.Combine(transfers, "cn-stall")) < 40) await Task.Delay(10);
        Assert.That(push.IsCompleted, Is.False, "the push was still running when the broker stalled");
        _broker.Pause();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
        }
        finally
        {
            _broker.Resume();
        }
        var (code, output, error) = await push;
        await TestContext.Out.WriteLineAsync(error);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error + output);
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Contain("asking the device which chunks it holds"));
            Assert.That(error, Does.Contain("resuming transfer cn-stall"));
            Assert.That(InstalledSlot()?.Version, Is.EqualTo("3.3.7"));
        });
    }

    [Test]
    public async Task Push_BundleSignedByAnotherKey_DeviceRefusesExitVerification()
    {
        var file = Write(_device.Fixture.ModelBundle("3.3.7", keyPath: _device.Fixture.OtherPrivateKey()));
        var (code, output, error) = await Run("bundle", "push", file, "--broker", _broker.Url.ToString(), "--device", Target, "--command", "model.update");
        Assert.That(code, Is.EqualTo(ExitCodes.Verification), error + output);
        using var reply = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(reply.RootElement.GetProperty("code").GetString(), Is.EqualTo("bad_signature"));
            Assert.That(InstalledSlot(), Is.Null);
        });
    }

    [Test]
    public async Task Push_BadArguments_UsageExitNamingTheOption()
    {
        var file = Write([1, 2, 3]);
        var device = await Run("bundle", "push", file, "--broker", _broker.Url.ToString(), "--device", "only-a-device", "--command", "model.update");
        var chunk = await Run("bundle", "push", file, "--broker", _broker.Url.ToString(), "--device", Target, "--command", "model.update", "--chunk-size", "1024");
        var command = await Run("bundle", "push", file, "--broker", _broker.Url.ToString(), "--device", Target, "--command", "agent.restart");
        var missing = await Run("bundle", "push", file + ".nope", "--broker", _broker.Url.ToString(), "--device", Target, "--command", "model.update");
        Assert.Multiple(() =>
        {
            Assert.That(device.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(device.Err, Does.Contain("--device"));
            Assert.That(chunk.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(chunk.Err, Does.Contain("--chunk-size"));
            Assert.That(command.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(missing.Code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(missing.Err, Does.Contain("no such file"));
        });
    }

    private static int Parts(string dir) => Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.part").Count() : 0;
}
