using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A device condition started or ended: overheating, disk_nearly_full, disk_full, outbox_failing or camera_down (the camera is named).</summary>
public sealed record DeviceEvent : AgentEvent
{
    /// <summary>Reason for overheating.</summary>
    public const string Overheating = "overheating";

    /// <summary>Reason for a state folder running out of space.</summary>
    public const string DiskNearlyFull = "disk_nearly_full";

    /// <summary>Reason for the outbox refused by a full disk: events are held in memory or dropped (a gap in seq).</summary>
    public const string DiskFull = "disk_full";

    /// <summary>Reason for the outbox failing to write for another cause (read-only or vanished disk, I/O errors).</summary>
    public const string OutboxFailing = "outbox_failing";

    /// <summary>Reason for a camera without frames for longer than the configured time.</summary>
    public const string CameraDown = "camera_down";

    /// <inheritdoc />
    public override string Kind => "device";

    /// <summary>Rare and about the device itself: the centre must hear of them even while the disk refuses the rest.</summary>
    public override EventPriority Priority => EventPriority.High;

    /// <summary>Which condition: one of the constants above.</summary>
    public required string Reason { get; init; }

    /// <summary>The measured value that crossed the threshold (°C, percent free, MiB free for disk_full, seconds without frames).</summary>
    public double Value { get; init; }

    /// <summary>The threshold that was crossed (the start threshold on start, the clear threshold on end).</summary>
    public double Threshold { get; init; }

    /// <summary>Free bytes on the state folder's disk, for the disk conditions; null for the others.</summary>
    public long? DiskFreeBytes { get; init; }

    /// <summary>Size of the state folder's disk, for the disk conditions; null for the others.</summary>
    public long? DiskTotalBytes { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("reason", Reason);
        writer.WriteNumber("value", Math.Round(Value, 1));
        writer.WriteNumber("threshold", Math.Round(Threshold, 1));
        // A percentage alone does not say whether 2 % is 600 MB or 20 GB: the figures go with it.
        if (DiskFreeBytes is { } free && DiskTotalBytes is { } total && total > 0)
        {
            writer.WriteNumber("disk_free_bytes", free);
            writer.WriteNumber("disk_total_bytes", total);
            writer.WriteNumber("disk_free_pct", Math.Round(100.0 * free / total, 1));
        }
    }
}
