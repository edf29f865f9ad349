using EdgeAgent.Configuration;

namespace EdgeAgent.Tests.Configuration;

public class CrowdOptionsTests
{
    [Test]
    public void Parse_CrowdAndCounts_AreRead()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                counts: {interval: 5m, window: 2s, vehicles: [car, bus]}
                zones:
                  - name: hall
                    polygon: [[0, 0], [1, 0], [1, 1]]
                    crowd: {threshold: 40, lower: 30, min_duration: 20s, clear_duration: 10s, update_interval: 1m, method: heatmap, calibrate_below: 6}
                  - {name: door, polygon: [[0, 0], [1, 0], [1, 1]]}
            """;
        var c = ConfigLoader.Parse(yaml, "t.yaml").Cameras[0];
        Assert.That(c.Counts.Interval, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(c.Counts.Window, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(c.Counts.Vehicles, Is.EqualTo(new[] { "car", "bus" }));
        Assert.That(c.Counts.People, Is.EqualTo(new[] { "person" }));
        var crowd = c.Zones[0].Crowd!;
        Assert.That(crowd.Threshold, Is.EqualTo(40));
        Assert.That(crowd.Lower, Is.EqualTo(30));
        Assert.That(crowd.MinDuration, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(crowd.ClearDuration, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(crowd.UpdateInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(crowd.Method, Is.EqualTo("heatmap"));
        Assert.That(crowd.CalibrateBelow, Is.EqualTo(6));
        Assert.That(c.Zones[1].Crowd, Is.Null);
    }

    [Test]
    public void Parse_CrowdDefaults_LowerBelowThreshold()
    {
        var c = ConfigLoader.Parse("cameras: [{id: a, url: rtsp://h/x, zones: [{name: z, polygon: [[0, 0], [1, 0], [1, 1]], crowd: {threshold: 10}}]}]", "t.yaml").Cameras[0];
        Assert.That(c.Zones[0].Crowd!.Lower, Is.EqualTo(8));
        Assert.That(c.Zones[0].Crowd!.Method, Is.EqualTo("tracks"));
        Assert.That(c.Counts.Interval, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(CrowdOptions.DefaultLower(2), Is.EqualTo(1), "at least one below the threshold");
    }

    [Test]
    public void Parse_BadCrowd_EveryErrorWithItsPath()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                counts: {interval: 500ms}
                zones:
                  - {name: z, polygon: [[0, 0], [1, 0], [1, 1]], crowd: {lower: 3, method: magic, treshold: 5}}
                  - {name: y, polygon: [[0, 0], [1, 0], [1, 1]], crowd: {threshold: 5, lower: 7}}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        var text = ex.Message;
        Assert.That(text, Does.Contain("cameras[0].zones[0].crowd.threshold"));
        Assert.That(text, Does.Contain("cameras[0].zones[0].crowd.method"));
        Assert.That(text, Does.Contain("cameras[0].zones[0].crowd.treshold"));
        Assert.That(text, Does.Contain("cameras[0].zones[1].crowd.lower"));
        Assert.That(text, Does.Contain("cameras[0].counts.interval"));
    }
}
