using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Faces;

/// <summary>Tunables of the face stage; the defaults suit a 2-core device at a few frames per second.</summary>
public sealed record FaceStageOptions
{
    /// <summary>Person tracks searched for a face per frame (least recently searched first): bounds the cost per frame.</summary>
    public int MaxTracksPerFrame { get; init; } = 2;

    /// <summary>Smallest person box height searched, pixels: smaller people have faces too small to recognise.</summary>
    public int MinPersonHeight { get; init; } = 64;

    /// <summary>Smallest face (shorter box side, pixels) kept as a shot.</summary>
    public float MinFaceSize { get; init; } = 20;

    /// <summary>Lowest quality figure kept as a shot.</summary>
    public float MinQuality { get; init; } = 0.05f;

    /// <summary>Best shots kept (and described) per track.</summary>
    public int BestShots { get; init; } = 3;

    /// <summary>Best shots that must match the same entry before an alarm.</summary>
    public int MinVotes { get; init; } = 2;

    /// <summary>Least stream time between two descriptors of one track (consecutive frames are near copies).</summary>
    public double DescribeInterval { get; init; } = 0.3;

    /// <summary>
    /// Searches of a track in a row that gave it no better best shot (no face, too small, or no better) after which the
    /// track rests: its faces are as good as they will get from where it walks, or too small to be of use.
    /// </summary>
    public int FruitlessSearches { get; init; } = 3;

    /// <summary>
    /// A resting track is searched again after this much stream time, or at once when its box has grown by
    /// <see cref="RegrowFactor"/> since its last search (the person came closer).
    /// </summary>
    public double RestSeconds { get; init; } = 2;

    /// <summary>Growth of a resting track's box height that ends its rest.</summary>
    public float RegrowFactor { get; init; } = 1.2f;

    /// <summary>Attach a JPEG of the aligned face to match events.</summary>
    public bool Thumbnails { get; init; }
}

/// <summary>
/// Faces on confirmed person tracks (or on the whole frame when no tracker runs): BlazeFace on the upper part of the
/// person box, alignment, quality; per track only the best shots are described, matched against the watchlist and
/// voted on, so one lucky frame never raises an alarm. Raises <see cref="FaceMatchEvent"/> once per track and entry, and
/// a <see cref="FaceEvent"/> with the best shot's quality when the track ends.
/// </summary>
public sealed partial class FaceStage : IFrameStage
{
    private readonly FaceDetector _detector;
    private readonly FaceAligner _aligner;
    private readonly IFaceDescriptor _descriptor;
    private readonly FaceWatchlist? _watchlist;
    private readonly FaceStageOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<long, FaceTrack> _tracks = [];
    private readonly List<FaceDetection> _faces = new(8);
    private readonly List<Track> _candidates = new(16);
    private readonly List<long> _gone = new(8);
    private readonly RgbImage _crop;
    private readonly float[] _descriptorBuffer;
    private readonly Comparison<Track> _byLastSearched;
    private long _nextFrameTrack = -1;

    /// <summary>Creates the stage; without a watchlist it raises only <see cref="FaceEvent"/>s.</summary>
    public FaceStage(FaceDetector detector, FaceAligner aligner, IFaceDescriptor descriptor, FaceWatchlist? watchlist, FaceStageOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(aligner);
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(options);
        if (aligner.Size != descriptor.InputSize) throw new ArgumentException($"aligner makes {aligner.Size}², {descriptor.ModelId} takes {descriptor.InputSize}²", nameof(aligner));
        _detector = detector;
        _aligner = aligner;
        _descriptor = descriptor;
        _watchlist = watchlist;
        _options = options;
        _logger = logger;
        _crop = RgbImage.Create(aligner.Size, aligner.Size);
        _descriptorBuffer = new float[descriptor.Dimension];
        _byLastSearched = ByLastSearched;
    }

    /// <inheritdoc />
    public string Name => "faces";

    /// <summary>Descriptors computed since start (what the best-shot rule keeps low).</summary>
    public long Described { get; private set; }

    /// <summary>Person tracks searched with the face detector since start (what the rest rule keeps low).</summary>
    public long Searched { get; private set; }

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        var image = frame.Image;
        var time = frame.StreamSeconds;
        var origin = EventOrigin.Of(analysis);
        var set = analysis.Get<TrackSet>();
        if (set is null)
        {
            ProcessFrame(image, origin, time, analysis.Events);
            return;
        }

