using System.Diagnostics;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Hosting;

[NonParallelizable]
public sealed class SystemdWatchdogTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [TearDown]
    public void TearDown() => Environment.ExitCode = 0;

    [Test]
    public async Task Run_PipelineProgressesThenStalls_PetsWhileProgressingThenStopsPettingAndExitsNonZero()
    {
        using var notify = new FakeNotifySocket();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var cameras = new CameraHealthRegistry();
        var counters = new PipelineCounters(0);
        cameras.Register("gate", counters, null);
        using var host = BuildHost(notify.Path, time, cameras, new AgentOptions { Cameras = [new CameraOptions { Id = "gate", Url = "rtsp://cam/1" }] });
        var watchdog = host.Services.GetServices<IHostedService>().OfType<SystemdWatchdog>().Single();
        var run = host.RunAsync();

        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("READY=1"));
        for (var i = 0; i < 3; i++)
        {
            counters.OnFrame();
            time.Advance(Period / 2);
            Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("WATCHDOG=1"), $"progressing, tick {i}");
        }

        // Frames stop. Within one period the last progress still counts; after it, no more petting.
        time.Advance(Period / 2);
        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("WATCHDOG=1"), "5 s since the last frame");
        time.Advance(Period / 2);
        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("WATCHDOG=1"), "10 s since the last frame: still within the period");
        time.Advance(Period / 2);
        var status = await notify.ReceiveAsync(Wait);
        Assert.That(status, Does.StartWith("STATUS=no frame analysed for 15 s (watchdog 10 s)"));

        var after = new List<string>();
        while (await notify.ReceiveAsync(TimeSpan.FromSeconds(2)) is { } m) after.Add(m);
        await run.WaitAsync(Wait);

        Assert.That(after, Is.EqualTo(new[] { "STOPPING=1" }), "no WATCHDOG=1 after the stall");
        Assert.That(Environment.ExitCode, Is.EqualTo(1));
        Assert.That(watchdog.Tripped, Is.True);
    }

    [Test]
    public async Task Run_NoCamerasConfigured_KeepsPettingWithoutFrames()
    {
        using var notify = new FakeNotifySocket();
        var time = new FakeTimeProvider();
        using var host = BuildHost(notify.Path, time, new CameraHealthRegistry(), new AgentOptions());
        await host.StartAsync();

        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("READY=1"));
        for (var i = 0; i < 6; i++)
        {
            time.Advance(Period / 2);
            Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("WATCHDOG=1"));
        }
        await host.StopAsync();
        Assert.That(Environment.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Run_NoWatchdogConfigured_OnlyReportsReady()
    {
        using var notify = new FakeNotifySocket();
        var time = new FakeTimeProvider();
        using var host = BuildHost(notify.Path, time, new CameraHealthRegistry(), new AgentOptions(), watchdog: false);
        await host.StartAsync();

        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("READY=1"));
        time.Advance(TimeSpan.FromMinutes(5));
        await host.StopAsync();
        Assert.That(await notify.ReceiveAsync(Wait), Is.EqualTo("STOPPING=1"));
    }

    /// <summary>
    /// The real agent process, started as systemd would start it with WatchdogSec=2: its only camera never delivers a
    /// frame, so it must report ready, stop petting and exit non-zero on its own.
    /// </summary>
    [Test]
    public async Task Agent_CameraNeverDelivers_ExitsWithFailureSoSystemdRestartsIt()
    {
        using var notify = new FakeNotifySocket();
        var dir = TestPaths.TempDir("edgeagent-watchdog");
        try
        {
            var config = Path.Combine(dir, "edgeagent.yaml");
            await File.WriteAllTextAsync(config, $"""
                device:
                  state_dir: {dir}/state
                models:
                  dir: {TestPaths.ModelsDir}
                  manifest: {TestPaths.Manifest}
                cameras:
                  - id: dead
                    url: rtsp://127.0.0.1:9/none
                """);
            var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "edgeagent.dll"), "run", "--config", config }) info.ArgumentList.Add(a);
            info.Environment["NOTIFY_SOCKET"] = notify.Path;
            info.Environment["WATCHDOG_USEC"] = "2000000";
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            var messages = new List<string>();
            while (await notify.ReceiveAsync(TimeSpan.FromSeconds(30)) is { } m)
            {
                messages.Add(m);
                if (m == "STOPPING=1") break;
            }
            await process.WaitForExitAsync(timeout.Token);

            Assert.That(process.ExitCode, Is.EqualTo(1), await stderr);
            Assert.That(messages[0], Is.EqualTo("READY=1"));
            var stall = messages.FindIndex(m => m.StartsWith("STATUS=no frame analysed", StringComparison.Ordinal));
            Assert.That(stall, Is.GreaterThan(0), string.Join(" | ", messages));
            Assert.That(messages.Skip(stall), Has.None.EqualTo("WATCHDOG=1"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IHost BuildHost(string socket, TimeProvider time, CameraHealthRegistry cameras, AgentOptions options, bool watchdog = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(cameras);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WatchdogSettings(socket, watchdog ? Period : null));
        builder.Services.AddHostedService<SystemdWatchdog>();
        return builder.Build();
    }
}
