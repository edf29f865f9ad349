using Microsoft.ML.OnnxRuntime;

namespace EdgeAgent.Models;

/// <summary>A verified model with its open ONNX Runtime session, labels and the shapes it was checked against.</summary>
public sealed class LoadedModel : IDisposable
{
    private readonly Lock _gate = new();
    private ModelRunner? _runner;

    internal LoadedModel(ModelEntry entry, InferenceSession session, string filePath, string sha256, long[] inputShape, IReadOnlyList<string> labels)
    {
        Entry = entry;
        Session = session;
        FilePath = filePath;
        Sha256 = sha256;
        InputShape = inputShape;
        Labels = labels;
    }

    /// <summary>The manifest entry.</summary>
    public ModelEntry Entry { get; }

    /// <summary>Model id.</summary>
    public string Id => Entry.Id;

    /// <summary>Where each run's duration is recorded for health telemetry, when the agent collects it.</summary>
    public Common.LatencyWindow? Latency { get; internal set; }

    /// <summary>The session; safe to run from several threads, but runners bind buffers, so prefer <see cref="Runner"/>.</summary>
    public InferenceSession Session { get; }

    /// <summary>The .onnx file.</summary>
    public string FilePath { get; }

    /// <summary>Its verified sha256.</summary>
    public string Sha256 { get; }

    /// <summary>Input shape with the manifest's and the model's static dimensions merged; -1 where both are dynamic.</summary>
    public long[] InputShape { get; }

    /// <summary>Class names, line i = class i; empty when the model has none.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>
    /// The model's shared runner at its static input shape, created on first use. Cameras share it: one set of
    /// pre-allocated tensors per model is what a small device can afford.
    /// </summary>
    public ModelRunner Runner
    {
        get
        {
            lock (_gate)
            {
                if (_runner is not null) return _runner;
                if (Array.IndexOf(InputShape, -1L) >= 0)
                {
                    throw new ModelException(Id, $"input shape {FloatTensor.Describe(InputShape)} is dynamic: create a runner with a concrete shape (CreateRunner)");
                }
                _runner = new ModelRunner(this, InputShape);
                return _runner;
            }
        }
    }

    /// <summary>A new runner for a concrete input shape (dynamic-shape models: one per size used); the caller disposes it.</summary>
    public ModelRunner CreateRunner(long[] inputShape) => new(this, inputShape);

    /// <summary>Closes the runner and the session.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _runner?.Dispose();
            _runner = null;
        }
        Session.Dispose();
    }
}
