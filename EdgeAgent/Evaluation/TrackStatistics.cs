using System.Globalization;
using System.Text;
using EdgeAgent.Detection;
using EdgeAgent.Events;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;

namespace EdgeAgent.Evaluation;

/// <summary>
/// Watches the tracker frame by frame (a stage placed after tracking) and measures, without ground truth, how well
/// tracks hold: births per person-second (fragmentation: one person who keeps one track is one birth), track-frames
/// where a confirmed track got no detection, track life, and whether end events carry an honest box.
/// </summary>
public sealed class TrackStatistics : IFrameStage
{
    private readonly string _label;
    private readonly double _frameSeconds;
    private readonly Dictionary<long, (double First, double Last)> _life = [];
    private long _frames;
    private long _detectorFrames;
    private long _trackFrames;
    private long _missedTrackFrames;
    private long _framesWithMiss;
    private double _presentSeconds;
    private int _ends;
    private int _badEndBoxes;

    /// <summary>Watches tracks of <paramref name="label"/> on a camera analysed at <paramref name="fps"/>.</summary>
    public TrackStatistics(string label, double fps)
    {
        ArgumentNullException.ThrowIfNull(label);
        _label = label;
        _frameSeconds = 1 / fps;
    }

    /// <inheritdoc />
    public string Name => "track-statistics";

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _frames++;
        var result = analysis.Get<DetectionResult>();
        var ran = result?.Ran ?? false;
        // A frame the detection interval skipped was not looked at: a confirmed track coasting on it is as present as on the run before.
        var coasted = result?.Coasted ?? false;
        if (ran) _detectorFrames++;
        if (analysis.Get<TrackSet>() is { } tracks)
        {
            var missed = false;
            foreach (var t in tracks.Active)
            {
                if (t.Label != _label) continue;
                _life[t.Id] = (t.FirstSeen, t.LastSeen);
                // Presence is what the detector confirmed: a track carried on its prediction adds no person-time.
                if (t.Matched || (coasted && t.State == TrackState.Confirmed)) _presentSeconds += _frameSeconds;
                if (!ran) continue;
                _trackFrames++;
                if (t.Matched) continue;
                _missedTrackFrames++;
                missed = true;
            }
            if (missed) _framesWithMiss++;
        }
        CountEnds(analysis.Events, analysis.Frame.Width, analysis.Frame.Height);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        // The tracking stage's flush ended every track; a frame may not be set any more, so end boxes are checked against the last size seen.
        CountEnds(analysis.Events, _width, _height);
    }

    private int _width;
    private int _height;

    private void CountEnds(List<AgentEvent> events, int width, int height)
    {
        _width = width;
        _height = height;
        foreach (var e in events)
        {
            if (e is not ObjectEvent { Phase: "end" } o || o.Label != _label) continue;
            _ends++;
            var b = o.Box;
            if (b.W < 1 || b.H < 1 || b.X < 0 || b.Y < 0 || b.Right > o.FrameWidth + 0.01f || b.Bottom > o.FrameHeight + 0.01f) _badEndBoxes++;
        }
    }

    /// <summary>The figures so far.</summary>
    public TrackStatisticsResult Result()
    {
        var lives = _life.Values.Select(v => v.Last - v.First).Order().ToArray();
        return new TrackStatisticsResult(_label, _frames, _detectorFrames, _life.Count, _presentSeconds, _trackFrames, _missedTrackFrames, _framesWithMiss,
            lives.Length == 0 ? 0 : lives.Average(), lives.Length == 0 ? 0 : lives[lives.Length / 2], _ends, _badEndBoxes);
    }
}

/// <summary>What <see cref="TrackStatistics"/> measured on one clip.</summary>
public sealed record TrackStatisticsResult(
    string Label, long Frames, long DetectorFrames, int Births, double PresentSeconds, long TrackFrames, long MissedTrackFrames,
    long FramesWithMiss, double MeanLife, double MedianLife, int Ends, int BadEndBoxes)
{
    /// <summary>Confirmed tracks born per second of detected presence.</summary>
    public double BirthsPerSecond => PresentSeconds <= 0 ? 0 : Births / PresentSeconds;

    /// <summary>The figures as text, one per line.</summary>
    public string Text()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"frames analysed           {Frames} (detector ran on {DetectorFrames})");
        sb.AppendLine(ci, $"{Label} tracks born        {Births}");
        sb.AppendLine(ci, $"{Label}-seconds detected   {PresentSeconds:0.0}");
        sb.AppendLine(ci, $"births per {Label}-second  {BirthsPerSecond:0.0000}");
        sb.AppendLine(ci, $"track-frames without a detection  {MissedTrackFrames} of {TrackFrames} ({(TrackFrames == 0 ? 0 : 100.0 * MissedTrackFrames / TrackFrames):0.0}%), on {FramesWithMiss} frame(s)");
        sb.AppendLine(ci, $"track life mean / median  {MeanLife:0.0} s / {MedianLife:0.0} s");
        sb.Append(ci, $"end events                {Ends}, {BadEndBoxes} with a box outside the frame or of zero size");
        return sb.ToString();
    }

    /// <summary>The figures as one JSON object.</summary>
    public string Json() => EvaluationJson.Object(w =>
    {
        w.WriteString("label", Label);
        w.WriteNumber("frames", Frames);
        w.WriteNumber("detector_frames", DetectorFrames);
        w.WriteNumber("births", Births);
        w.WriteNumber("present_seconds", Math.Round(PresentSeconds, 2));
        w.WriteNumber("births_per_second", Math.Round(BirthsPerSecond, 4));
        w.WriteNumber("track_frames", TrackFrames);
        w.WriteNumber("missed_track_frames", MissedTrackFrames);
        w.WriteNumber("frames_with_missed_track", FramesWithMiss);
        w.WriteNumber("mean_life", Math.Round(MeanLife, 2));
        w.WriteNumber("median_life", Math.Round(MedianLife, 2));
        w.WriteNumber("ends", Ends);
        w.WriteNumber("bad_end_boxes", BadEndBoxes);
    });
}
