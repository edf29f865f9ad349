using EdgeAgent.Configuration;
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
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance);
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x" });
        Assert.That(stages[0], Is.TypeOf<MotionStage>());
        Assert.That(stages[^1], Is.TypeOf<TrackingStage>());
    }

    [Test]
    public void CreateStages_MotionDisabled_NoMotionStage()
    {
        var factory = new CameraPipelineFactory(TimeProvider.System, NullLoggerFactory.Instance);
        var stages = factory.CreateStages(new CameraOptions { Id = "a", Url = "rtsp://h/x", Motion = new MotionOptions { Enabled = false } });
        Assert.That(stages.OfType<MotionStage>(), Is.Empty);
        Assert.That(stages.OfType<TrackingStage>(), Has.Exactly(1).Items);
    }
}
