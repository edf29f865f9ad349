using System.Threading.Channels;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>A source of <paramref name="count"/> small blank frames that then ends, like a short recording; no ffmpeg.</summary>
internal sealed class FakeFrameSource(string cameraId, int count) : IFrameSource
{
    private int _produced;

    /// <summary>Frames written so far.</summary>
    public int Produced => Volatile.Read(ref _produced);

    /// <inheritdoc />
    public async Task RunAsync(ChannelWriter<Frame> frames, ChannelWriter<AgentEvent> status, CancellationToken cancellationToken)
    {
        // Queue + the frame in analysis + the one being written: a lossless pipeline never holds more.
        var pool = new FramePool(4, 4, capacity: 8);
        try
        {
            await status.WriteAsync(new CameraStatusEvent { Camera = cameraId, CaptureTime = DateTimeOffset.UtcNow, Phase = "online" }, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                if (!pool.TryRent(out var frame)) throw new InvalidOperationException("fake source: every frame buffer is in use (is the pipeline lossless?)");
                frame.CameraId = cameraId;
                frame.Index = i;
                frame.CaptureTime = DateTimeOffset.UtcNow;
                frame.StreamSeconds = i / 10.0;
                await frames.WriteAsync(frame, cancellationToken);
                Interlocked.Increment(ref _produced);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped, as a real source is: not a fault.
        }
        finally
        {
            frames.TryComplete();
        }
    }
}

/// <summary>A stage that records the frames it saw, raises one event per frame and throws on the frames it is told to.</summary>
internal sealed class FakeStage(string name, params long[] failOn) : IFrameStage
{
    private readonly List<long> _seen = [];

    /// <inheritdoc />
    public string Name => name;

    /// <summary>Frame indexes this stage was called with, in order (the failing ones included).</summary>
    public IReadOnlyList<long> Seen
    {
        get
        {
            lock (_seen) return [.. _seen];
        }
    }

    /// <summary>Times <see cref="Flush"/> was called.</summary>
    public int Flushes { get; private set; }

    /// <summary>True to raise a <see cref="CameraStatusEvent"/> naming the stage and the frame for every frame it passes.</summary>
    public bool RaiseEvents { get; init; }

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        var index = analysis.Frame.Index;
        lock (_seen) _seen.Add(index);
        if (failOn.Contains(index)) throw new InvalidOperationException($"{name} fails on frame {index}");
        if (RaiseEvents) analysis.Events.Add(new CameraStatusEvent { Camera = analysis.CameraId, CaptureTime = analysis.Frame.CaptureTime, Frame = index, Reason = name });
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis) => Flushes++;
}

/// <summary>
/// A sink that keeps what it accepts, refuses the first <see cref="FailFirst"/> hand-overs (and every one while
/// <see cref="Refusing"/>) with an <see cref="IOException"/>, and reports drained when the test says so.
/// </summary>
internal sealed class FakeSink : IDrainableSink
{
    private readonly List<AgentEvent> _accepted = [];
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _drainRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;
    private volatile bool _refusing;

    /// <summary>Hand-overs to refuse before taking any.</summary>
    public int FailFirst { get; init; }

    /// <summary>Refuse every hand-over while true, as a disk gone read-only would; may be switched while running.</summary>
    public bool Refusing
    {
        get => _refusing;
        set => _refusing = value;
    }

    /// <summary>Events taken, in the order they came.</summary>
    public IReadOnlyList<AgentEvent> Accepted
    {
        get
        {
            lock (_accepted) return [.. _accepted];
        }
    }

    /// <summary>Hand-overs tried, refused ones included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Completes when someone first waits for the sink to drain.</summary>
    public Task DrainRequested => _drainRequested.Task;

    /// <inheritdoc />
    public ValueTask AcceptAsync(AgentEvent agentEvent, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (_refusing || call <= FailFirst) throw new IOException($"fake sink refuses hand-over {call}");
        lock (_accepted) _accepted.Add(agentEvent);
        return ValueTask.CompletedTask;
    }

    /// <summary>Says that everything accepted has left the sink.</summary>
    public void SignalDrained() => _drained.TrySetResult();

    /// <inheritdoc />
    public Task WaitDrainedAsync(CancellationToken cancellationToken)
    {
        _drainRequested.TrySetResult();
        return _drained.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>Builds every camera's pipeline from a fake source of <paramref name="frames"/> frames and the given stages.</summary>
internal sealed class FakePipelineFactory(int frames, Func<IReadOnlyList<IFrameStage>>? stages = null) : ICameraPipelineFactory
{
    /// <inheritdoc />
    public CameraPipeline Create(CameraOptions camera) =>
        new(camera.Id, new FakeFrameSource(camera.Id, frames), stages?.Invoke() ?? [], NullLogger.Instance, lossless: true);
}
