using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;
using EdgeAgent.Events;
using EdgeAgent.Transport;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeAgent.Cli;

/// <summary>What <c>edgeagent bundle push</c> was asked to do.</summary>
internal sealed record PushRequest
{
    public required string File { get; init; }

    public required Uri Url { get; init; }

    public required BrokerOptions Broker { get; init; }

    public string? BaseDir { get; init; }

    public required TopicNames Topics { get; init; }

    public required string Command { get; init; }

    public string? TransferId { get; init; }

    public int ChunkBytes { get; init; } = 256 * 1024;

    public int Window { get; init; } = 8;

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ApplyTimeout { get; init; } = TimeSpan.FromMinutes(10);

    public int Retries { get; init; } = 5;

    public long? SeqStart { get; init; }

    public bool NoRestart { get; init; }
}

/// <summary>A push given up: the reply code (or <c>timeout</c>/<c>broker</c>) and what to tell the maintainer.</summary>
internal sealed class PushFailedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Sends a bundle to one device in chunks over MQTT 5 (request with response topic and correlation data per chunk, a
/// small window in flight), resumes after a timeout or a lost connection by asking <c>bundle.status</c> and sending only
/// what is missing, then sends the install command naming the transfer and returns the device's reply.
/// </summary>
internal sealed class BundlePusher : IDisposable
{
    private readonly PushRequest _request;
    private readonly TextWriter _log;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new(StringComparer.Ordinal);
    private readonly string _clientId = $"edgeagent-push-{Guid.NewGuid():N}"[..30];
    private IMqttClient? _client;
    private long _nextSeq;
    private DateTimeOffset _lastTs = DateTimeOffset.MinValue;
    private bool _connectedOnce;

    public BundlePusher(PushRequest request, TextWriter log)
    {
        _request = request;
        _log = log;
        _nextSeq = request.SeqStart ?? 0;
    }

    /// <summary>Chunks sent in this run (resends included).</summary>
    public int ChunksSent { get; private set; }

    /// <summary>Chunks the device answered in this run.</summary>
    public int ChunksAnswered { get; private set; }

    /// <summary>Pushes the file and installs it; returns the device's reply to the install command.</summary>
    public async Task<JsonElement> RunAsync(CancellationToken ct)
    {
        var r = _request;
        await using var file = new FileStream(r.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var size = file.Length;
        if (size is 0 or > SignedBundle.MaxBytes) throw new PushFailedException("usage", $"{r.File}: {size} bytes; a bundle is 1 to {SignedBundle.MaxBytes} bytes");
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        var count = (int)((size + r.ChunkBytes - 1) / r.ChunkBytes);
        if (count > ChunkedTransfers.MaxChunks) throw new PushFailedException("usage", $"--chunk-size {r.ChunkBytes / 1024} KiB makes {count} chunks; the device takes at most {ChunkedTransfers.MaxChunks}");
        var id = r.TransferId ?? "push-" + sha[..16];
        var header = new TransferHeader(count, size, sha);
        await _log.WriteLineAsync(Invariant($"{r.File}: {size} bytes, sha256 {sha}; transfer {id} to {r.Topics.DeviceRoot}: {count} chunk(s) of up to {r.ChunkBytes / 1024} KiB"));
        var started = DateTime.UtcNow;
        var failures = 0;
        while (true)
        {
            var answeredBefore = ChunksAnswered;
            try
            {
                await EnsureConnectedAsync(ct);
                var todo = await WhatIsMissingAsync(id, header, ct);
                if (todo.Count == 0) break;
                await SendChunksAsync(file, id, header, todo, ct);
                // Every chunk answered: the last reply said complete, or the next status round says what is still missing.
                if (await IsCompleteAsync(id, ct)) break;
            }
            catch (Exception ex) when (IsTransient(ex) && !ct.IsCancellationRequested && _connectedOnce)
            {
                failures = ChunksAnswered > answeredBefore ? 1 : failures + 1;
                if (failures > r.Retries)
                {
                    throw new PushFailedException("timeout", $"giving up after {r.Retries} retries without progress ({ex.Message}); run the same command again to resume: the device keeps the chunks it holds for {ChunkedTransfers.DefaultExpiry.TotalHours:0} h");
                }
                await _log.WriteLineAsync($"{Describe(ex)}; reconnecting, then asking the device which chunks it holds (retry {failures}/{r.Retries})");
                await DropConnectionAsync();
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures)), ct);
            }
        }
        await _log.WriteLineAsync(Invariant($"transfer {id} complete on the device ({ChunksSent} chunk(s) sent in {(DateTime.UtcNow - started).TotalSeconds:F1} s); sending {r.Command}"));
        var install = new JsonObject { ["transfer"] = id };
        if (r.NoRestart) install["restart"] = false;
        try
        {
            await EnsureConnectedAsync(ct);
            return await (await StartRequestAsync(r.Command, install, r.ApplyTimeout, ct));
        }
        catch (Exception ex) when (IsTransient(ex) && !ct.IsCancellationRequested)
        {
            // The install cannot be resent blindly: the transfer is used up once the device has it.
            throw new PushFailedException("timeout", $"{r.Command}: {Describe(ex)}; the device may still be installing it: check its audit log or send bundle.status for transfer {id} (unknown once used)");
        }
    }

    /// <summary>The chunks the device lacks: all when it has no such transfer (or one for another file, which is cancelled).</summary>
    private async Task<List<int>> WhatIsMissingAsync(string id, TransferHeader header, CancellationToken ct)
    {
        var all = Enumerable.Range(0, header.Count).ToList();
        var first = await (await StartRequestAsync("bundle.status", new JsonObject { ["transfer"] = id }, _request.ReplyTimeout, ct));
        if (!Ok(first))
        {
            if (Code(first) != "unknown_transfer") throw Refused("bundle.status", first);
            return all;
        }
        var result = first.GetProperty("result");
        if (result.GetProperty("count").GetInt32() != header.Count || result.GetProperty("size").GetInt64() != header.Size || result.GetProperty("sha256").GetString() != header.Sha256)
        {
            await _log.WriteLineAsync(Invariant($"the device holds a transfer {id} of another file or chunk size ({result.GetProperty("count").GetInt32()} chunks, {result.GetProperty("size").GetInt64()} bytes); cancelling it"));
            var cancel = await (await StartRequestAsync("bundle.cancel", new JsonObject { ["transfer"] = id }, _request.ReplyTimeout, ct));
            if (!Ok(cancel) && Code(cancel) != "unknown_transfer") throw Refused("bundle.cancel", cancel);
            return all;
        }
        if (result.GetProperty("complete").GetBoolean()) return [];
        var missingCount = result.GetProperty("missing_count").GetInt32();
        var missing = new List<int>(missingCount);
        var page = result;
        while (true)
        {
            var added = 0;
            foreach (var m in page.GetProperty("missing").EnumerateArray())
            {
                missing.Add(m.GetInt32());
                added++;
            }
            if (added == 0 || missing.Count >= missingCount) break;
            var next = await (await StartRequestAsync("bundle.status", new JsonObject { ["transfer"] = id, ["from"] = missing[^1] + 1 }, _request.ReplyTimeout, ct));
            if (!Ok(next)) throw Refused("bundle.status", next);
            page = next.GetProperty("result");
        }
        await _log.WriteLineAsync(Invariant($"resuming transfer {id}: the device holds {header.Count - missingCount}/{header.Count} chunks; sending the {missing.Count} missing"));
        return missing;
    }

    /// <summary>Sends <paramref name="todo"/> with up to Window replies outstanding; throws on the first refusal.</summary>
    private async Task SendChunksAsync(FileStream file, string id, TransferHeader header, List<int> todo, CancellationToken ct)
    {
        var inflight = new Queue<(int Index, Task<JsonElement> Reply)>();
        var buffer = new byte[_request.ChunkBytes];
        foreach (var index in todo)
        {
            while (inflight.Count >= _request.Window) await CheckChunkReplyAsync(inflight.Dequeue());
            var offset = (long)index * _request.ChunkBytes;
            var length = (int)Math.Min(_request.ChunkBytes, header.Size - offset);
            await RandomAccess.ReadAsync(file.SafeFileHandle, buffer.AsMemory(0, length), offset, ct);
            var body = new JsonObject
            {
                ["transfer"] = id,
                ["index"] = index,
                ["count"] = header.Count,
                ["size"] = header.Size,
                ["sha256"] = header.Sha256,
                ["data"] = Convert.ToBase64String(buffer, 0, length),
            };
            inflight.Enqueue((index, await StartRequestAsync("bundle.chunk", body, _request.ReplyTimeout, ct)));
            ChunksSent++;
        }
        while (inflight.Count > 0) await CheckChunkReplyAsync(inflight.Dequeue());

        async Task CheckChunkReplyAsync((int Index, Task<JsonElement> Reply) sent)
        {
            var reply = await sent.Reply;
            if (!Ok(reply)) throw Refused(Invariant($"bundle.chunk {sent.Index}"), reply);
            ChunksAnswered++;
        }
    }

    private async Task<bool> IsCompleteAsync(string id, CancellationToken ct)
    {
        var status = await (await StartRequestAsync("bundle.status", new JsonObject { ["transfer"] = id }, _request.ReplyTimeout, ct));
        if (!Ok(status)) throw Refused("bundle.status", status);
        return status.GetProperty("result").GetProperty("complete").GetBoolean();
    }

    /// <summary>
    /// Publishes one request (stamped with the next seq or ts, awaiting its PUBACK) and returns the task of its reply,
    /// which fails with <see cref="TimeoutException"/> after <paramref name="timeout"/>. Requests go out strictly in stamp
    /// order on one connection, so the device sees each newer than the last.
    /// </summary>
    private async Task<Task<JsonElement>> StartRequestAsync(string name, JsonObject body, TimeSpan timeout, CancellationToken ct)
    {
        var client = _client ?? throw new InvalidOperationException("not connected");
        Stamp(body);
        var correlation = Guid.NewGuid().ToByteArray();
        var key = Convert.ToHexString(correlation);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[key] = reply;
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_request.Topics.Command(name))
            .WithPayload(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()))
            .WithContentType("application/json")
            .WithResponseTopic(_request.Topics.CommandReply(name))
            .WithCorrelationData(correlation)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        // The timeout runs from the send, PUBACK included: a stalled broker holds the PUBACK as it holds the reply.
        var deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        using (var publish = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            publish.CancelAfter(timeout);
            try
            {
                await client.PublishAsync(message, publish.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                _pending.TryRemove(key, out _);
                throw new TimeoutException($"no PUBACK for {name} within {timeout.TotalSeconds:0} s");
            }
            catch
            {
                _pending.TryRemove(key, out _);
                throw;
            }
        }
        return WaitAsync(key, reply.Task, deadline, timeout, name, ct);
    }

    private async Task<JsonElement> WaitAsync(string key, Task<JsonElement> reply, long deadline, TimeSpan timeout, string name, CancellationToken ct)
    {
        try
        {
            var left = TimeSpan.FromSeconds(Math.Max(0, (deadline - System.Diagnostics.Stopwatch.GetTimestamp()) / (double)System.Diagnostics.Stopwatch.Frequency));
            return await reply.WaitAsync(left, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no reply to {name} within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    private void Stamp(JsonObject body)
    {
        if (_request.SeqStart is not null)
        {
            body["seq"] = _nextSeq++;
            return;
        }
        // ts, not seq: the device keeps separate marks for both, so a push does not raise the seq mark the centre counts with.
        // Unix ms, the wire's one form of time; a window of requests within one millisecond still gets growing values.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        if (now <= _lastTs) now = _lastTs.AddMilliseconds(1);
        _lastTs = now;
        body["ts"] = now.ToUnixTimeMilliseconds();
    }

    private async Task EnsureConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return;
        await DropConnectionAsync();
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            var m = e.ApplicationMessage;
            if (m.CorrelationData is { Length: > 0 } c && _pending.TryRemove(Convert.ToHexString(c), out var waiting))
            {
                try
                {
                    using var doc = JsonDocument.Parse(m.Payload);
                    waiting.TrySetResult(doc.RootElement.Clone());
                }
                catch (JsonException ex)
                {
                    waiting.TrySetException(new PushFailedException("malformed", $"the device's reply on {m.Topic} is not JSON: {ex.Message}"));
                }
            }
            return Task.CompletedTask;
        };
        _client = client;
        // A clean session: replies to a run that died are of no use to the next one, which asks for the status anyway.
        var broker = _request.Broker with { SessionExpiry = TimeSpan.Zero };
        var options = MqttClientOptionsFactory.Create(_request.Url, broker, _clientId, will: null, _request.BaseDir);
        await client.ConnectAsync(options, ct);
        // Retrying is for a link that worked and dropped; a broker never reached is a setup error to report at once.
        _connectedOnce = true;
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(_request.Topics.Command("+") + "/reply", MqttQualityOfServiceLevel.AtLeastOnce).Build(), ct);
    }

    private async Task DropConnectionAsync()
    {
        if (_client is null) return;
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var waiting)) waiting.TrySetException(new MQTTnet.Exceptions.MqttCommunicationException("the connection was dropped"));
        }
        var client = _client;
        _client = null;
        if (client.IsConnected)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cts.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
            {
                // The connection is being replaced because it failed; a failed goodbye changes nothing.
            }
        }
        client.Dispose();
    }

    private static bool IsTransient(Exception ex) => ex is TimeoutException or MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException
        or MQTTnet.Adapter.MqttConnectingFailedException;

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutException => ex.Message,
        OperationCanceledException => "the broker did not answer in time",
        _ => "broker connection: " + ex.Message,
    };

    private static bool Ok(JsonElement reply) => reply.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True;

    private static string Code(JsonElement reply) => reply.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";

    private static PushFailedException Refused(string what, JsonElement reply)
    {
        var code = Code(reply);
        var message = reply.TryGetProperty("message", out var m) ? m.GetString() : reply.ToString();
        var hint = code == "replay" ? " (the device accepted a newer ts from someone else: retry, or number the commands with --seq-start above the device's last seq)" : "";
        return new PushFailedException(code, $"{what}: refused: {code}: {message}{hint}");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var waiting)) waiting.TrySetCanceled();
        }
        _client?.Dispose();
    }
}
