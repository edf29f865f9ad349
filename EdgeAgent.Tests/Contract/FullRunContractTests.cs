using System.Diagnostics;
using EdgeAgent.Configuration;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Tests.Contract;

/// <summary>The real agent host on a real clip and a real Mosquitto: every message it publishes, checked against its schema.</summary>
[NonParallelizable]
public sealed class FullRunContractTests
{
    [Test]
    public async Task AgentHost_ClipThroughThePipeline_EveryPublishedMessageValid()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("contract-run", broker.Url);
        var clip = Path.Combine(f.Root, "vtest-12s.avi");
        Cut(TestPaths.Media("vtest.avi"), clip, seconds: 12);
        await File.WriteAllTextAsync(f.ConfigPath, $$"""
            device:
              site: s1
              id: {{f.Device}}
              state_dir: '{{f.StateDir}}'
            models:
              dir: '{{TestPaths.ModelsDir}}'
              manifest: '{{ControlFixture.ManifestPath}}'
            broker:
              url: '{{broker.Url.ToString().TrimEnd('/')}}'
            health:
              interval: 1s
            cameras:
              - id: hall
                url: '{{clip}}'
                loop: false
                realtime: false
                detect: {width: 768, height: 576, fps: 5}
                counts: {interval: 4s}
                zones:
                  - name: floor
                    polygon: [[0.0, 0.35], [1.0, 0.35], [1.0, 1.0], [0.0, 1.0]]
                    labels: [person]
                    crowd: {threshold: 2, lower: 1, min_duration: 0s}
                lines:
                  - name: mid
                    points: [[0.5, 0.2], [0.5, 1.0]]
                    labels: [person]
            """);
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        using var host = AgentHost.Build(options, new AgentHostSettings());
        await host.StartAsync();
        try
        {
            var ended = await sub.WaitForAsync(ms => ms.Any(m => m.Topic.EndsWith("/events/hall/camera", StringComparison.Ordinal) && m.Payload.Contains("\"offline\"", StringComparison.Ordinal))
                && ms.Count(m => m.Topic.EndsWith("/health", StringComparison.Ordinal)) >= 2, TimeSpan.FromMinutes(4));
            Assert.That(ended, Is.True, "the clip was played to its end and health was reported within 4 minutes");
        }
        finally
        {
            await host.StopAsync();
        }

        var messages = sub.Messages.Where(m => m.Topic.Contains("/" + f.Device + "/", StringComparison.Ordinal)).ToList();
        foreach (var m in messages)
        {
            var schema = m.Topic.Contains("/events/", StringComparison.Ordinal) ? MessageSchema.Events
                : m.Topic.EndsWith("/state", StringComparison.Ordinal) ? MessageSchema.State
                : m.Topic.EndsWith("/health", StringComparison.Ordinal) ? MessageSchema.Health
                : m.Topic.EndsWith("/audit", StringComparison.Ordinal) ? MessageSchema.Audit
                : null;
            Assert.That(schema, Is.Not.Null, $"{m.Topic} is on no channel of docs/asyncapi.yaml");
            schema!.AssertValid(m.Payload);
        }
        // A time on the wire is a fact about the past: no event may be stamped after it was published.
        foreach (var m in messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)))
        {
            Assert.That(m.Json.GetProperty("ts").GetInt64(), Is.LessThanOrEqualTo(m.Json.GetProperty("pt").GetInt64()), m.Payload);
        }
        var kinds = messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)).Select(m => m.Topic[(m.Topic.LastIndexOf('/') + 1)..]).Distinct().ToList();
        TestContext.Out.WriteLine($"{messages.Count} messages; kinds: {string.Join(", ", kinds)}");
        Assert.That(kinds, Is.SupersetOf(new[] { "object", "counts", "camera" }));
    }

    private static void Cut(string source, string target, int seconds)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-y", "-i", source, "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "copy", target }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, err);
    }
}
