using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Hosting;
using EdgeAgent.Models;
using EdgeAgent.Outbox;
using EdgeAgent.Pipeline;
using EdgeAgent.Transport;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Bench;

/// <summary>
/// The agent as one bench variant runs it: a camera for the clip with the variant's settings, the real durable outbox
/// in a fresh state folder, the real MQTT publisher (started) to the bench broker, and the camera pipeline the agent
/// itself would build. Only set-up and tear-down: what is measured, and how, is the <see cref="BenchRunner"/>'s.
/// </summary>
public sealed class BenchRig : IDisposable
{
    private readonly CameraPipelineFactory _factory;

    private BenchRig(AgentOptions agent, DurableOutbox outbox, MqttPublisher publisher, CameraPipelineFactory factory, CameraPipeline pipeline, ObjectDetector? detector, IReadOnlyList<ModelRunner> runners)
    {
        Agent = agent;
        Outbox = outbox;
        Publisher = publisher;
        _factory = factory;
        Pipeline = pipeline;
        Detector = detector;
        Runners = runners;
    }

    /// <summary>The agent's options as the bench changed them (state folder, device id, broker, threads).</summary>
    public AgentOptions Agent { get; }

    /// <summary>The outbox every event goes through.</summary>
    public DurableOutbox Outbox { get; }

    /// <summary>The publisher draining <see cref="Outbox"/> to the broker.</summary>
    public MqttPublisher Publisher { get; }

    /// <summary>The clip's camera pipeline.</summary>
    public CameraPipeline Pipeline { get; }

    /// <summary>The object detector, when the variant analyses objects (its pre-, model and post-processing are timed apart).</summary>
    public ObjectDetector? Detector { get; }

    /// <summary>The shared runners of the models loaded for the variant, so each model's run time can be reported.</summary>
    public IReadOnlyList<ModelRunner> Runners { get; }

    /// <summary>
    /// Builds and starts the rig for <paramref name="settings"/> in <paramref name="stateDir"/>; acknowledgements from the
    /// broker go to <paramref name="observer"/>.
    /// </summary>
    public static async Task<BenchRig> StartAsync(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, Uri broker, BenchSettings settings, string stateDir, IPublishObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(settings);
        var agent = options with
        {
            // Its own device id, hence client id and topics: a bench must not take over the session of an agent running
            // against the same broker, nor publish into that device's topics.
            Device = options.Device with { StateDir = stateDir, Id = $"{options.Device.Id}-bench{Environment.ProcessId}" },
            Broker = options.Broker with { Url = broker },
            Models = options.Models with { IntraOpThreads = settings.IntraOpThreads },
        };
        // A configured camera keeps its own detect size: it is what the agent would run, whatever the source sends.
        var size = settings.Camera is { } configured ? (configured.Detect.Width, configured.Detect.Height) : ((int, int)?)null;
        var camera = await SourceAnalyzer.CameraForAsync(settings.Clip, settings.Camera, settings.Fps, size, cancellationToken);
        camera = camera with { Id = settings.Camera?.Id ?? "bench", Realtime = settings.Realtime, Analytics = settings.Kinds, Motion = camera.Motion with { Enabled = settings.MotionGating },
            Detect = camera.Detect with { Tiles = settings.Tiles, Interval = settings.Interval }, FaceRest = settings.FaceRest,
            // A short learning time, so the tamper figure is the per-frame comparison a camera pays for hours, not learning.
            Tamper = camera.Tamper with { Learn = TimeSpan.FromSeconds(5) } };

        var outbox = DurableOutbox.Open(agent, TimeProvider.System, loggers.CreateLogger<DurableOutbox>());
        MqttPublisher? publisher = null;
        CameraPipelineFactory? factory = null;
        try
        {
            var publisherSettings = MqttPublisherSettings.From(agent) with { Observer = observer };
            publisher = new MqttPublisher(publisherSettings, outbox, TimeProvider.System, loggers.CreateLogger<MqttPublisher>());
            await publisher.StartAsync(cancellationToken);
            factory = new CameraPipelineFactory(TimeProvider.System, loggers, agent, models);
            var pipeline = factory.Create(camera);
            var detector = settings.Kinds.HasFlag(AnalysisKinds.Objects) ? factory.Detector() : null;
            return new BenchRig(agent, outbox, publisher, factory, pipeline, detector, LoadedRunners(models));
        }
        catch
        {
            factory?.Dispose();
            publisher?.Dispose();
            outbox.Dispose();
            throw;
        }
    }

    /// <summary>Closes the pipeline factory (the camera's stages), then the publisher, then the outbox.</summary>
    public void Dispose()
    {
        _factory.Dispose();
        Publisher.Dispose();
        Outbox.Dispose();
    }

    private static List<ModelRunner> LoadedRunners(ModelRegistry models)
    {
        var list = new List<ModelRunner>();
        foreach (var status in models.Statuses)
        {
            if (status.State != ModelState.Loaded || !models.TryGet(status.Id, out var model)) continue;
            try
            {
                list.Add(model.Runner);
            }
            catch (ModelException)
            {
                // A model with a dynamic input makes its own runners; its time shows in its stage.
            }
        }
        return list;
    }
}
