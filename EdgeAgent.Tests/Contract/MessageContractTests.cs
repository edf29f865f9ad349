using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Audit;
using EdgeAgent.Common;
using EdgeAgent.Control.Commands;
using EdgeAgent.Diagnostics;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Transport;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Contract;

/// <summary>State, health, audit and reply payloads as the agent's own writers produce them, against their schemas.</summary>
public sealed class MessageContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private sealed class ModelsDetails : IStateDetails
    {
        public void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject("models");
            writer.WriteStartObject("centernet-coco");
            writer.WriteString("live", "3.3.6");
            writer.WriteString("version", "3.3.7");
            writer.WriteString("previous_version", "3.3.6");
            writer.WriteString("update", "rolled_back");
            writer.WriteString("reason", "frames analysed fell from 5/s to 2/s");
            writer.WriteNumber("at", Now.ToUnixTimeMilliseconds());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    [Test]
    public void StatePayload_OnlineWithModelsAndOffline_Valid()
    {
        MessageSchema.State.AssertValid(Encoding.UTF8.GetString(StatePayload.Create("online", 7, "edge-01", Now, "1.2.3", new ModelsDetails())));
        MessageSchema.State.AssertValid(Encoding.UTF8.GetString(StatePayload.Create("offline", 7, "edge-01", Now)));
    }

    private static HealthReport FullReport(bool failing) => new()
    {
        Time = Now, Site = "s1", Device = "edge-01", Version = "1.2.3", UptimeSeconds = 3600.4, SystemUptimeSeconds = 86400,
        Load = (0.5, 0.7, 0.9), ProcessCpuSeconds = 1234.5, ProcessCpuPercent = 87.2, CpuTemperatureC = 61.5,
        ResidentBytes = 300L << 20, GcHeapBytes = 40L << 20, DiskFreeBytes = 10L << 30, DiskTotalBytes = 32L << 30,
        Cameras = [new CameraHealth("gate-north", 25, 5, 4.2, 12, 3000, 1, 0, 0.2) { Tamper = failing ? "covered,turned" : "ok", Link = new EdgeAgent.Capture.CaptureLink(!failing, failing ? "HTTP 401 unauthorized: wrong user or password" : "", Now.AddSeconds(-76)) }],
        Models = [new LatencyStats("centernet-coco", 300, 41.2, 55.9, 80.1), new LatencyStats("blazeface", 0, null, null, null)],
        Transport = new EdgeAgent.Diagnostics.TransportHealth(12, 3, true, "connected", 1)
        {
            OutboxUnwritable = failing ? 2 : 0, DeadLetters = 1, OutboxHeld = failing ? 4 : 0,
            OutboxFault = failing ? "/var/lib/edgeagent/outbox.db: No space left on device" : null,
            BrokerNode = "broker-2.example:8883", BrokerMoves = 1,
        },
        Enclosure = new EnclosureReading(31.5, 40.2, null),
        Conditions = failing ? ["disk_full"] : [],
    };

    [TestCase(false, TestName = "HealthJson_FullReportOutboxOk_Valid")]
    [TestCase(true, TestName = "HealthJson_FullReportOutboxFailing_Valid")]
    public void HealthJson_FullReport_Valid(bool failing)
    {
        var json = Encoding.UTF8.GetString(HealthJson.ToBytes(FullReport(failing)));
        TestContext.Out.WriteLine(json);
        MessageSchema.Health.AssertValid(json);
        var outbox = JsonNode.Parse(json)!["outbox"]!;
        Assert.That((string?)outbox["state"], Is.EqualTo(failing ? "failing" : "ok"));
        Assert.That((string?)JsonNode.Parse(json)!["cameras"]![0]!["tamper"], Is.EqualTo(failing ? "covered,turned" : "ok"), "picture tamper state per camera");
    }

    [Test]
    public void HealthJson_FullReport_WritesEveryDocumentedField()
    {
        // The other half of "as documented": a field the schema promises but the agent never sends fails too
        // (session, published, outbox_bytes were once documented and absent).
        var json = JsonNode.Parse(HealthJson.ToBytes(FullReport(failing: true)))!;
        var missing = new List<string>();
        Documented(json, MessageSchema.Health.Document, "", missing);
        Assert.That(missing, Is.Empty, "declared in health.schema.json, not written by HealthJson");
    }

    private static void Documented(JsonNode? instance, JsonNode? schema, string at, List<string> missing)
    {
        if (schema?["properties"] is JsonObject properties && instance is JsonObject o)
        {
            foreach (var (key, property) in properties)
            {
                if (!o.ContainsKey(key)) missing.Add($"{at}/{key}");
                else Documented(o[key], property, $"{at}/{key}", missing);
            }
        }
        if (schema?["items"] is JsonObject items && instance is JsonArray a && a.Count > 0) Documented(a[0], items, $"{at}/0", missing);
    }

    [Test]
    public void HealthJson_BareReport_ValidWithNulls()
    {
        // A device that measures nothing (no /proc, no sensor, not yet connected) still sends a valid report.
        MessageSchema.Health.AssertValid(Encoding.UTF8.GetString(HealthJson.ToBytes(new HealthReport { Time = Now, Device = "edge-01", Site = "s1", Version = "1" })));
    }

    [TestCase("\"state\":\"ok\",", "", TestName = "HealthSchema_OutboxWithoutState_Invalid")]
    [TestCase("\"ts\":", "\"ts\":\"2026\",\"x\":", TestName = "HealthSchema_TimeAsText_Invalid")]
    [TestCase("\"dead_letters\":1", "\"dead_letters\":1,\"dead\":1", TestName = "HealthSchema_UndeclaredField_Reported")]
    public void HealthSchema_Broken_Invalid(string from, string to)
    {
        var json = Encoding.UTF8.GetString(HealthJson.ToBytes(FullReport(failing: false)));
        Assert.That(json, Does.Contain(from));
        Assert.That(MessageSchema.Health.Problems(json.Replace(from, to, StringComparison.Ordinal)), Is.Not.Null);
    }

    [Test]
    public void AuditLog_Records_ValidWithUnixMsTime()
    {
        var dir = TestPaths.TempDir("audit-contract");
        try
        {
            var time = new FakeTimeProvider(Now);
            using (var log = AuditLog.Open(Path.Combine(dir, "audit.log"), time))
            {
                log.Append("command.config.get", "mqtt:edge-01", [new("command", "config.get"), new("ok", "true")]);
                time.Advance(TimeSpan.FromSeconds(1));
                log.Append("watchlist.add", "cli:alice", []);
            }
            var lines = File.ReadAllLines(Path.Combine(dir, "audit.log"));
            Assert.That(lines, Has.Length.EqualTo(2));
            foreach (var line in lines) MessageSchema.Audit.AssertValid(line);
            Assert.That(JsonNode.Parse(lines[1])!["ts"]!.GetValue<long>(), Is.EqualTo(Now.AddSeconds(1).ToUnixTimeMilliseconds()));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void CommandReply_SuccessAndError_Valid()
    {
        MessageSchema.Reply.AssertValid(Encoding.UTF8.GetString(CommandReply.Success("done", new JsonObject { ["cameras"] = 2 }).ToJson()));
        MessageSchema.Reply.AssertValid(Encoding.UTF8.GetString(CommandReply.Error("replay", "seq 3 is not newer").ToJson()));
        Assert.That(MessageSchema.Reply.Problems("{\"ok\":true,\"code\":\"ok\",\"message\":\"m\"}"), Is.Not.Null, "result is always present (null when empty)");
    }

    [TestCase("{\"seq\":12}", true)]
    [TestCase("{\"ts\":1796126400000}", true)]
    [TestCase("{\"seq\":12,\"camera\":\"gate\",\"max_width\":640}", true)]
    [TestCase("{\"camera\":\"gate\"}", false)]
    [TestCase("{\"seq\":\"12\"}", false)]
    public void CommandSchema_Requests(string request, bool valid)
    {
        Assert.That(MessageSchema.Command.Problems(request), valid ? Is.Null : Is.Not.Null);
    }

    [Test]
    public void ConfigRedaction_PlainScalars_TypedQuotedStayText()
    {
        var json = ConfigRedaction.ToJson("""
            cameras:
              - id: '007'
                url: rtsp://viewer:pw@10.0.0.9/s1
                loop: true
                enabled: False
                detect: {width: 768, fps: 5.5, threshold: 1e-2}
                note: '768'
                name: 007
                stall_timeout: 10s
                mask: ~
                huge: 1e400
            broker: {password: 1234}
            """)!;
        var camera = json["cameras"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(camera["loop"]!.GetValueKind(), Is.EqualTo(JsonValueKind.True));
            Assert.That(camera["enabled"]!.GetValueKind(), Is.EqualTo(JsonValueKind.False));
            Assert.That(camera["detect"]!["width"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That(camera["detect"]!["width"]!.GetValue<long>(), Is.EqualTo(768));
            Assert.That(camera["detect"]!["fps"]!.GetValue<double>(), Is.EqualTo(5.5));
            Assert.That(camera["detect"]!["threshold"]!.GetValue<double>(), Is.EqualTo(0.01));
            Assert.That((string?)camera["id"], Is.EqualTo("007"), "quoted: text");
            Assert.That((string?)camera["note"], Is.EqualTo("768"), "quoted: text");
            Assert.That((string?)camera["name"], Is.EqualTo("007"), "a leading zero does not survive as a number: text");
            Assert.That((string?)camera["stall_timeout"], Is.EqualTo("10s"));
            Assert.That(camera["mask"], Is.Null);
            Assert.That((string?)camera["huge"], Is.EqualTo("1e400"), "not a finite double: text");
            Assert.That((string?)camera["url"], Is.EqualTo("rtsp://viewer:***@10.0.0.9/s1"));
            Assert.That((string?)json["broker"]!["password"], Is.EqualTo("***"), "a secret is masked even when it looks like a number");
        });
    }
}
