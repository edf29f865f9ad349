using EdgeAgent.Audit;

using EdgeAgent.Configuration;
using EdgeAgent.Control.Commands;
using EdgeAgent.Diagnostics;
using EdgeAgent.Models;
using EdgeAgent.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Control.ModelUpdates;

/// <summary>
/// Judges each model that starts this run on probation: rolls it back (and restarts the agent) when it fails to load,
/// when the agent keeps restarting with it, or when the pipeline's health regresses against the baseline recorded before
/// the switch (frames analysed per second down by more than <see cref="UpdatesOptions.MinFpsRatio"/>, or the fault
/// rate up by more than <see cref="UpdatesOptions.MaxFaultRateIncrease"/>); keeps it when the window passes cleanly.
/// Between probations it keeps sampling, so a new update always has a fresh baseline.
/// </summary>
public sealed partial class ProbationMonitor : BackgroundService
{
    private readonly AgentOptions _options;
    private readonly UpdatesOptions _updates;
    private readonly ModelRegistry _registry;
    private readonly PipelineRateWindow _rates;
    private readonly AuditLog _audit;
    private readonly IAgentLifecycle _lifecycle;
    private readonly IStatePublisher? _state;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<ModelUpdateRecord> _pending = [];
    private DateTimeOffset _started;

    /// <summary>Creates the monitor; <paramref name="state"/> republishes <c>state</c> when a probation ends.</summary>
    public ProbationMonitor(AgentOptions options, ModelRegistry registry, PipelineRateWindow rates, AuditLog audit, IAgentLifecycle lifecycle,
        TimeProvider time, ILogger<ProbationMonitor> logger, IStatePublisher? state = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _updates = options.Updates;
        _registry = registry;
        _rates = rates;
        _audit = audit;
        _lifecycle = lifecycle;
        _state = state;
        _time = time;
        _logger = logger;
    }

    /// <summary>How often the counters are sampled and the models on probation judged.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Models on probation in this run that are not judged yet.</summary>
    public IReadOnlyList<string> OnProbation
    {
        get
        {
            lock (_pending) return _pending.ConvertAll(r => r.ModelId);
        }
    }

    /// <summary>
    /// Finds the models that start this run on probation and counts the start; a model the agent has started with more
    /// than <see cref="UpdatesOptions.MaxProbationStarts"/> times without finishing its probation is rolled back now.
    /// </summary>
    public void Begin()
    {
        _started = _time.GetUtcNow();
        _rates.Sample();
        foreach (var record in ModelUpdateRecord.ReadAll(_options.StateDir))
        {
            if (record.Status != UpdateStatus.Probation) continue;
            // Only a model that runs this version is on trial (an update applied with restart=false waits for the restart).
            if (_registry.Manifest.Find(record.ModelId)?.Version != record.Version) continue;
            var counted = record with { Starts = record.Starts + 1 };
            counted.Write(_options.StateDir);
            if (counted.Starts > _updates.MaxProbationStarts)
            {
                RollBack(counted, $"the agent started {counted.Starts} times during the probation of {record.Version} (crashing or restarted with it)");
                continue;
            }
            LogProbationStarted(_logger, record.ModelId, record.Version, _updates.Probation.TotalMinutes, record.BaselineFps, counted.Starts);
            lock (_pending) _pending.Add(counted);
        }
    }

    /// <summary>Samples the counters and judges every model on probation; returns how many were decided.</summary>
    public int Evaluate()
    {
        _rates.Sample();
        var now = _time.GetUtcNow();
        var measuredFrom = _started + _updates.ProbationWarmup;
        ModelUpdateRecord[] pending;
        lock (_pending) pending = [.. _pending];
        var decided = 0;
        foreach (var record in pending)
        {
            var verdict = Judge(record, now, measuredFrom);
            if (verdict is null) continue;
            decided++;
            lock (_pending) _pending.Remove(record);
            if (verdict.Value.Keep) Keep(record, verdict.Value.Reason);
            else RollBack(record, verdict.Value.Reason);
        }
        return decided;
    }

