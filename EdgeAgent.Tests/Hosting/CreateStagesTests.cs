using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Tests.Fixtures;
using EdgeAgent.Hosting;
using EdgeAgent.Motion;
using EdgeAgent.Tracking;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeAgent.Tests.Hosting;

public class CreateStagesTests
{
    [Test]
    public void CreateStages_Defaults_MotionFirstTrackingLast()
    {
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, new AgentOptions(), ModelFixture.Registry);
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x" });
        Assert.That(stages.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(MotionStage), typeof(DetectionStage), typeof(TrackingStage) }));
    }

    [Test]
    public void CreateStages_ZonesOrLines_CrowdStageAfterTracking()
    {
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, new AgentOptions(), ModelFixture.Registry);
        var zone = new ZoneOptions { Name = "z", Polygon = [(0, 0), (1, 0), (1, 1)] };
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x", Zones = [zone] });
        Assert.That(stages.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(MotionStage), typeof(DetectionStage), typeof(TrackingStage), typeof(global::EdgeAgent.Crowds.CrowdStage) }));
        var none = factory.CreateStages(new CameraOptions { Id = "b", Url = "rtsp://h/x", Zones = [zone], Analytics = AnalysisKinds.None });
        Assert.That(none.OfType<global::EdgeAgent.Crowds.CrowdStage>(), Is.Empty, "crowds and counts belong to the objects analytics");
    }

    [Test]
    public void CreateStages_MotionDisabled_NoMotionStage()
    {
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, new AgentOptions(), ModelFixture.Registry);
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x", Motion = new MotionOptions { Enabled = false } });
        Assert.That(stages.OfType<MotionStage>(), Is.Empty);
        Assert.That(stages.OfType<TrackingStage>(), Has.Exactly(1).Items);
    }

    [Test]
    public void CreateStages_PlatesAnalytics_PlateStageAfterTracking()
    {
        using var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance, new AgentOptions { Device = new DeviceOptions { StateDir = TestPaths.TempDir() } }, ModelFixture.Registry);
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x", Analytics = AnalysisKindNames.Parse(["plates"]) });
        Assert.That(stages.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(MotionStage), typeof(DetectionStage), typeof(TrackingStage), typeof(EdgeAgent.Plates.PlateStage) }));
    }
}
