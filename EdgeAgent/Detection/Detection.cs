using EdgeAgent.Imaging;

namespace EdgeAgent.Detection;

/// <summary>One object found by a detector in one frame, in the frame's pixels.</summary>
public readonly record struct Detection(int ClassId, string Label, float Score, BoxF Box);
