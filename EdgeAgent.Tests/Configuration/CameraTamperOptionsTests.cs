using EdgeAgent.Configuration;

namespace EdgeAgent.Tests.Configuration;

public class CameraTamperOptionsTests
{
    [Test]
    public void Parse_NoTamperSection_OnWithDefaults()
    {
        var camera = ConfigLoader.Parse("cameras: [{id: a, url: rtsp://h/x}]", "t.yaml").Cameras[0];
        Assert.That(camera.Tamper, Is.EqualTo(new CameraTamperOptions()));
        Assert.That(camera.Tamper.Enabled, Is.True);
        Assert.That(camera.Tamper.Learn, Is.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void Parse_TamperKeys_AreRead()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                tamper: {learn: 10m, refresh: 2h, clear: 10s, covered: {start: 0.9, end: 0.7, after: 10s}, turned: {enabled: false}}
              - id: b
                url: rtsp://h/y
                tamper: {enabled: off}
            """;
        var cameras = ConfigLoader.Parse(yaml, "t.yaml").Cameras;
        var t = cameras[0].Tamper;
        Assert.Multiple(() =>
        {
            Assert.That(t.Learn, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(t.Refresh, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(t.Clear, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(t.Covered, Is.EqualTo(new CoveredCheck { Start = 0.9, End = 0.7, After = TimeSpan.FromSeconds(10) }));
            Assert.That(t.Turned.Enabled, Is.False);
            Assert.That(t.Defocused, Is.EqualTo(new CameraTamperOptions().Defocused));
            Assert.That(cameras[1].Tamper.Enabled, Is.False);
        });
    }

    [Test]
    public void Parse_BadTamperValues_ReportsEachWithItsPath()
    {
        var yaml = """
            cameras:
              - id: a
                url: rtsp://h/x
                tamper: {learn: 1s, covered: {start: 0.5, end: 0.7}, defocused: {start: 0.5, end: 0.3}, blinded: {start: 2}, bagged: true}
            """;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "t.yaml"))!;
        var errors = ex.Errors.ToDictionary(e => e.Path, e => e.Message);
        Assert.That(errors.Keys, Is.EquivalentTo(new[]
        {
            "cameras[0].tamper.learn", "cameras[0].tamper.covered.end", "cameras[0].tamper.defocused.end",
            "cameras[0].tamper.blinded.start", "cameras[0].tamper.bagged",
        }));
        Assert.That(errors["cameras[0].tamper.covered.end"], Does.Contain("below start"));
        Assert.That(errors["cameras[0].tamper.defocused.end"], Does.Contain("above start"));
    }
}
