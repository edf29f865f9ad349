using System.Security.Cryptography;
using EdgeAgent.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace EdgeAgent.Models;

/// <summary>How ONNX Runtime sessions are set up on this device.</summary>
/// <param name="IntraOpThreads">Threads one operator may use; 0 lets ONNX Runtime choose (all cores).</param>
/// <param name="AllowSpinning">
/// Whether idle intra-op threads spin. Off by default: on a 2–4 core device spinning burns the cores that capture,
/// motion and the other cameras need, for no gain at a few frames per second.
/// </param>
public sealed record ModelRuntimeSettings(int IntraOpThreads = 2, bool AllowSpinning = false);

/// <summary>
/// The models named by the manifest: verifies each file's sha256 before ONNX Runtime sees it, opens sessions, checks
/// them against the manifest and refuses a bad model with its reason while the others still load. Shared by cameras.
/// </summary>
public sealed partial class ModelRegistry : IDisposable
{
    /// <summary>Environment variable that overrides the model folder (scripts/fetch-models.sh reads it too).</summary>
    public const string ModelsVariable = "EDGEAGENT_MODELS";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoadedModel> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelStatus> _status = new(StringComparer.Ordinal);
    private readonly ModelRuntimeSettings _settings;
    private readonly ILogger _logger;
    private bool _disposed;

    /// <summary>Creates a registry over <paramref name="manifest"/> with the files in <paramref name="modelDir"/>.</summary>
    public ModelRegistry(ModelManifest manifest, string modelDir, ModelRuntimeSettings settings, ILogger<ModelRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        Manifest = manifest;
        ModelDir = Path.GetFullPath(modelDir);
        _settings = settings;
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
        var path = Path.Combine(ModelDir, entry.File);
        ModelStatus status;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            status = new ModelStatus(entry.Id, ModelState.Missing, $"file {path} is missing (run scripts/fetch-models.sh {entry.Id})") { FilePath = path };
        }
        else
        {
            string actual;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Remember(new ModelStatus(entry.Id, ModelState.Missing, $"cannot read {path}: {ex.Message}") { FilePath = path });
            }
            status = entry.Sha256.Length == 0
                ? new ModelStatus(entry.Id, ModelState.Unpinned, $"the manifest has no sha256 for {entry.File}; its sha256 is {actual}: check the model, then pin it")
                : actual != entry.Sha256
                    ? new ModelStatus(entry.Id, ModelState.HashMismatch, $"sha256 of {path} is {actual}, the manifest expects {entry.Sha256} (truncated, corrupt or replaced file: run scripts/fetch-models.sh {entry.Id})")
                    : new ModelStatus(entry.Id, ModelState.Verified, "");
            status = status with { FilePath = path, Size = info.Length, ActualSha256 = actual };
        }
        return Remember(status);
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
                model = Open(entry, verified);
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
            LogLoaded(_logger, id, verified.Size, shapeText, _settings.IntraOpThreads);
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

    /// <summary>Session options chosen by measurement for small ARM devices (see the class remarks in the model notes).</summary>
    public static SessionOptions CreateSessionOptions(ModelRuntimeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var o = new SessionOptions
        {
            // The optimiser also removes the NHWC<->NCHW transpose pairs the TF.js conversion leaves: ~2.5x on CenterNet.
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = settings.IntraOpThreads,
            InterOpNumThreads = 1,
            // ONNX Runtime's warnings (unused initialisers of converted graphs) are noise on stderr; errors still surface as exceptions.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        o.AddSessionConfigEntry("session.intra_op.allow_spinning", settings.AllowSpinning ? "1" : "0");
        o.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return o;
    }

    private LoadedModel Open(ModelEntry entry, ModelStatus verified)
    {
        var labels = ReadLabels(entry);
        InferenceSession session;
        try
        {
            using var options = CreateSessionOptions(_settings);
            session = new InferenceSession(verified.FilePath!, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ModelException(entry.Id, $"ONNX Runtime cannot load {verified.FilePath}: {ex.Message}", ex);
        }
        try
        {
            var shape = CheckSession(entry, session);
            return new LoadedModel(entry, session, verified.FilePath!, verified.ActualSha256!, shape, labels) { Latency = Metrics?.For(entry.Id) };
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Checks names, element types and static dimensions against the manifest; returns the merged input shape.</summary>
    internal static long[] CheckSession(ModelEntry entry, InferenceSession session)
    {
        var input = entry.Input;
        if (!session.InputMetadata.TryGetValue(input.Name, out var meta))
        {
            throw new ModelException(entry.Id, $"input.name '{input.Name}' is not an input of the model (it has: {string.Join(", ", session.InputNames)})");
        }
        if (session.InputNames.Count != 1)
        {
            throw new ModelException(entry.Id, $"the model has {session.InputNames.Count} inputs ({string.Join(", ", session.InputNames)}); the agent feeds exactly one image tensor");
        }
        if (!meta.IsTensor || meta.ElementDataType != TensorElementType.Float)
        {
            throw new ModelException(entry.Id, $"input '{input.Name}' is {meta.ElementDataType}, not a float32 tensor");
        }
        var dims = meta.Dimensions;
        var merged = new long[input.Shape.Count];
        if (dims.Length != merged.Length)
        {
            throw new ModelException(entry.Id, $"input.shape {FloatTensor.Describe(input.Shape)} has {merged.Length} dimensions, the model's input '{input.Name}' has {dims.Length} ({Describe(dims)})");
        }
        for (var i = 0; i < merged.Length; i++)
        {
            long declared = input.Shape[i], actual = dims[i];
            if (declared > 0 && actual > 0 && declared != actual)
            {
                throw new ModelException(entry.Id, $"input.shape {FloatTensor.Describe(input.Shape)} does not match the model's input '{input.Name}' {Describe(dims)} (dimension {i})");
            }
            merged[i] = declared > 0 ? declared : actual > 0 ? actual : -1;
        }
        foreach (var name in entry.Outputs)
        {
            if (!session.OutputMetadata.TryGetValue(name, out var o))
            {
                throw new ModelException(entry.Id, $"output '{name}' is not an output of the model (it has: {string.Join(", ", session.OutputNames)})");
            }
            if (!o.IsTensor || o.ElementDataType != TensorElementType.Float)
            {
                throw new ModelException(entry.Id, $"output '{name}' is {o.ElementDataType}, not a float32 tensor");
            }
        }
        return merged;
    }

    private string[] ReadLabels(ModelEntry entry)
    {
        if (entry.Labels.Length == 0) return [];
        // Extracted label files sit beside the models; committed ones in labels/ (copied there, or beside the manifest).
        var candidates = entry.LabelsFrom.Length > 0
            ? new[] { Path.Combine(ModelDir, entry.Labels) }
            : [Path.Combine(ModelDir, "labels", entry.Labels), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Manifest.Source)) ?? ".", "labels", entry.Labels)];
        foreach (var path in candidates)
        {
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllText(path).Split('\n');
            var count = lines.Length;
            while (count > 0 && lines[count - 1].Length == 0) count--;
            var labels = new string[count];
            for (var i = 0; i < count; i++) labels[i] = lines[i].TrimEnd('\r');
            if (labels.Length == 0) throw new ModelException(entry.Id, $"labels file {path} is empty");
            return labels;
        }
        throw new ModelException(entry.Id, $"labels file '{entry.Labels}' not found (looked in {string.Join(", ", candidates)})");
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

    private static string Describe(int[] dims) => "[" + string.Join(", ", dims) + "]";

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
