using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Outbox;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent simulate</c>: load for a broker and the centre. Fleet mode publishes schema-valid synthetic events from N
/// device identities; outbox mode (<c>--outbox DIR</c>) drives one device through the real durable outbox and publisher.
/// </summary>
public static class SimulateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = $"Simulated devices, each with its own connection and identity (at most {OptionRules.MaxSimulatedDevices})", DefaultValueFactory = _ => 10 }.InRange(1, OptionRules.MaxSimulatedDevices);
        var rate = new Option<double>("--rate") { Description = "Events per second per device (0: as fast as acknowledgements allow)", DefaultValueFactory = _ => 5 }.NonNegative();
        var seconds = new Option<double>("--seconds") { Description = "How long to publish (outbox mode: to produce; 0 with --count 0 only drains)", DefaultValueFactory = _ => 10 }.InRange(0, OptionRules.MaxSeconds);
        var broker = new Option<string?>("--broker") { Description = "Broker URL (default: the configured broker, else the embedded one on 127.0.0.1)" };
        var site = new Option<string?>("--site") { Description = "Site of the simulated devices", DefaultValueFactory = _ => "sim" }.TopicLevel();
        var outbox = new Option<string?>("--outbox") { Description = "Outbox mode: one device through the durable outbox in this folder (kept between runs)" };
        var count = new Option<long>("--count") { Description = "Outbox mode: accept this many events, then stop producing (0: use --seconds)" }.NonNegative();
        var noPublish = new Option<bool>("--no-publish") { Description = "Outbox mode: only fill the outbox (to build a backlog)" };
        var printAccepted = new Option<bool>("--print-accepted") { Description = "Outbox mode: print 'seq id camera' once each event is on disk" };
        var command = new Command("simulate", "Publish synthetic, schema-valid events to a broker and report the rate achieved")
        {
            devices, rate, seconds, broker, site, outbox, count, noPublish, printAccepted,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var endpoint = await BrokerCliOptions.ResolveAsync(parse, broker);
            if (endpoint.Options is not { } config || endpoint.Url is not { } url) return endpoint.ExitCode;
            try
            {
                BrokerEndpoint.EnsureAllowed(url, config.Broker.Insecure);
            }
            catch (ArgumentException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return ExitCodes.Usage;
            }
            // Outbox mode takes --seconds 0 (with --count 0) to only drain a backlog built earlier.
            if (parse.GetValue(outbox) is null && parse.GetValue(seconds) == 0)
            {
                await error.WriteLineAsync("--seconds 0: must be above 0 (0 only with --outbox, to drain a backlog)");
                return ExitCodes.Usage;
            }
            try
            {
                if (parse.GetValue(outbox) is { } dir)
                {
                    return await RunOutboxAsync(url, config, dir, parse.GetValue(site)!, parse.GetValue(rate), parse.GetValue(seconds), parse.GetValue(count),
                        !parse.GetValue(noPublish), parse.GetValue(printAccepted), output, ct);
                }
                return await RunFleetAsync(url, config, parse.GetValue(site)!, parse.GetValue(devices), parse.GetValue(rate), parse.GetValue(seconds), output, ct);
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or OutboxException)
            {
                await error.WriteLineAsync($"simulate: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static async Task<int> RunFleetAsync(Uri url, AgentOptions config, string site, int devices, double rate, double seconds, TextWriter output, CancellationToken ct)
    {
        var factory = new MqttClientFactory();
        var clients = new IMqttClient[devices];
        var broker = config.Broker with { SessionExpiry = TimeSpan.Zero };
        var connectWatch = Stopwatch.StartNew();
        try
        {
            for (var d = 0; d < devices; d++)
            {
                clients[d] = factory.CreateMqttClient();
                var options = MqttClientOptionsFactory.Create(url, broker, $"edgeagent-{site}-sim-{d:D4}", will: null, BrokerCliOptions.BaseDir(config));
                await clients[d].ConnectAsync(options, ct);
            }
            await output.WriteLineAsync($"{devices} device(s) connected to {url} in {connectWatch.Elapsed.TotalSeconds:F1} s");
            var stats = new FleetStats();
            var watch = Stopwatch.StartNew();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            var runs = new Task[devices];
            for (var d = 0; d < devices; d++)
            {
                var topics = new TopicNames(config.Broker.TopicPrefix, site, $"sim-{d:D4}");
                runs[d] = RunDeviceAsync(clients[d], topics, rate, d, stats, stop.Token);
            }
            await Task.WhenAll(runs);
            var elapsed = watch.Elapsed.TotalSeconds;
            var lat = stats.Latencies();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"devices {devices}, target {(rate > 0 ? $"{rate * devices:F0} ev/s" : "unthrottled")}, acknowledged {stats.Acked} in {elapsed:F1} s = {stats.Acked / elapsed:F0} ev/s, failed {stats.Failed}, mean {(stats.Acked == 0 ? 0 : stats.Bytes / stats.Acked)} B/event, ack latency p50 {lat.P50:F1} ms p99 {lat.P99:F1} ms"));
            return stats.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }
        finally
        {
            foreach (var c in clients)
            {
                if (c is null) continue;
                if (c.IsConnected) await c.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
                c.Dispose();
            }
        }
    }

    private static async Task RunDeviceAsync(IMqttClient client, TopicNames topics, double rate, int seed, FleetStats stats, CancellationToken ct)
    {
        var random = new Random(seed);
        var period = rate > 0 ? TimeSpan.FromSeconds(1 / rate) : TimeSpan.Zero;
        // Spread the fleet's first events over one period, as real devices are not in step.
        var next = Stopwatch.GetTimestamp() + (long)(period.TotalSeconds * random.NextDouble() * Stopwatch.Frequency);
        long seq = 0;
        var buffer = new ArrayBufferWriter<byte>(512);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                next += (long)(period.TotalSeconds * Stopwatch.Frequency);
                var e = SyntheticObjectEvent.Create(random, $"cam{random.Next(1, 5)}", DateTimeOffset.UtcNow);
                buffer.ResetWrittenCount();
                EventJson.WritePayload(buffer, e, topics.Device, ++seq, DateTimeOffset.UtcNow);
                var message = new MqttApplicationMessageBuilder()
                    .WithTopic(topics.Event(e.Camera, e.Kind))
                    .WithPayload(buffer.WrittenMemory.ToArray())
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .WithContentType("application/json")
                    .Build();
                var start = Stopwatch.GetTimestamp();
                var result = await client.PublishAsync(message, ct);
                if (result.IsSuccess || result.ReasonCode == MqttClientPublishReasonCode.NoMatchingSubscribers) stats.Ack(buffer.WrittenCount, Stopwatch.GetElapsedTime(start));
                else stats.Fail();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Time is up.
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException) when (!ct.IsCancellationRequested)
        {
            stats.Fail();
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // The publish in flight when time ran out: neither acknowledged nor failed.
        }
    }

    private static async Task<int> RunOutboxAsync(Uri url, AgentOptions config, string dir, string site, double rate, double seconds, long count,
        bool publish, bool printAccepted, TextWriter output, CancellationToken ct)
    {
        using var loggers = LoggerFactory.Create(b => AgentHost.ConfigureLogging(b, "warning"));
        var topics = new TopicNames(config.Broker.TopicPrefix, site, "sim-outbox");
        var limits = config.Outbox with { MaxEvents = (int)Math.Clamp(count * 2, config.Outbox.MaxEvents, 50_000_000) };
        using var outbox = DurableOutbox.Open(Path.Combine(dir, "outbox.db"), OutboxKey.LoadOrCreate(dir, null), limits, topics, TimeProvider.System, loggers.CreateLogger("EdgeAgent.Outbox"));
        var settings = new MqttPublisherSettings { Url = url, Broker = config.Broker, Topics = topics, StateDir = dir, BaseDir = BrokerCliOptions.BaseDir(config), MaxBackoff = TimeSpan.FromSeconds(5) };
        using var publisher = new MqttPublisher(settings, outbox, TimeProvider.System, loggers.CreateLogger<MqttPublisher>());
        var startDepth = outbox.Depth;
        if (publish) await publisher.StartAsync(ct);
        var random = new Random();
        string[] cameras = ["cam1", "cam2", "cam3"];
        var period = rate > 0 ? 1 / rate : 0;
        var watch = Stopwatch.StartNew();
        long accepted = 0;
        while (!ct.IsCancellationRequested && (count > 0 ? accepted < count : watch.Elapsed.TotalSeconds < seconds))
        {
            var e = SyntheticObjectEvent.Create(random, cameras[accepted % cameras.Length], DateTimeOffset.UtcNow);
            var seq = outbox.Accept(e);
            accepted++;
            if (printAccepted)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{seq} {e.Id} {e.Camera}"));
                await output.FlushAsync(ct);
            }
            if (period > 0)
            {
                var wait = accepted * period - watch.Elapsed.TotalSeconds;
                if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait), ct);
            }
        }
        var acceptSeconds = watch.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"accepted {accepted} event(s) into {outbox.FilePath} in {acceptSeconds:F1} s = {accepted / Math.Max(acceptSeconds, 1e-9):F0} ev/s (on disk before each returned); backlog at start {startDepth}"));
        if (!publish) return ExitCodes.Ok;
        while (outbox.Depth > 0 && !ct.IsCancellationRequested) await Task.Delay(20, ct);
        var total = watch.Elapsed.TotalSeconds;
        var health = publisher.Health;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"published {health.Published} in {total:F1} s = {health.Published / total:F0} ev/s end to end (accept + PUBACK + delete); reconnects {health.Reconnects}, dropped {health.Dropped}"));
        await publisher.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    /// <summary>Counters shared by the simulated devices.</summary>
    private sealed class FleetStats
    {
        private readonly Lock _gate = new();
        private readonly List<double> _latencies = new(1 << 16);
        private long _acked;
        private long _failed;
        private long _bytes;

        public long Acked => Interlocked.Read(ref _acked);

        public long Failed => Interlocked.Read(ref _failed);

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Ack(int bytes, TimeSpan latency)
        {
            Interlocked.Increment(ref _acked);
            Interlocked.Add(ref _bytes, bytes);
            lock (_gate) _latencies.Add(latency.TotalMilliseconds);
        }

        public void Fail() => Interlocked.Increment(ref _failed);

        public (double P50, double P99) Latencies()
        {
            lock (_gate)
            {
                if (_latencies.Count == 0) return (0, 0);
                _latencies.Sort();
                return (_latencies[_latencies.Count / 2], _latencies[Math.Min(_latencies.Count - 1, (int)(_latencies.Count * 0.99))]);
            }
        }
    }
}
