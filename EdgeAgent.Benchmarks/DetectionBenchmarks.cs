using BenchmarkDotNet.Attributes;
using EdgeAgent.Detection;
using EdgeAgent.Detection.Decoders;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Benchmarks;

/// <summary>Preprocessing, the CenterNet decoder and NMS on the real detector's input and outputs for a real photo.</summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private ModelRegistry _registry = null!;
    private LoadedModel _model = null!;
    private RgbImage _frame;
    private FloatTensor _input = null!;
    private readonly TensorFill _fill = new();
    private FloatTensor[] _outputs = [];
    private InputTransform _transform;
    private IObjectDecoder _decoder = null!;
    private Candidate[] _candidates = [];
    private readonly List<Detection.Detection> _into = new(256);

    [GlobalSetup]
    public void Setup()
    {
        _registry = Kernels.Registry();
        _model = _registry.Get("centernet-coco");
        _frame = Kernels.Frame();
        _input = FloatTensor.AllocatePinned([.. _model.Runner.Input.Shape]);
        _decoder = ObjectDecoders.Create(_model.Entry, _model.Labels);
        using (var lease = _model.Runner.Acquire())
        {
            _transform = lease.FillInput(_frame, PixelRect.Of(_frame.Width, _frame.Height));
            lease.Run();
            _outputs = new FloatTensor[lease.Outputs.Count];
            for (var i = 0; i < _outputs.Length; i++)
            {
                _outputs[i] = FloatTensor.AllocatePinned([.. lease.Outputs[i].Shape]);
                lease.Outputs[i].Data.AsSpan().CopyTo(_outputs[i].Data);
            }
        }
        // NMS input: every peak above a low floor, as the decoder hands it over, plus jittered copies to suppress.
        var rng = new Random(7);
        var list = new List<Candidate>();
        for (var i = 0; i < 200; i++)
        {
            var x = rng.Next(0, 600);
            var y = rng.Next(0, 320);
            list.Add(new Candidate(rng.Next(0, 3), (float)rng.NextDouble(), new BoxF(x, y, 20 + rng.Next(40), 40 + rng.Next(80))));
        }
        list.Sort((a, b) => b.Score.CompareTo(a.Score));
        _candidates = [.. list];
    }

    [GlobalCleanup]
    public void Cleanup() => _registry.Dispose();

    /// <summary>640x360 RGB frame into the model's normalised input tensor.</summary>
    [Benchmark]
    public InputTransform TensorFillFrame() => _fill.Fill(_frame, PixelRect.Of(_frame.Width, _frame.Height), _input, _model.Entry.Input);

    /// <summary>Heatmap peaks to boxes, with NMS, on the model's real output for the photo.</summary>
    [Benchmark]
    public int CenterNetDecode()
    {
        _into.Clear();
        _decoder.Decode(_outputs, _transform, _into);
        return _into.Count;
    }

    /// <summary>Greedy NMS over 200 score-sorted candidates.</summary>
    [Benchmark]
    public int Nms200()
    {
        _into.Clear();
        Nms.Apply(_candidates, 0.5f, classAgnostic: false, 100, _model.Labels, _into);
        return _into.Count;
    }
}
