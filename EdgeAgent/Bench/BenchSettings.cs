using EdgeAgent.Configuration;

using EdgeAgent.Pipeline;

namespace EdgeAgent.Bench;

/// <summary>What one benchmark variant runs: the clip, how much of it, at which detect rate, with which analytics and settings.</summary>
public sealed record BenchSettings
{
    /// <summary>Video file analysed (as fast as possible; every frame at the detect rate is analysed).</summary>
    public required string Clip { get; init; }

    /// <summary>
    /// The configured camera measured (its zones, motion, tracking, plates and tamper settings), or null for a plain
    /// camera on <see cref="Clip"/>; the rate, kinds and the variant switches below still come from these settings.
    /// </summary>
    public CameraOptions? Camera { get; init; }

    /// <summary>Seconds of video analysed, or null for the whole clip.</summary>
    public double? Seconds { get; init; }

    /// <summary>Detect rate: frames analysed per second of video.</summary>
    public double Fps { get; init; } = 5;

    /// <summary>Analytics the camera runs.</summary>
    public AnalysisKinds Kinds { get; init; } = AnalysisKinds.Objects;

    /// <summary>Motion gating on (the detector runs only on frames with motion) or off (every frame).</summary>
    public bool MotionGating { get; init; } = true;

    /// <summary>ONNX Runtime intra-op threads per session.</summary>
    public int IntraOpThreads { get; init; } = 2;

    /// <summary>
    /// Read the clip at its own pace, like a live camera (frames dropped, never queued, when analysis lags): latency is
    /// then what a camera sees. Off, the clip is read as fast as the pipeline goes and every frame waits its turn, which
    /// measures CPU per video second exactly but adds queueing to the latency.
    /// </summary>
    public bool Realtime { get; init; }

    /// <summary>Detect on square tiles at native aspect as well as the whole frame (<c>detect.tiles</c>).</summary>
    public bool Tiles { get; init; }

    /// <summary>Most frames per detector run (<c>detect.interval</c>: 0 automatic, 1 every frame).</summary>
    public int Interval { get; init; }

    /// <summary>Person tracks with no better face shot rest between searches (<c>face_rest</c>).</summary>
    public bool FaceRest { get; init; } = true;

    /// <summary>Frames analysed before measuring starts (model first runs, JIT, pools filling).</summary>
    public int WarmupFrames { get; init; } = 10;

    /// <summary>Short name of the variant in reports.</summary>
    public string Name => $"gating-{(MotionGating ? "on" : "off")},threads-{IntraOpThreads},interval-{(Interval == 0 ? "auto" : Interval.ToString(System.Globalization.CultureInfo.InvariantCulture))},face-rest-{(FaceRest ? "on" : "off")}{(Tiles ? ",tiles" : "")}";
}