    private (bool Keep, string Reason)? Judge(ModelUpdateRecord record, DateTimeOffset now, DateTimeOffset measuredFrom)
    {
        var status = _registry.Status(record.ModelId);
        if (status.State is not (ModelState.Loaded or ModelState.Verified or ModelState.Unchecked))
        {
            return (false, $"{record.ModelId} {record.Version} did not load: {status.Reason}");
        }
        if (now < measuredFrom) return null;
        var rates = _rates.Since(measuredFrom);
        // Judge regressions only on enough evidence: a fifth of the window, at least three samples' worth.
        var evidence = TimeSpan.FromTicks(Math.Max(_updates.Probation.Ticks / 5, Interval.Ticks * 3));
        if (rates is { } r && r.Seconds >= evidence.TotalSeconds)
        {
            if (record.BaselineFps > 0 && r.FramesPerSecond < record.BaselineFps * _updates.MinFpsRatio)
            {
                return (false, $"frames analysed fell from {record.BaselineFps:0.##}/s to {r.FramesPerSecond:0.##}/s (below {_updates.MinFpsRatio * 100:0}% of before)");
            }
            if (r.FaultRate > record.BaselineFaultRate + _updates.MaxFaultRateIncrease)
            {
                return (false, $"failed frames rose from {record.BaselineFaultRate * 100:0.0}% to {r.FaultRate * 100:0.0}%");
            }
        }
        if (now < measuredFrom + _updates.Probation) return null;
        var measured = rates is { } m ? $"{m.FramesPerSecond:0.##} frames/s, {m.FaultRate * 100:0.0}% failed over {m.Seconds:0} s" : "no frames measured";
        return (true, measured);
    }

    private void Keep(ModelUpdateRecord record, string measured)
    {
        (record with { Status = UpdateStatus.Kept, Reason = "", At = _time.GetUtcNow() }).Write(_options.StateDir);
        _audit.Append("model.kept", "probation", [new("model", record.ModelId), new("version", record.Version), new("measured", measured)]);
        LogKept(_logger, record.ModelId, record.Version, measured);
        _ = RefreshStateAsync();
    }

    private void RollBack(ModelUpdateRecord record, string reason)
    {
        var (dir, manifest) = ModelRegistry.ResolvePaths(_options);
        var outcome = new ModelUpdater(ModelManifest.LoadFile(manifest), dir, _options.StateDir, time: _time).Rollback(record.ModelId, "probation: " + reason);
        _audit.Append("model.rollback", "probation",
            [new("model", record.ModelId), new("version", record.Version), new("ok", outcome.Ok ? "true" : "false"), new("reason", reason)]);
        LogRolledBack(_logger, record.ModelId, record.Version, reason, outcome.Message);
        if (outcome.Ok) _lifecycle.RequestRestart($"model {record.ModelId} {record.Version} rolled back: {reason}");
    }

    private async Task RefreshStateAsync()
    {
        if (_state is null) return;
        try
        {
            await _state.TryPublishStateAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next connect publishes the state anyway; this is only to tell the centre sooner.
            LogStateFailed(_logger, ex.Message);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Begin();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, _time, stoppingToken).ConfigureAwait(false);
                Evaluate();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop; a probation cut short by a stop continues at the next start.
        }
    }

    [LoggerMessage(EventId = 3600, Level = LogLevel.Warning, Message = "model {Model} {Version} on probation for {Minutes:0.#} min (baseline {Fps:0.##} frames/s; start {Starts})")]
    private static partial void LogProbationStarted(ILogger logger, string model, string version, double minutes, double fps, int starts);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Information, Message = "model {Model} {Version} passed its probation ({Measured}): kept")]
    private static partial void LogKept(ILogger logger, string model, string version, string measured);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Error, Message = "model {Model} {Version} failed its probation: {Reason}; {Outcome}")]
    private static partial void LogRolledBack(ILogger logger, string model, string version, string reason, string outcome);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "probation: cannot republish state now: {Reason}")]
    private static partial void LogStateFailed(ILogger logger, string reason);
}
