using System.Device.Gpio;
using System.Diagnostics;
using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Hosting;
using EdgeAgent.Tests.Control;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Tests.Plates;
using EdgeAgent.Events;
using Microsoft.Extensions.Hosting;

namespace EdgeAgent.Tests.Contract;

/// <summary>
/// The real agent host on real clips and a real Mosquitto: every message it publishes, and every reply to commands a
/// centre sends, checked against its schema; each run must produce the kinds it is built for.
/// </summary>
[NonParallelizable]
public sealed class FullRunContractTests
{
    private const int TamperPin = 17;

    [Test]
    public async Task AgentHost_ObjectsCrowdsCountsLeftObjectDeviceTamperCommands_EveryMessageValid()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("contract-run", broker.Url);
        // vtest.avi (768x576, 10 fps) with a light box on the lawn from 10 s to 30 s, as LeftObjectVideoTests makes
        // it: something put down and taken away again.
        var clip = Path.Combine(f.Root, "vtest-object.avi");
        Ffmpeg("-i", TestPaths.Media("vtest.avi"), "-f", "lavfi", "-i", "color=c=0xd8d0c0:s=48x36",
            "-filter_complex", "[0][1]overlay=x=110:y=470:enable='between(t,10,30)'", "-t", "36", "-c:v", "mjpeg", "-q:v", "3", clip);
        // A disk threshold no disk meets raises a device event at the first health sample; the tamper line is
        // simulated (active high here, so the simulated line's resting low is a closed enclosure).
        await File.WriteAllTextAsync(f.ConfigPath, Head(f, broker, "  disk_free_min_percent: 99.9\n  disk_free_clear_percent: 100\n") + $$"""
            devices:
              tamper: {chip: 0, pin: {{TamperPin}}, active_low: false}
            cameras:
              - id: hall
                url: '{{clip}}'
                loop: false
                realtime: false
                analytics: [objects, left]
                detect: {width: 768, height: 576, fps: 5}
                counts: {interval: 4s}
                left_objects: {after: 8s, update_interval: 60s}
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
        // The host's GPIO controller owns (and disposes) the simulated bus.
        var gpio = new SimulatedGpioDriver(TimeProvider.System);
        var replies = new List<(string Command, JsonElement Reply)>();
        var messages = await RunAsync(broker, f, new AgentHostSettings { GpioDriver = _ => gpio }, ["hall"], async (topics, sub) =>
        {
            // The enclosure is opened once: the line goes to its active level and stays there.
            gpio.SetInput(TamperPin, PinValue.High);
            // A snapshot needs a running pipeline: the camera is online once its first frame arrived.
            Assert.That(await sub.WaitForAsync(ms => ms.Any(m => m.Topic == topics.Event("hall", "camera") && m.Payload.Contains("\"online\"", StringComparison.Ordinal)),
                TimeSpan.FromMinutes(2)), Is.True, "camera hall online");
            await using var centre = await CentreClient.ConnectAsync(broker.Port, topics.CommandReply("+"));
            var seq = 0;
            foreach (var (name, body) in new[] { ("config.get", ""), ("camera.snapshot", ",\"camera\":\"hall\",\"max_width\":320"), ("camera.explode", "") })
            {
                var reply = await centre.RequestAsync(topics.Command(name), $"{{\"seq\":{++seq}{body}}}", topics.CommandReply(name));
                replies.Add((name, reply));
            }
        });

        Assert.That(replies.Select(r => (r.Command, r.Reply.GetProperty("ok").GetBoolean())),
            Is.EqualTo(new[] { ("config.get", true), ("camera.snapshot", true), ("camera.explode", false) }), string.Join("\n", replies.Select(r => r.Reply.ToString())));
        foreach (var (name, reply) in replies.Where(r => r.Reply.GetProperty("ok").GetBoolean())) MessageSchema.Reply.AssertValid(reply.GetRawText(), name);
        Assert.That(messages.Count(m => m.Topic.EndsWith("/reply", StringComparison.Ordinal)), Is.EqualTo(3), "each reply on the contract's reply channel");
        AssertKinds(messages, "object", "line_crossing", "counts", "crowd", "left_object", "device", "tamper", "camera");
        Assert.That(messages.Where(m => m.Topic.EndsWith("/audit", StringComparison.Ordinal)), Is.Not.Empty, "each command is audited and the record sent");
    }

    [Test]
    public async Task AgentHost_FacesAndPlates_EveryMessageValid()
    {
        using var broker = await MosquittoBroker.StartAsync();
        using var f = new ControlFixture("contract-fp", broker.Url);
        // messi5.jpg held for 8 s then black: a person track whose face is measured, ending when the picture goes.
        var people = Path.Combine(f.Root, "messi.avi");
        Ffmpeg("-loop", "1", "-framerate", "10", "-t", "8", "-i", TestPaths.Media("messi5.jpg"), "-f", "lavfi", "-t", "4", "-i", "color=c=black:s=640x480:r=10",
            "-filter_complex", "[0]scale=640:480,setsar=1[a];[1]setsar=1[b];[a][b]concat=n=2:v=1", "-c:v", "mjpeg", "-q:v", "3", people);
        // A plate rendered on dog.jpg's car (PlateStageTests' clip), the car drifting for 4 s, then 3 s of black.
        var car = PlateStageTests.WriteClip(Path.Combine(f.Root, "car.avi"), PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 565, 145, 110, 0), 40, 30);
        await File.WriteAllTextAsync(f.ConfigPath, Head(f, broker) + $$"""
            cameras:
              - id: people
                url: '{{people}}'
                loop: false
                realtime: false
                analytics: [faces]
                motion: {enabled: false}
                detect: {width: 640, height: 480, fps: 5}
              - id: gate
                url: '{{car}}'
                loop: false
                realtime: false
                analytics: [plates]
                motion: {enabled: false}
                detect: {width: 768, height: 576, fps: 5}
                tracking: {high_score: 0.4}
                objects: {min_score: 0.3}
                plates: {report: all}
            """);
        var messages = await RunAsync(broker, f, new AgentHostSettings(), ["people", "gate"], (_, _) => Task.CompletedTask);
        AssertKinds(messages, "object", "face", "plate", "camera");
    }

    /// <summary>The device, models, broker and health sections of a run's config; <paramref name="health"/> adds health lines.</summary>
    private static string Head(ControlFixture f, MosquittoBroker broker, string health = "") => $$"""
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

        """ + health;

    /// <summary>
    /// Runs the host until every camera in <paramref name="cameras"/> played its clip to the end and health was reported
    /// twice, doing <paramref name="act"/> once the device is online; every message of the device validated.
    /// </summary>
    private static async Task<List<ReceivedMessage>> RunAsync(MosquittoBroker broker, ControlFixture f, AgentHostSettings settings, string[] cameras,
        Func<TopicNames, MosquittoSubscriber, Task> act)
    {
        using var sub = await MosquittoSubscriber.StartAsync(broker);
        using var consumer = await ReferenceConsumer.StartAsync(broker);
        var options = ConfigLoader.LoadFile(f.ConfigPath);
        var topics = new TopicNames(options.Broker.TopicPrefix, options.Device.Site, options.Device.Id);
        using var host = AgentHost.Build(options, settings);
        await host.StartAsync();
        try
        {
            Assert.That(await sub.WaitForAsync(ms => ms.Any(m => m.Topic == topics.State && m.Payload.Contains("\"online\"", StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), Is.True,
                "the device announced itself online");
            await act(topics, sub);
            var ended = await sub.WaitForAsync(ms => cameras.All(c => ms.Any(m => m.Topic == topics.Event(c, "camera") && m.Payload.Contains("\"offline\"", StringComparison.Ordinal)))
                && ms.Count(m => m.Topic == topics.Health) >= 2, TimeSpan.FromMinutes(6));
            Assert.That(ended, Is.True, "every clip was played to its end and health was reported within 6 minutes");
            // High priority events overtake the backlog, but a counts window or a track may still be on its way.
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await host.StopAsync();
        }

        var messages = sub.Messages.Where(m => m.Topic.Contains("/" + f.Device + "/", StringComparison.Ordinal)).ToList();
        foreach (var m in messages)
        {
            var schema = m.Topic.Contains("/events/", StringComparison.Ordinal) ? MessageSchema.Events
                : m.Topic == topics.State ? MessageSchema.State
                : m.Topic == topics.Health ? MessageSchema.Health
                // Audit records travel in the event envelope (events.schema.json#/definitions/audit), record inside.
                : m.Topic == topics.Audit ? MessageSchema.Events
                : m.Topic.Contains("/cmd/", StringComparison.Ordinal) && m.Topic.EndsWith("/reply", StringComparison.Ordinal) ? MessageSchema.Reply
                : m.Topic.Contains("/cmd/", StringComparison.Ordinal) ? MessageSchema.Command
                : null;
            Assert.That(schema, Is.Not.Null, $"{m.Topic} is on no channel of docs/asyncapi.yaml");
            schema!.AssertValid(m.Payload);
        }
        // The centre's reference consumer agrees: nothing invalid, every numbered message once, no gap in seq.
        var report = await consumer.StopAsync();
        Assert.That((report.Code, report.Invalid), Is.EqualTo((0, 0)), report.Output);
        var numbered = messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal) || m.Topic == topics.Audit).ToList();
        Assert.That(report.Devices[f.Device].Events, Is.EqualTo(numbered.Select(m => m.Json.GetProperty("id").GetString()).Distinct().Count()), report.Output);
        Assert.That(report.Devices[f.Device].Missing, Is.Empty, "no event was dropped, so no seq is missing");
        // A time on the wire is a fact about the past: no event may be stamped after it was published.
        foreach (var m in messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)))
        {
            Assert.That(m.Json.GetProperty("ts").GetInt64(), Is.LessThanOrEqualTo(m.Json.GetProperty("pt").GetInt64()), m.Payload);
        }
        return messages;
    }

    private static void AssertKinds(List<ReceivedMessage> messages, params string[] expected)
    {
        var kinds = messages.Where(m => m.Topic.Contains("/events/", StringComparison.Ordinal)).GroupBy(m => m.Topic[(m.Topic.LastIndexOf('/') + 1)..])
            .ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine($"{messages.Count} messages validated; events by kind: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}");
        Assert.That(expected.Where(k => !kinds.ContainsKey(k)), Is.Empty, "kinds this run is built to produce and that did not appear");
    }

    private static void Ffmpeg(params string[] args)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-nostdin", "-y" }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, err);
    }
}
