using EdgeAgent.Cli;
using EdgeAgent.Configuration;
using EdgeAgent.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Tells systemd the agent is ready and pets its watchdog at half the period, but only while the pipeline makes
/// progress: frames analysed on some enabled camera within the last period (or no camera configured). A process that
/// is alive but stuck is not healthy: when no frame has been analysed for longer than the period it stops petting,
/// says why in STATUS, and stops the host with a failure exit code so systemd restarts it (and if stopping hangs,
/// systemd's own watchdog kills it).
/// </summary>
public sealed partial class SystemdWatchdog : BackgroundService
{
    private readonly WatchdogSettings _settings;
    private readonly CameraHealthRegistry _cameras;
    private readonly bool _hasCameras;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger _logger;
    private readonly NotifySocket? _socket;
    private PeriodicTimer? _timer;
    private long _lastFrames;
    private long _lastProgress;

    /// <summary>Creates the watchdog; it does nothing unless <paramref name="settings"/> names a notify socket.</summary>
    public SystemdWatchdog(WatchdogSettings settings, AgentOptions options, CameraHealthRegistry cameras, TimeProvider time,
        IHostApplicationLifetime lifetime, ILogger<SystemdWatchdog> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        _settings = settings;
        _cameras = cameras;
        _hasCameras = options.Cameras.Any(c => c.Enabled);
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
        if (settings.NotifySocket is { } path) _socket = new NotifySocket(path);
    }

    /// <summary>True once the watchdog has given up on the pipeline and asked the host to stop.</summary>
    public bool Tripped { get; private set; }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (_socket is not null)
        {
            // The timer exists before the host reports started, so no tick is lost to the background start of ExecuteAsync.
            if (_settings.Period is { } period) _timer = new PeriodicTimer(period / 2, _time);
            _lastProgress = _time.GetTimestamp();
            _lastFrames = _cameras.TotalFramesAnalysed();
            _lifetime.ApplicationStarted.Register(static s => ((SystemdWatchdog)s!).OnStarted(), this);
        }
        return base.StartAsync(cancellationToken);
    }

    private void OnStarted()
    {
        _socket!.Send("READY=1");
        if (_settings.Period is { } period) LogArmed(_logger, period.TotalSeconds);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null || _settings.Period is not { } period) return;
        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!Tick(period)) return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One check: pets and returns true while progressing; on a stall, trips and returns false.</summary>
    private bool Tick(TimeSpan period)
    {
        var now = _time.GetTimestamp();
        var frames = _cameras.TotalFramesAnalysed();
        if (!_hasCameras || frames != _lastFrames)
        {
            _lastFrames = frames;
            _lastProgress = now;
        }
        var idle = _time.GetElapsedTime(_lastProgress, now);
        if (idle <= period)
        {
            _socket!.Send("WATCHDOG=1");
            return true;
        }
        Tripped = true;
        var reason = $"no frame analysed for {idle.TotalSeconds:0} s (watchdog {period.TotalSeconds:0} s); exiting so systemd restarts the agent";
        _socket!.Send("STATUS=" + reason);
        LogStalled(_logger, reason);
        Environment.ExitCode = ExitCodes.Failure;
        _lifetime.StopApplication();
        return false;
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _socket?.Send("STOPPING=1");
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _timer?.Dispose();
        _socket?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "systemd watchdog armed: {Period:0} s, petted while frames are analysed")]
    private static partial void LogArmed(ILogger logger, double period);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Critical, Message = "watchdog: {Reason}")]
    private static partial void LogStalled(ILogger logger, string reason);
}
