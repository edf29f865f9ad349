using EdgeAgent.Common;
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
/// Opens ONNX Runtime sessions for verified model files with the device's session options (threads, spinning), checks
/// each against its manifest entry, and reads its labels. Keeps no state: the registry caches what it opens.
/// </summary>
public sealed class ModelSessionFactory
{
    private readonly string _manifestSource;

    /// <summary>A factory for the files in <paramref name="modelDir"/>; labels are also looked for beside <paramref name="manifestSource"/>.</summary>
    public ModelSessionFactory(ModelRuntimeSettings settings, string modelDir, string manifestSource)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(modelDir);
        ArgumentNullException.ThrowIfNull(manifestSource);
        Settings = settings;
        ModelDir = Path.GetFullPath(modelDir);
        _manifestSource = manifestSource;
    }

    /// <summary>How sessions are set up.</summary>
    public ModelRuntimeSettings Settings { get; }

    /// <summary>The folder holding the .onnx and label files.</summary>
    public string ModelDir { get; }

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

    /// <summary>
    /// Opens a session on the file <paramref name="verified"/> names (checked against <paramref name="entry"/> just
    /// before), checks it against the manifest and reads the labels; throws <see cref="ModelException"/> with the reason.
    /// </summary>
    public LoadedModel Open(ModelEntry entry, ModelStatus verified, LatencyWindow? latency = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(verified);
        if (!verified.IsGood || verified.FilePath is null || verified.ActualSha256 is null)
        {
            throw new ModelException(entry.Id, $"not verified ({verified.Reason}); only a verified file is opened");
        }
        var labels = ReadLabels(entry);
        InferenceSession session;
        try
        {
            using var options = CreateSessionOptions(Settings);
            session = new InferenceSession(verified.FilePath!, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ModelException(entry.Id, $"ONNX Runtime cannot load {verified.FilePath}: {ex.Message}", ex);
        }
        try
        {
            var shape = CheckSession(entry, session);
            return new LoadedModel(entry, session, verified.FilePath!, verified.ActualSha256!, shape, labels) { Latency = latency };
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
            : [Path.Combine(ModelDir, "labels", entry.Labels), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_manifestSource)) ?? ".", "labels", entry.Labels)];
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

    private static string Describe(int[] dims) => "[" + string.Join(", ", dims) + "]";
}
