using System.Collections.Concurrent;
using EdgeAgent.Capture;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// The live counters of every running camera, registered by <see cref="Hosting.CameraPipelineFactory"/> when it builds a
/// pipeline; health and the systemd watchdog read them. Readers only read: the counters belong to the pipelines.
/// </summary>
public sealed class CameraHealthRegistry
{
    private readonly ConcurrentDictionary<string, CameraCounters> _cameras = new(StringComparer.Ordinal);

    /// <summary>Registers (or replaces, after a rebuild) the counters of one camera and returns its entry.</summary>
    public CameraCounters Register(string cameraId, PipelineCounters pipeline, ICaptureCounters? capture, Func<long>? detectRuns = null, Func<string>? tamper = null)
    {
        var entry = new CameraCounters(cameraId, pipeline, capture, detectRuns, tamper);
        _cameras[cameraId] = entry;
        return entry;
    }

    /// <summary>Forgets a camera (removed from the config).</summary>
    public void Remove(string cameraId) => _cameras.TryRemove(cameraId, out _);

    /// <summary>The registered cameras, ordered by id.</summary>
    public IReadOnlyList<CameraCounters> Cameras
    {
        get
        {
            var list = new List<CameraCounters>(_cameras.Values);
            list.Sort(static (a, b) => string.CompareOrdinal(a.CameraId, b.CameraId));
            return list;
        }
    }

    /// <summary>Frames analysed over every camera since start: the watchdog's measure of progress.</summary>
    public long TotalFramesAnalysed()
    {
        long total = 0;
        foreach (var c in _cameras.Values) total += c.Pipeline.Frames;
        return total;
    }
}

/// <summary>One camera's counters: capture (frames in), pipeline (frames analysed, dropped) and detector runs.</summary>
/// <remarks>The detector's runs are read from the detection stage, which counts them; a camera without one reads 0.</remarks>
public sealed class CameraCounters(string cameraId, PipelineCounters pipeline, ICaptureCounters? capture, Func<long>? detectRuns = null, Func<string>? tamper = null)
{

    /// <summary>Camera id.</summary>
    public string CameraId { get; } = cameraId;

    /// <summary>The pipeline's counters.</summary>
    public PipelineCounters Pipeline { get; } = pipeline;

    /// <summary>The capture's counters; null for sources that keep none.</summary>
    public ICaptureCounters? Capture { get; } = capture;

    /// <summary>Frames the detector ran on (motion gating skips the rest).</summary>
    public long DetectRuns => detectRuns?.Invoke() ?? 0;

    /// <summary>Picture tamper: learning, ok, or the open alarms; "" when the camera does not watch its picture.</summary>
    public string Tamper => tamper?.Invoke() ?? "";
}
