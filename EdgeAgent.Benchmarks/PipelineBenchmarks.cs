using System.Buffers;
using BenchmarkDotNet.Attributes;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Motion;
using EdgeAgent.Tracking;

namespace EdgeAgent.Benchmarks;

/// <summary>Motion detection, the tracker update and event JSON encoding: the per-frame work around the models.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private RgbImage _a;
    private RgbImage _b;
    private MotionDetector _motion = null!;
    private readonly MotionResult _motionResult = new();
    private ByteTracker _tracker = null!;
    private readonly TrackSet _set = new();
    private Detection.Detection[] _detections = [];
    private double _time;
    private long _frame;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private ObjectEvent _event = null!;

    [GlobalSetup]
    public void Setup()
    {
        _a = Kernels.Frame("messi5.jpg");
        _b = Kernels.Frame("messi5.jpg");
        // A moving patch: the second frame differs from the first in a 60x120 block.
        for (var y = 100; y < 220; y++) _b.Data.AsSpan((y * _b.Width + 200) * 3, 60 * 3).Fill(250);
        _motion = new MotionDetector(new MotionOptions());
        _tracker = new ByteTracker(new TrackingOptions());
        // Eight people walking: boxes that move a few pixels per frame.
        _detections = new Detection.Detection[8];
        for (var i = 0; i < _detections.Length; i++) _detections[i] = new Detection.Detection(0, "person", 0.8f, new BoxF(40 + i * 70, 100, 40, 110));
        _event = new ObjectEvent
        {
            Camera = "gate",
            CaptureTime = DateTimeOffset.UnixEpoch,
            Phase = "update",
            Track = 42,
            Label = "person",
            Score = 0.87f,
            Box = new BoxF(120, 80, 40, 110),
            FrameWidth = 640,
            FrameHeight = 360,
            Zones = ["entrance"],
        };
    }

    /// <summary>Background model, threshold, components on a 640x360 frame (320 px wide grey image).</summary>
    [Benchmark]
    public bool MotionDetect()
    {
        _motion.Detect((_frame++ & 1) == 0 ? _a : _b, _motionResult);
        return _motionResult.HasMotion;
    }

    /// <summary>One ByteTrack update with eight moving people.</summary>
    [Benchmark]
    public int TrackerUpdate()
    {
        _time += 0.2;
        var shift = (float)(_time * 10 % 200);
        for (var i = 0; i < _detections.Length; i++)
        {
            var d = _detections[i];
            _detections[i] = d with { Box = new BoxF(40 + i * 70 + shift, d.Box.Y, d.Box.W, d.Box.H) };
        }
        _tracker.Update(_detections, ran: true, _time, _set);
        return _set.Active.Count;
    }

    /// <summary>An object event to its MQTT payload body.</summary>
    [Benchmark]
    public int EncodeObjectEvent()
    {
        _buffer.ResetWrittenCount();
        EventJson.WriteBody(_buffer, _event, "edge-01", 12345);
        return _buffer.WrittenCount;
    }
}
