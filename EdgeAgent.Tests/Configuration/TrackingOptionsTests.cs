using EdgeAgent.Configuration;

namespace EdgeAgent.Tests.Configuration;

public class TrackingOptionsTests
{
    [Test]
    public void Parse_NoTrackingSection_Defaults()
    {
        var camera = ConfigLoader.Parse("cameras: [{id: a, url: rtsp://h/x}]", "t.yaml").Cameras[0];
        Assert.That(camera.Tracking, Is.EqualTo(new TrackingOptions()));
        Assert.That(camera.Tracking.MaxLost, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(camera.Tracking.ClassAgnostic, Is.EqualTo(new[] { "car", "truck", "bus" }));
        Assert.That(camera.Motion.LearningRate, Is.EqualTo(0.05));
    }

    [Test]
    public void Parse_TrackingAndMotionKeys_AreRead()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                motion: {width: 240, learning_rate: 0.02, lighting_change: 0.5}
                tracking:
                  min_hits: 2
                  max_lost: 1500ms
                  high_score: 0.6
                  match_iou: 0.3
                  low_match_iou: 0.5
                  iou_buffer: 0.1
                  stationary_radius: 0.2
                  stationary_after: 1m
                  stationary_max_lost: 10m
                  class_agnostic: [car, truck]
                  hysteresis_frames: 3
                  score_update_interval: 10s
            """;
        var c = ConfigLoader.Parse(yaml, "t.yaml").Cameras[0];
        Assert.That(c.Motion, Is.EqualTo(new MotionOptions { Width = 240, LearningRate = 0.02, LightingChange = 0.5 }));
        Assert.That(c.Tracking, Is.EqualTo(new TrackingOptions
        {
            MinHits = 2,
            MaxLost = TimeSpan.FromMilliseconds(1500),
            HighScore = 0.6,
            MatchIou = 0.3,
            LowMatchIou = 0.5,
            IouBuffer = 0.1,
            StationaryRadius = 0.2,
            StationaryAfter = TimeSpan.FromMinutes(1),
            StationaryMaxLost = TimeSpan.FromMinutes(10),
            ClassAgnostic = c.Tracking.ClassAgnostic,
            HysteresisFrames = 3,
            ScoreUpdateInterval = TimeSpan.FromSeconds(10),
        }));
        Assert.That(c.Tracking.ClassAgnostic, Is.EqualTo(new[] { "car", "truck" }));
    }

    [Test]
    public void Parse_BadTrackingValues_ReportsEachWithItsPath()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                tracking: {min_hits: 0, max_lost: soon, max_age: 3, stationary_max_lost: 1s}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        var errors = ex.Errors.ToDictionary(e => e.Path, e => e.Message);
        Assert.That(errors.Keys, Is.EquivalentTo(new[]
        {
            "cameras[0].tracking.min_hits", "cameras[0].tracking.max_lost", "cameras[0].tracking.max_age",
            "cameras[0].tracking.stationary_max_lost",
        }));
        Assert.That(errors["cameras[0].tracking.max_age"], Is.EqualTo("unknown key"));
        Assert.That(errors["cameras[0].tracking.stationary_max_lost"], Does.Contain("max_lost"));
    }
}
