using Microsoft.ML.OnnxRuntime;

namespace EdgeAgent.Models;

/// <summary>
/// Runs one model at one input shape with its input and output tensors allocated once and bound through
/// <see cref="OrtIoBinding"/>, so a run allocates nothing managed. One runner is shared by the cameras using the
/// model; <see cref="Acquire"/> serialises them (fill the input, run, read the outputs, release).
/// </summary>
public sealed class ModelRunner : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly InferenceSession _session;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue _inputValue;
    private readonly OrtValue[] _outputValues;
    private readonly TensorFill _fill = new();
    private bool _disposed;

    internal ModelRunner(LoadedModel model, long[] inputShape)
    {
        Model = model;
        RunTimes = new Common.LatencyWindow(model.Id);
        _session = model.Session;
        foreach (var d in inputShape)
        {
            if (d <= 0) throw new ModelException(model.Id, $"a runner needs a concrete input shape, not {FloatTensor.Describe(inputShape)}");
        }
        var names = model.Entry.Outputs;
        Input = FloatTensor.AllocatePinned([.. inputShape]);
        _inputValue = OrtValue.CreateTensorValueFromMemory(Input.Data, Input.Shape);
        _binding = _session.CreateIoBinding();
        _binding.BindInput(model.Entry.Input.Name, _inputValue);

        // Output shapes can depend on the input shape (text models), so one warm-up run on zeros finds them;
        // it also pays ONNX Runtime's first-run cost before the first frame.
        foreach (var name in names) _binding.BindOutputToDevice(name, OrtMemoryInfo.DefaultInstance);
        var shapes = new long[names.Count][];
        try
        {
            _session.RunWithBinding(_runOptions, _binding);
            using var values = _binding.GetOutputValues();
            for (var i = 0; i < names.Count; i++) shapes[i] = values[i].GetTensorTypeAndShape().Shape;
        }
        catch (OnnxRuntimeException ex)
        {
            Release();
            throw new ModelException(model.Id, $"a test run at input shape {FloatTensor.Describe(inputShape)} failed: {ex.Message}", ex);
        }
        _binding.ClearBoundOutputs();
        var outputs = new FloatTensor[names.Count];
        _outputValues = new OrtValue[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            outputs[i] = FloatTensor.AllocatePinned(shapes[i]);
            _outputValues[i] = OrtValue.CreateTensorValueFromMemory(outputs[i].Data, outputs[i].Shape);
            _binding.BindOutput(names[i], _outputValues[i]);
        }
        Outputs = outputs;
    }

    /// <summary>The model this runner runs.</summary>
    public LoadedModel Model { get; }

    /// <summary>The input tensor; fill it while holding a lease.</summary>
    public FloatTensor Input { get; }

    /// <summary>Recent inference times of this runner (model run only, no pre- or post-processing).</summary>
    public Common.LatencyWindow RunTimes { get; }

    /// <summary>The output tensors in manifest order; read them while holding a lease.</summary>
    public IReadOnlyList<FloatTensor> Outputs { get; }

    /// <summary>Waits for exclusive use of the runner; dispose the lease to release it.</summary>
    public Lease Acquire()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gate.Wait();
        return new Lease(this);
    }

    private void RunBound()
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        _session.RunWithBinding(_runOptions, _binding);
        RunTimes.RecordSince(start);
        Model.Latency?.RecordSince(start);
    }

    /// <summary>Releases the native tensors and the binding.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _gate.Wait();
        foreach (var v in _outputValues) v?.Dispose();
        Release();
        _gate.Dispose();
    }

    private void Release()
    {
        _binding.Dispose();
        _inputValue.Dispose();
        _runOptions.Dispose();
    }

    /// <summary>Exclusive use of a runner: fill <see cref="Input"/>, <see cref="Run"/>, read <see cref="Outputs"/>, dispose.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly ModelRunner _runner;

        internal Lease(ModelRunner runner) => _runner = runner;

        /// <summary>The input tensor.</summary>
        public FloatTensor Input => _runner.Input;

        /// <summary>The runner's preprocessor, whose buffers this lease may use.</summary>
        public TensorFill Fill => _runner._fill;

        /// <summary>Fills <see cref="Input"/> from <paramref name="region"/> of <paramref name="image"/> as the model's input contract says.</summary>
        public Imaging.InputTransform FillInput(Imaging.RgbImage image, Imaging.PixelRect region) => _runner._fill.Fill(image, region, Input, _runner.Model.Entry.Input);

        /// <summary>The outputs in manifest order, valid after <see cref="Run"/> until the lease ends.</summary>
        public IReadOnlyList<FloatTensor> Outputs => _runner.Outputs;

        /// <summary>Runs the model on the current input.</summary>
        public void Run() => _runner.RunBound();

        /// <summary>Lets the next caller in.</summary>
        public void Dispose() => _runner._gate.Release();
    }
}
