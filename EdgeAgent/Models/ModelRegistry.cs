using EdgeAgent.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Models;

/// <summary>
/// The models named by the manifest: each one verified by the <see cref="ModelVerifier"/> before the
/// <see cref="ModelSessionFactory"/> opens it, a bad model refused with its reason while the others still load, and
/// every model's state remembered for <c>models status</c> and health. Shared by cameras.
/// </summary>
public sealed partial class ModelRegistry : IDisposable
{
    /// <summary>Environment variable that overrides the model folder (scripts/fetch-models.sh reads it too).</summary>
    public const string ModelsVariable = "EDGEAGENT_MODELS";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoadedModel> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelStatus> _status = new(StringComparer.Ordinal);
    private readonly ModelVerifier _verifier;
    private readonly ModelSessionFactory _sessions;
    private readonly ILogger _logger;
    private bool _disposed;

    /// <summary>Creates a registry over <paramref name="manifest"/> with the files in <paramref name="modelDir"/>.</summary>
    public ModelRegistry(ModelManifest manifest, string modelDir, ModelRuntimeSettings settings, ILogger<ModelRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        Manifest = manifest;
        ModelDir = Path.GetFullPath(modelDir);
        _verifier = new ModelVerifier(ModelDir);
        _sessions = new ModelSessionFactory(settings, ModelDir, manifest.Source);
        _logger = logger ?? NullLogger<ModelRegistry>.Instance;
        foreach (var bad in manifest.Invalid)
        {
            _status[bad.ModelId] = new ModelStatus(bad.ModelId, ModelState.InvalidEntry, "invalid manifest entry: " + string.Join("; ", bad.Errors));
        }
    }

    /// <summary>The manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Per-model inference latencies for health telemetry; set before models are loaded.</summary>
    public InferenceMetrics? Metrics { get; set; }

    /// <summary>The folder holding the .onnx and label files.</summary>
    public string ModelDir { get; }

    /// <summary>Opens the registry the configuration describes.</summary>
    public static ModelRegistry FromOptions(AgentOptions options, ILogger<ModelRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (dir, manifest) = ResolvePaths(options);
        // Models installed by signed updates live in A/B slots under the state folder and override the shipped files.
        var withUpdates = ModelSlots.Overlay(ModelManifest.LoadFile(manifest), options.StateDir);
        return new ModelRegistry(withUpdates, dir, new ModelRuntimeSettings(options.Models.IntraOpThreads), logger);
    }

    /// <summary>
    /// The model folder and manifest file: the folder from <c>models.dir</c> (or, without a config file, from
    /// <c>$EDGEAGENT_MODELS</c>); the manifest
    /// from <c>models.manifest</c>, or the folder's own <c>manifest.yaml</c> when that file is absent.
    /// </summary>
    public static (string Dir, string Manifest) ResolvePaths(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The variable serves configless use (development, CI, the CLI on a bare checkout); a config file is explicit.
        var dir = options.SourcePath is null && Environment.GetEnvironmentVariable(ModelsVariable) is { Length: > 0 } env
            ? Path.GetFullPath(env)
            : options.ResolvePath(options.Models.Dir);
        var manifest = options.ResolvePath(options.Models.Manifest);
        if (!File.Exists(manifest) && File.Exists(Path.Combine(dir, "manifest.yaml"))) manifest = Path.Combine(dir, "manifest.yaml");
        return (dir, manifest);
    }

    /// <summary>The state of every model in the manifest (valid or not), as far as it has been checked.</summary>
    public IReadOnlyList<ModelStatus> Statuses
    {
        get
        {
            lock (_gate)
            {
                var list = new List<ModelStatus>(Manifest.Models.Count + Manifest.Invalid.Count);
                foreach (var m in Manifest.Models) list.Add(_status.TryGetValue(m.Id, out var s) ? s : new ModelStatus(m.Id, ModelState.Unchecked, "not checked"));
                foreach (var bad in Manifest.Invalid) list.Add(_status[bad.ModelId]);
                return list;
            }
        }
    }

    /// <summary>Hashes every model file against the manifest without loading anything.</summary>
    public IReadOnlyList<ModelStatus> VerifyAll()
    {
        var list = new List<ModelStatus>();
        foreach (var m in Manifest.Models) list.Add(Verify(m));
        foreach (var bad in Manifest.Invalid) list.Add(_status[bad.ModelId]);
        return list;
    }

    /// <summary>Checks that the file exists and matches its pinned sha256 (streamed, the file is never held in memory).</summary>
    public ModelStatus Verify(ModelEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Remember(_verifier.Verify(entry));
    }

    /// <summary>Loads the named models (all when null); returns each one's status. A failure never stops the others.</summary>
    public IReadOnlyList<ModelStatus> Load(IEnumerable<string>? ids = null)
    {
        var list = new List<ModelStatus>();
        foreach (var id in ids ?? Manifest.Models.Select(m => m.Id))
        {
            TryGet(id, out _);
            lock (_gate) list.Add(_status.TryGetValue(id, out var s) ? s : new ModelStatus(id, ModelState.InvalidEntry, "not in the manifest"));
        }
        return list;
    }

    /// <summary>The loaded model <paramref name="id"/>, loading it on first use; false when it is absent or refused (see <see cref="Status"/>).</summary>
    public bool TryGet(string id, out LoadedModel model)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_loaded.TryGetValue(id, out model!)) return true;
            if (_status.TryGetValue(id, out var known) && known.State is not (ModelState.Unchecked or ModelState.Verified)) return false;
            var entry = Manifest.Find(id);
            if (entry is null)
            {
                _status[id] = new ModelStatus(id, ModelState.InvalidEntry, $"not in the manifest {Manifest.Source}");
                return false;
            }
            var verified = Verify(entry);
            if (!verified.IsGood)
            {
                LogRefused(_logger, id, verified.Reason);
                return false;
            }
            try
            {
                model = _sessions.Open(entry, verified, Metrics?.For(entry.Id));
            }
            catch (ModelException ex)
            {
                _status[id] = verified with { State = ModelState.Rejected, Reason = ex.Reason };
                LogRefused(_logger, id, ex.Reason);
                return false;
            }
            _loaded[id] = model;
            _status[id] = verified with { State = ModelState.Loaded };
            var shapeText = FloatTensor.Describe(model.InputShape);
            LogLoaded(_logger, id, verified.Size, shapeText, _sessions.Settings.IntraOpThreads);
            return true;
        }
    }

    /// <summary>The loaded model <paramref name="id"/>; throws <see cref="ModelException"/> with the reason when it cannot be used.</summary>
    public LoadedModel Get(string id)
    {
        if (TryGet(id, out var model)) return model;
        throw new ModelException(id, Status(id).Reason);
    }

    /// <summary>The current state of model <paramref name="id"/>.</summary>
    public ModelStatus Status(string id)
    {
        lock (_gate) return _status.TryGetValue(id, out var s) ? s : new ModelStatus(id, Manifest.Find(id) is null ? ModelState.InvalidEntry : ModelState.Unchecked, Manifest.Find(id) is null ? "not in the manifest" : "not checked");
    }

    private ModelStatus Remember(ModelStatus status)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(status.Id)) _status[status.Id] = status;
            else status = _status[status.Id];
        }
        return status;
    }

    /// <summary>Closes every session.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var m in _loaded.Values) m.Dispose();
            _loaded.Clear();
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "model {Model} loaded ({Size} bytes, input {Shape}, {Threads} intra-op thread(s))")]
    private static partial void LogLoaded(ILogger logger, string model, long size, string shape, int threads);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "model {Model} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string model, string reason);
}
