using EdgeAgent.Detection;
using EdgeAgent.Imaging;

namespace EdgeAgent.Tests.Tracking;

/// <summary>Hand-made detections for tracker tests: boxes by centre and size, COCO class ids.</summary>
internal static class TrackerScenario
{
    public const double Fps = 5;

    public static global::EdgeAgent.Detection.Detection Person(float cx, float cy, float score = 0.9f, float w = 40, float h = 100) =>
        new(0, "person", score, new BoxF(cx - (w / 2), cy - (h / 2), w, h));

    public static global::EdgeAgent.Detection.Detection Car(float cx, float cy, float score = 0.9f, float w = 160, float h = 90) =>
        new(2, "car", score, new BoxF(cx - (w / 2), cy - (h / 2), w, h));

    public static global::EdgeAgent.Detection.Detection Truck(float cx, float cy, float score = 0.9f, float w = 160, float h = 90) =>
        new(7, "truck", score, new BoxF(cx - (w / 2), cy - (h / 2), w, h));
}
