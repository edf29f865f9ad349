using System.CommandLine;
using EdgeAgent.Bench;
using EdgeAgent.Configuration;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent bench</c>: runs a clip through the real pipeline, outbox and MQTT publisher and reports per-stage times,
/// CPU per second of video, memory, allocations, capture-to-PUBACK latency, bytes per event and camera capacity.
/// </summary>
public static class BenchCommand
{
    /// <summary>The clip used when none is given: opencv's vtest.avi in the media cache.</summary>
    public static string DefaultClip =>
        Path.Combine(Environment.GetEnvironmentVariable("EDGEAGENT_MEDIA") is { Length: > 0 } m
            ? m
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edgeagent", "media"), "vtest.avi");

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var clip = new Option<string?>("--clip") { Description = "Video file (default: vtest.avi from the media cache, $EDGEAGENT_MEDIA)" };
        var camera = new Option<string?>("--camera") { Description = "Measure this camera of --config: its url, detect fps and size, analytics, motion (not with --clip)" };
        var seconds = new Option<double?>("--seconds") { Description = "Seconds of video measured after warm-up (default: the whole clip)" }.Seconds();
        var fps = new Option<double>("--fps") { Description = "Detect rate: frames analysed per second of video", DefaultValueFactory = _ => 5 }.AboveAndAtMost(0, 60);
        var kinds = new Option<string[]>("--kinds") { Description = "Analytics: objects,faces,plates,left", DefaultValueFactory = _ => ["objects"], AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var compare = new Option<bool>("--compare") { Description = "Run variants side by side: the defaults, detection interval off, face rest off, both off (the defaults before issue 17), motion gating off, 1 intra-op thread" };
        var runs = new Option<int>("--runs") { Description = "Runs per variant; figures are medians over runs", DefaultValueFactory = _ => 1 }.Positive();
        var brokerUrl = new Option<string?>("--broker") { Description = "Broker to publish to (mqtt://127.0.0.1:PORT); default: an embedded broker in this process" };
        var tiles = new Option<bool>("--tiles") { Description = "Also run each variant with detect.tiles on (square tiles at native aspect beside the whole frame), reported separately" };
        var realtime = new Option<bool>("--realtime") { Description = "Read the clip at its own pace like a live camera (latency without queueing); default: as fast as possible" };
        var command = new Command("bench", "Measure the pipeline on a clip: stage times, CPU per video second, memory, latency to PUBACK, capacity")
        {
            clip, camera, seconds, fps, kinds, json, compare, runs, brokerUrl, realtime, tiles,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(camera) is not null && parse.GetValue(clip) is not null)
            {
                error.WriteLine("--camera and --clip: give one; --camera plays the camera's own url");
                return ExitCodes.Usage;
            }
            var options = ModelsCommand.OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            if (!DetectCommand.TryFindCamera(options, parse.GetValue(camera), error, out var configured)) return ExitCodes.Usage;
            var file = configured?.Url ?? parse.GetValue(clip) ?? DefaultClip;
            var isFile = configured is null || configured.SourceKind == "file";
            if (isFile && file.StartsWith("file://", StringComparison.OrdinalIgnoreCase)) file = new Uri(file).LocalPath;
            if (isFile && !File.Exists(file))
            {
                error.WriteLine(configured is null
                    ? $"--clip {file}: no such file (scripts/setup.sh fetches vtest.avi into the media cache)"
                    : $"--camera {configured.Id}: its url {file} is no such file");
                return ExitCodes.Failure;
            }
            if (!isFile && parse.GetValue(seconds) is null)
            {
                // A stream never ends: without a length the bench would run until interrupted and report nothing.
                error.WriteLine($"--camera {configured!.Id}: a {configured.SourceKind} stream; give --seconds");
                return ExitCodes.Usage;
            }
            // The camera's own rate and analytics unless the technician asks for others on the command line.
            var rate = configured is not null && parse.GetResult(fps) is null or { Implicit: true } ? configured.Detect.Fps : parse.GetValue(fps);
            var count = parse.GetValue(runs);
            var words = configured is not null && parse.GetResult(kinds) is null or { Implicit: true }
                ? AnalysisKindNames.All.Where(k => configured.Analytics.HasFlag(AnalysisKindNames.Parse(k))).ToList()
                : parse.GetValue(kinds)!.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            foreach (var k in words)
            {
                if (!AnalysisKindNames.All.Contains(k))
                {
                    error.WriteLine($"--kinds {k}: not one of {string.Join(", ", AnalysisKindNames.All)}");
                    return ExitCodes.Usage;
                }
            }
            Uri? url = null;
            if (parse.GetValue(brokerUrl) is { } text)
            {
                try
                {
                    url = BrokerCliOptions.Resolve(text, new Configuration.AgentOptions());
                    BrokerEndpoint.EnsureAllowed(url, insecure: false);
                }
                catch (ArgumentException ex)
                {
                    error.WriteLine(ex.Message);
                    return ExitCodes.Usage;
                }
            }

            var baseline = new BenchSettings { Camera = configured, Clip = isFile ? Path.GetFullPath(file) : file, Seconds = parse.GetValue(seconds), Fps = rate, Realtime = parse.GetValue(realtime), Kinds = AnalysisKindNames.Parse(words), IntraOpThreads = options.Models.IntraOpThreads is > 0 and var t ? t : 2 };
            if (configured is not null)
            {
                baseline = baseline with
                {
                    MotionGating = configured.Motion.Enabled, Tiles = configured.Detect.Tiles, Interval = configured.Detect.Interval, FaceRest = configured.FaceRest,
                };
            }
            BenchSettings[] variants = parse.GetValue(compare)
                ? [
                    baseline, baseline with { Interval = 1 }, baseline with { FaceRest = false }, baseline with { Interval = 1, FaceRest = false },
                    baseline with { MotionGating = false }, baseline with { IntraOpThreads = baseline.IntraOpThreads == 1 ? 2 : 1 },
                  ]
                : [baseline];
            if (parse.GetValue(tiles)) variants = [.. variants.SelectMany(v => new[] { v, v with { Tiles = true } })];

            using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
            EmbeddedBroker? embedded = null;
            if (url is null)
            {
                var port = FreePort();
                embedded = new EmbeddedBroker(port, loggers.CreateLogger<EmbeddedBroker>());
                await embedded.StartAsync(cancellationToken);
                url = new Uri($"mqtt://127.0.0.1:{port}");
            }
            try
            {
                var loadBefore = ProcessUsage.LoadAverage();
                var results = new List<BenchResult>();
                foreach (var group in variants.GroupBy(v => v.IntraOpThreads))
                {
                    // One registry per thread count: the sessions are built with it. Shared by the runs, as by cameras.
                    using var registry = ModelsCommand.OpenRegistry(options, error, group.Key);
                    if (registry is null) return ExitCodes.Config;
                    var runner = new BenchRunner(options, registry, loggers, url);
                    foreach (var variant in group)
                    {
                        var perRun = new List<BenchResult>();
                        for (var i = 0; i < count; i++)
                        {
                            if (!parse.GetValue(json)) error.WriteLine($"{variant.Name}: run {i + 1} of {count}...");
                            perRun.Add(await runner.RunAsync(variant, cancellationToken));
                        }
                        results.Add(BenchReport.Median(perRun));
                    }
                }
                // Report in the order asked, not the order run.
                results.Sort((a, b) => Array.FindIndex(variants, v => v.Name == a.Name).CompareTo(Array.FindIndex(variants, v => v.Name == b.Name)));
                var context = new BenchReport.Context(UrlRedaction.Redact(baseline.Clip), rate, baseline.Realtime, string.Join(',', words), embedded is null ? url.ToString() : $"embedded ({url})", count, loadBefore, ProcessUsage.LoadAverage(), configured?.Id);
                if (parse.GetValue(json)) output.WriteLine(BenchReport.Json(context, results));
                else BenchReport.Table(output, context, results);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is Models.ModelException or IOException or InvalidOperationException or Outbox.OutboxException)
            {
                // A camera's url may carry its password (expanded from ${VAR}); messages quote the url.
                error.WriteLine(UrlRedaction.Redact(ex.Message));
                return ex is Models.ModelException ? ExitCodes.Verification : ExitCodes.Failure;
            }
            finally
            {
                if (embedded is not null) await embedded.DisposeAsync();
            }
        });
        return command;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
