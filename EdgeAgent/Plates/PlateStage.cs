using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Pipeline;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Plates;

/// <summary>
/// Reads plates on confirmed vehicle tracks (DeepStream LPR style: the plate is searched on the vehicle's crop, never
/// the whole frame). At most <see cref="PlatesOptions.MaxReadsPerFrame"/> reads per frame, shared round-robin among the
/// vehicles seen this frame, least recently read first; a track whose vote is already confident is not read again.
/// Each track's reads are voted; one <see cref="PlateEvent"/> per track, when the vote is confident or the track ends,
/// followed by a <see cref="PlateMatchEvent"/> when the plate hashes to a watchlist entry.
/// </summary>
public sealed partial class PlateStage : IFrameStage
{
    private const int ThumbnailMaxWidth = 320;

    private readonly CameraOptions _camera;
    private readonly PlatesOptions _options;
    private readonly PlateReader _reader;
    private readonly PlateVoter _voter;
    private readonly PlateWatchlist? _watchlist;
    private readonly ILogger _logger;
    private readonly Dictionary<long, TrackPlates> _tracks = [];
    private readonly List<(Track Track, TrackPlates State)> _due = new(16);
    private readonly List<long> _gone = new(8);
    private long _lastFrame;
    private DateTimeOffset _lastCapture;
    private long _lastTimestamp;
    private int _frameWidth = 1;
    private int _frameHeight = 1;