        _candidates.Clear();
        foreach (var t in set.Active)
        {
            if (t.State != TrackState.Confirmed || !t.Matched || t.Label != "person" || t.Box.H < _options.MinPersonHeight) continue;
            if (_tracks.TryGetValue(t.Id, out var known) && Resting(known, t, time)) continue;
            _candidates.Add(t);
        }
        if (_candidates.Count > _options.MaxTracksPerFrame) _candidates.Sort(_byLastSearched);
        for (var i = 0; i < _candidates.Count && i < _options.MaxTracksPerFrame; i++)
        {
            var t = _candidates[i];
            var state = State(t.Id);
            state.LastSearched = time;
            state.SearchedHeight = t.Box.H;
            Searched++;
            var best = state.Best.Value;
            var region = HeadRegion(t.Box, image.Width, image.Height);
            if (region.W >= 8 && region.H >= 8)
            {
                _faces.Clear();
                _detector.Detect(image, region, _faces);
                // The best-scoring face is the person's own; another one in the region belongs to someone behind.
                if (_faces.Count > 0) Consider(state, image, _faces[0], origin, time, analysis.Events);
            }
            state.Fruitless = state.Best.Value > best ? 0 : state.Fruitless + 1;
        }
        foreach (var t in set.Ended)
        {
            if (_tracks.Remove(t.Id, out var state)) Finish(state, origin, analysis.Events);
        }
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var origin = analysis.Frame is null ? default : EventOrigin.Of(analysis);
        foreach (var state in _tracks.Values) Finish(state, origin with { Camera = analysis.CameraId }, analysis.Events);
        _tracks.Clear();
    }

    /// <summary>The part of a person box searched for the face: the upper half, widened a little (heads stick out).</summary>
    public static PixelRect HeadRegion(in BoxF person, int width, int height)
    {
        var w = person.W * 1.2f;
        var h = Math.Max(person.H * 0.5f, Math.Min(w, person.H));
        var box = new BoxF(person.CenterX - w / 2, person.Y - person.H * 0.05f, w, h);
        return PixelRect.Around(box, width, height);
    }

    /// <summary>Without tracks: faces on the whole frame, each followed by overlap with the last frame's faces.</summary>
    private void ProcessFrame(RgbImage image, in EventOrigin origin, double time, List<AgentEvent> events)
    {
        _faces.Clear();
        _detector.Detect(image, PixelRect.Of(image.Width, image.Height), _faces);
        foreach (var face in _faces)
        {
            FaceTrack? state = null;
            var best = 0.3f;
            foreach (var s in _tracks.Values)
            {
                var iou = s.LastBox.IoU(face.Box);
                if (iou > best)
                {
                    best = iou;
                    state = s;
                }
            }
            state ??= State(_nextFrameTrack--);
            state.LastBox = face.Box;
            state.LastSearched = time;
            Consider(state, image, face, origin, time, events);
        }
        _gone.Clear();
        foreach (var (id, s) in _tracks)
        {
            if (time - s.LastSearched > 2) _gone.Add(id);
        }
        foreach (var id in _gone)
        {
            if (_tracks.Remove(id, out var s)) Finish(s, origin, events);
        }
    }

    private void Consider(FaceTrack state, RgbImage image, in FaceDetection face, in EventOrigin origin, double time, List<AgentEvent> events)
    {
        if (Math.Min(face.Box.W, face.Box.H) < _options.MinFaceSize) return;
        _aligner.Align(image, face, _crop);
        var quality = FaceQuality.Measure(face, _crop);
        if (quality.Value < _options.MinQuality) return;
        state.Seen++;
        if (quality.Value > state.Best.Value)
        {
            state.Best = quality;
            state.BestBox = face.Box;
        }
        // Describe only a shot that enters the best few, and not twice within the interval: the cost stays per track, not per frame.
        var worst = state.WorstShot();
        var enters = state.Shots.Count < _options.BestShots || quality.Value > state.Shots[worst].Quality.Value * 1.1f;
        if (!enters || time - state.LastDescribed < _options.DescribeInterval) return;
        // Only the match is kept from a descriptor, so one buffer serves every face of the camera.
        var descriptor = _descriptorBuffer;
        _descriptor.Describe(_crop, descriptor);
        Described++;
        state.LastDescribed = time;
        var match = _watchlist?.Match(descriptor, _descriptor.ModelId);
        var shot = new Shot(quality, match);
        if (state.Shots.Count < _options.BestShots) state.Shots.Add(shot);
        else state.Shots[worst] = shot;
        if (match is not { Accepted: true } m || state.Alarmed.Contains(m.Entry.Id)) return;

        var votes = 0;
        var bestSimilarity = m;
        foreach (var s in state.Shots)
        {
            if (s.Match is { Accepted: true } v && v.Entry.Id == m.Entry.Id)
            {
                votes++;
                if (v.Similarity > bestSimilarity.Similarity) bestSimilarity = v;
            }
        }
        if (votes < _options.MinVotes) return;
        state.Alarmed.Add(m.Entry.Id);
        _watchlist!.RecordMatch(bestSimilarity, origin.Camera, state.Id, votes);
        LogMatched(_logger, origin.Camera, m.Entry.Id, state.Id, bestSimilarity.Similarity, votes);
        events.Add(new FaceMatchEvent
        {
            Camera = origin.Camera,
            CaptureTime = origin.CaptureTime,
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Entry = m.Entry.Id,
            Category = m.Entry.Category,
            Similarity = bestSimilarity.Similarity,
            Margin = bestSimilarity.Margin,
            Votes = votes,
            Track = Math.Max(state.Id, 0),
            Box = face.Box,
            FrameWidth = origin.Width,
            FrameHeight = origin.Height,
            Thumbnail = _options.Thumbnails ? ImageCodec.EncodeJpeg(_crop, 80) : default,
        });
    }

    /// <summary>A track whose last searches found nothing better rests, unless it has waited long enough or come closer.</summary>
    private bool Resting(FaceTrack state, Track t, double time) =>
        state.Fruitless >= _options.FruitlessSearches
        && time - state.LastSearched < _options.RestSeconds
        && t.Box.H < state.SearchedHeight * _options.RegrowFactor;

    private static void Finish(FaceTrack state, in EventOrigin origin, List<AgentEvent> events)
    {
        if (state.Seen == 0) return;
        events.Add(new FaceEvent
        {
            Camera = origin.Camera,
            CaptureTime = origin.CaptureTime,
            Frame = origin.Frame,
            CaptureTimestamp = origin.Timestamp,
            Track = Math.Max(state.Id, 0),
            Quality = state.Best.Value,
            Score = state.Best.Score,
            Size = state.Best.Size,
            Frontalness = state.Best.Frontalness,
            Shots = state.Seen,
            Box = state.BestBox,
            FrameWidth = Math.Max(origin.Width, 1),
            FrameHeight = Math.Max(origin.Height, 1),
        });
    }

    private FaceTrack State(long id)
    {
        if (!_tracks.TryGetValue(id, out var s))
        {
            s = new FaceTrack(id);
            _tracks[id] = s;
        }
        return s;
    }

    private int ByLastSearched(Track a, Track b) =>
        (_tracks.TryGetValue(a.Id, out var sa) ? sa.LastSearched : double.NegativeInfinity)
            .CompareTo(_tracks.TryGetValue(b.Id, out var sb) ? sb.LastSearched : double.NegativeInfinity);

    private readonly record struct Shot(FaceQuality Quality, FaceMatch? Match);

    /// <summary>What the stage remembers of one person track.</summary>
    private sealed class FaceTrack(long id)
    {
        public long Id { get; } = id;
        public List<Shot> Shots { get; } = new(4);
        public HashSet<string> Alarmed { get; } = new(StringComparer.Ordinal);
        public FaceQuality Best { get; set; }
        public BoxF BestBox { get; set; }
        public BoxF LastBox { get; set; }
        public int Seen { get; set; }
        public double LastSearched { get; set; } = double.NegativeInfinity;
        public float SearchedHeight { get; set; }
        public int Fruitless { get; set; }
        public double LastDescribed { get; set; } = double.NegativeInfinity;

        public int WorstShot()
        {
            var worst = 0;
            for (var i = 1; i < Shots.Count; i++)
            {
                if (Shots[i].Quality.Value < Shots[worst].Quality.Value) worst = i;
            }
            return worst;
        }
    }

    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "camera {Camera}: face on track {Track} matched watchlist entry {Entry} (similarity {Similarity:0.000}, {Votes} votes)")]
    private static partial void LogMatched(ILogger logger, string camera, string entry, long track, float similarity, int votes);
}
