namespace EdgeAgent.Events;

/// <summary>The frame an event is raised on: camera, capture time, index and size (to normalise boxes on the wire).</summary>
public readonly record struct EventOrigin(string Camera, DateTimeOffset CaptureTime, long Frame, long Timestamp, int Width, int Height);
