using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Outbox;
using EdgeAgent.Pipeline;
using EdgeAgent.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace EdgeAgent.Hosting;

/// <summary>Builds the agent's Generic Host: logging, systemd integration, the camera pipelines and event delivery.</summary>
public static class AgentHost
{
    /// <summary>Creates the host for <paramref name="options"/>; run it with <c>RunAsync</c>.</summary>
    public static IHost Build(AgentOptions options, AgentHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "edgeagent" });
        ConfigureLogging(builder.Logging, options.LogLevel);
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(o =>
        {
            // In-flight events must reach the outbox on SIGTERM; systemd's default stop timeout is 90 s.
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => FrameChannelsForEvents());
        // Store first, publish second: the outbox is the first sink, so an event is on disk before anything else sees it.
        builder.Services.AddSingleton(sp => DurableOutbox.Open(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("EdgeAgent.Outbox")));
        builder.Services.AddSingleton<IEventSink>(sp => sp.GetRequiredService<DurableOutbox>());
        builder.Services.AddHostedService<OutboxMaintenance>();
        if (options.Broker.Url is null)
        {
            builder.Services.AddSingleton(sp => new EmbeddedBroker(options.Broker.EmbeddedPort, sp.GetRequiredService<ILogger<EmbeddedBroker>>()));
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
        }
        // --print-events prints each event when the broker has acknowledged it: what the centre gets, when it gets it.
        builder.Services.AddSingleton(MqttPublisherSettings.From(options) with
        {
            Observer = settings.PrintEvents ? new PublishedEventPrinter(settings.EventOutput ?? Console.Out) : null,
        });
        builder.Services.AddSingleton<IStateDetails>(new Control.ModelUpdates.ModelUpdateReport(options.StateDir));
        builder.Services.AddSingleton<MqttPublisher>();
        builder.Services.AddSingleton<IStatePublisher>(sp => sp.GetRequiredService<MqttPublisher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MqttPublisher>());
        builder.Services.AddSingleton<Diagnostics.ITransportHealth, Diagnostics.MqttTransportHealth>();
        builder.Services.AddSingleton<Diagnostics.IHealthPublisher, Diagnostics.MqttHealthPublisher>();
        // Commands ride the same broker (configured or embedded) on a connection of their own.
        builder.Services.AddSingleton(_ => Audit.AuditLog.Open(Audit.AuditLog.PathIn(options.StateDir)));
        // Every audit record, the agent's and the CLI's, goes to the centre on .../audit through the outbox.
        builder.Services.AddHostedService<Audit.AuditForwarder>();
        builder.Services.AddSingleton<HostLifecycle>();
        builder.Services.AddSingleton<Control.Commands.IAgentLifecycle>(sp => sp.GetRequiredService<HostLifecycle>());
        builder.Services.AddSingleton<Diagnostics.PipelineRateWindow>();
        // Running cameras' snapshot taps: filled by the camera service, read by camera.snapshot.
        builder.Services.AddSingleton<Pipeline.SnapshotTaps>();
        builder.Services.AddSingleton<Control.Commands.CommandProcessor>();
        builder.Services.AddHostedService<Control.Commands.CommandService>();
        // After a model switch, the new model is judged on the pipeline's health and rolled back if it regresses.
        builder.Services.AddHostedService<Control.ModelUpdates.ProbationMonitor>();
        // One registry per device: sessions and their tensors are shared by every camera.
        builder.Services.AddSingleton(sp =>
        {
            var registry = ModelRegistry.FromOptions(options, sp.GetRequiredService<ILogger<ModelRegistry>>());
            registry.Metrics = sp.GetRequiredService<InferenceMetrics>();
            return registry;
        });
        builder.Services.AddSingleton<CameraPipelineFactory>();
        builder.Services.AddSingleton<ICameraPipelineFactory>(sp => sp.GetRequiredService<CameraPipelineFactory>());
        builder.Services.AddHostedService<WatchlistReloader>();
        builder.Services.AddSingleton(settings.Dispatcher);
        builder.Services.AddHostedService<EventDispatcher>();
        builder.Services.AddHostedService<CameraService>();
        builder.Services.AddDeviceHealth(options, gpioDriver: settings.GpioDriver);
        return builder.Build();
    }

    /// <summary>Console logging to stderr (stdout carries events and command output); JSON lines when not on a terminal.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, string level)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.SetMinimumLevel(level switch
        {
            "trace" => LogLevel.Trace,
            "debug" => LogLevel.Debug,
            "warning" => LogLevel.Warning,
            "error" => LogLevel.Error,
            _ => LogLevel.Information,
        });
        logging.AddFilter("Microsoft", LogLevel.Warning);
        if (Console.IsErrorRedirected)
        {
            logging.AddJsonConsole(o =>
            {
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    private static EventBus FrameChannelsForEvents() => new(Pipeline.FrameChannels.CreateEventChannel<AgentEvent>(4096));
}