    /// <summary>A stage for <paramref name="camera"/> using a reader whose grammars are the camera's.</summary>
    public PlateStage(CameraOptions camera, PlateReader reader, PlateWatchlist? watchlist, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(logger);
        _camera = camera;
        _options = camera.Plates;
        _reader = reader;
        _voter = new PlateVoter(reader.Grammars);
        _watchlist = watchlist;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => "plates";

    /// <summary>Plate reads run so far (for benchmarks and tests).</summary>
    public long Reads { get; private set; }

    /// <inheritdoc />
    public void Process(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var frame = analysis.Frame;
        _lastFrame = frame.Index;
        _lastCapture = frame.CaptureTime;
        _lastTimestamp = frame.Timestamp;
        _frameWidth = frame.Width;
        _frameHeight = frame.Height;
        var tracks = analysis.Get<TrackSet>();
        if (tracks is null) return;

        _due.Clear();
        foreach (var t in tracks.Active)
        {
            if (t.State != TrackState.Confirmed || !t.Matched || t.Box.H < _options.MinVehicleHeight || !IsVehicle(t.Label)) continue;
            if (!_tracks.TryGetValue(t.Id, out var state))
            {
                state = new TrackPlates();
                _tracks.Add(t.Id, state);
            }
            state.Label = t.Label;
            if (!state.Reported && !Resting(state, t, frame.StreamSeconds)) _due.Add((t, state));
        }
        // Round-robin: the vehicles read longest ago (or never) go first.
        _due.Sort(static (a, b) => a.State.LastRead.CompareTo(b.State.LastRead));
        var image = frame.Image;
        var budget = Math.Min(_options.MaxReadsPerFrame, _due.Count);
        for (var i = 0; i < budget; i++) ReadTrack(analysis, image, _due[i].Track, _due[i].State);

        foreach (var t in tracks.Ended) Complete(analysis, t.Id);
    }

    /// <inheritdoc />
    public void Flush(FrameAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _gone.Clear();
        foreach (var id in _tracks.Keys) _gone.Add(id);
        foreach (var id in _gone) Complete(analysis, id);
    }

    private bool IsVehicle(string label)
    {
        // Indexed: foreach over the IReadOnlyList boxes an enumerator per vehicle check, i.e. per track and frame.
        var labels = _options.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private void ReadTrack(FrameAnalysis analysis, RgbImage image, Track track, TrackPlates state)
    {
        var b = track.Box;
        var mx = (float)(b.W * _options.CropMargin);
        var my = (float)(b.H * _options.CropMargin);
        var region = PixelRect.Around(BoxF.FromCorners(b.X - mx, b.Y - my, b.Right + mx, b.Bottom + my), image.Width, image.Height);
        state.LastRead = analysis.Frame.Index;
        state.LastReadTime = analysis.Frame.StreamSeconds;
        state.ReadHeight = b.H;
        state.Fruitless++;
        if (region.W < 16 || region.H < 16) return;
        Reads++;
        var reads = _reader.ReadCrop(image, region);
        PlateCandidate? best = null;
        foreach (var c in reads)
        {
            // Most confident first; a read that fits no grammar is kept only when nothing better is there, at its low confidence.
            if (c.Read.Text.Length < 4) continue;
            best = c;
            break;
        }
        if (best is null) return;
        state.Fruitless = 0;
        _voter.Add(track.Id, best.Read);
        if (best.Read.Confidence >= state.BestConfidence)
        {
            state.BestConfidence = best.Read.Confidence;
            state.Box = best.Quad.Bounds;
            if (_camera.Thumbnails) state.Thumbnail = Thumbnail(image, state.Box);
        }
        if (_voter.TryGetVote(track.Id, out var vote) && vote.Grammar != PlateRead.NoGrammar
            && vote.Agreeing >= _options.ConfidentReads && vote.Confidence >= _options.ConfidentScore)
        {
            Report(analysis, track.Id, state, vote);
        }
    }

    /// <summary>
    /// A vehicle whose last <see cref="FruitlessReads"/> reads found no text (a plate turned away, too small, or a van
    /// seen side on through a window) rests <see cref="RestSeconds"/>, or until its box grows by a fifth (it came closer).
    /// </summary>
    private static bool Resting(TrackPlates state, Track track, double time) =>
        state.Fruitless >= FruitlessReads && time - state.LastReadTime < RestSeconds && track.Box.H < state.ReadHeight * 1.2f;

    private void Complete(FrameAnalysis analysis, long trackId)
    {
        if (!_tracks.Remove(trackId, out var state)) return;
        if (!state.Reported && _voter.TryGetVote(trackId, out var vote)) Report(analysis, trackId, state, vote);
        _voter.Forget(trackId);
    }

    private void Report(FrameAnalysis analysis, long trackId, TrackPlates state, PlateVote vote)
    {
        state.Reported = true;
        if (vote.Confidence < _options.MinConfidence)
        {
            LogBelowMinimum(_logger, _camera.Id, trackId, vote.Confidence, vote.Reads);
            return;
        }
        // plates.report: matches keeps the text of unlisted vehicles on the device; a match below still leaves.
        if (_options.Report == PlateReport.All) analysis.Events.Add(new PlateEvent
        {
            Camera = _camera.Id,
            CaptureTime = _lastCapture,
            CaptureTimestamp = _lastTimestamp,
            Frame = _lastFrame,
            Text = vote.Text,
            Confidence = vote.Confidence,
            Grammar = vote.Grammar,
            VehicleLabel = state.Label,
            Track = trackId,
            Box = state.Box,
            FrameWidth = _frameWidth,
            FrameHeight = _frameHeight,
            Thumbnail = state.Thumbnail,
        });
        LogPlateRead(_logger, _camera.Id, trackId, vote.Grammar, vote.Confidence, vote.Reads);
        if (_watchlist?.Match(vote.Text, out var exact) is not { } entry) return;
        _watchlist.RecordMatch(entry, _camera.Id, trackId, exact);
        analysis.Events.Add(new PlateMatchEvent
        {
            Camera = _camera.Id,
            CaptureTime = _lastCapture,
            CaptureTimestamp = _lastTimestamp,
            Frame = _lastFrame,
            Entry = entry.Id,
            Reason = entry.Reason,
            Text = vote.Text,
            Confidence = vote.Confidence,
            Exact = exact,
            Track = trackId,
            Box = state.Box,
            FrameWidth = _frameWidth,
            FrameHeight = _frameHeight,
        });
        LogWatchlistMatch(_logger, _camera.Id, trackId, entry.Id);
    }

    private static byte[] Thumbnail(RgbImage image, BoxF box)
    {
        var m = box.H * 0.3f;
        var r = PixelRect.Around(BoxF.FromCorners(box.X - m, box.Y - m, box.Right + m, box.Bottom + m), image.Width, image.Height);
        var crop = ImageOps.Crop(image, r);
        if (crop.Width > ThumbnailMaxWidth) crop = ImageOps.Resize(crop, ThumbnailMaxWidth, Math.Max(1, crop.Height * ThumbnailMaxWidth / crop.Width));
        return ImageCodec.EncodeJpeg(crop, 85);
    }

    /// <summary>Reads in a row without any text after which a vehicle rests.</summary>
    private const int FruitlessReads = 3;

    /// <summary>How long a resting vehicle waits (stream seconds) before it is read again.</summary>
    private const double RestSeconds = 2;

    private sealed class TrackPlates
    {
        public long LastRead = -1;
        public double LastReadTime = double.NegativeInfinity;
        public float ReadHeight;
        public int Fruitless;
        public bool Reported;
        public float BestConfidence;
        public BoxF Box;
        public string Label = "";
        public byte[]? Thumbnail;
    }

    // Logs name the track and the entry, never the plate: the device's logs must not hold plates in clear.
    [LoggerMessage(EventId = 8000, Level = LogLevel.Debug, Message = "camera {Camera}: plate read for track {Track} ({Grammar}, confidence {Confidence:0.00} from {Reads} read(s))")]
    private static partial void LogPlateRead(ILogger logger, string camera, long track, string grammar, float confidence, int reads);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Debug, Message = "camera {Camera}: track {Track} plate vote {Confidence:0.00} from {Reads} read(s) is below plates.min_confidence; not reported")]
    private static partial void LogBelowMinimum(ILogger logger, string camera, long track, float confidence, int reads);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "camera {Camera}: track {Track} plate matched watchlist entry {Entry}")]
    private static partial void LogWatchlistMatch(ILogger logger, string camera, long track, string entry);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "no watchlist key in {StateDir}: plates are read but not matched")]
    internal static partial void LogNoWatchlistKey(ILogger logger, string stateDir);
}
