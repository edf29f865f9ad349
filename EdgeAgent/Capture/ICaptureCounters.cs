namespace EdgeAgent.Capture;

/// <summary>Counters a frame source keeps for health telemetry.</summary>
public interface ICaptureCounters
{
    /// <summary>Frames read from the stream.</summary>
    long FramesRead { get; }

    /// <summary>Frames read but skipped because every buffer was still in analysis.</summary>
    long Skipped { get; }

    /// <summary>How often the stream was (re)started after a failure.</summary>
    long Restarts { get; }

    /// <summary>Online or offline, why and since when; null until the first attempt either gave a frame or failed.</summary>
    CaptureLink? Link => null;
}
