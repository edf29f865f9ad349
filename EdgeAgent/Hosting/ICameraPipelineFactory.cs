using EdgeAgent.Configuration;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Hosting;

/// <summary>Builds a camera's pipeline; the camera service runs whatever it builds (tests hand it fake sources and stages).</summary>
public interface ICameraPipelineFactory
{
    /// <summary>The pipeline of one camera.</summary>
    CameraPipeline Create(CameraOptions camera);
}
