using System.Globalization;
using System.Text.Json;
using EdgeAgent.Common;
using EdgeAgent.Models;

namespace EdgeAgent.Control.ModelUpdates;

/// <summary>What became of a model update: on probation, kept, rolled back, or failed before the switch.</summary>
public static class UpdateStatus
{
    /// <summary>Switched and running, not yet proven: rolled back if the pipeline's health regresses.</summary>
    public const string Probation = "probation";

    /// <summary>Passed probation (or none was configured): the new version stays.</summary>
    public const string Kept = "kept";

    /// <summary>Switched, then the previous version was made live again.</summary>
    public const string RolledBack = "rolled_back";

    /// <summary>Refused before the switch (load or samples failed): the live version never changed.</summary>
    public const string Failed = "failed";
}

/// <summary>
/// The last update of one model, kept in <c>{state_dir}/models/{id}/update.json</c>: reported on <c>state</c> and in
/// command replies, and the probation's memory across restarts (baseline health, how often the agent started with it).
/// </summary>
public sealed record ModelUpdateRecord
{
    private const string FileName = "update.json";

    /// <summary>Model id.</summary>
    public required string ModelId { get; init; }

    /// <summary>The version the update installed.</summary>
    public required string Version { get; init; }

    /// <summary>The version live before it.</summary>
    public required string PreviousVersion { get; init; }

    /// <summary>One of <see cref="UpdateStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why it ended as it did (empty while all is well).</summary>
    public string Reason { get; init; } = "";

    /// <summary>When the status last changed.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Frames analysed per second over every camera before the update; 0 when nothing was measured.</summary>
    public double BaselineFps { get; init; }

    /// <summary>Share of frames whose analysis failed before the update.</summary>
    public double BaselineFaultRate { get; init; }

    /// <summary>Agent starts with this version during probation.</summary>
    public int Starts { get; init; }

    /// <summary>Path of the record of <paramref name="modelId"/> under <paramref name="stateDir"/>.</summary>
    public static string PathOf(string stateDir, string modelId) => System.IO.Path.Combine(new ModelSlots(stateDir, modelId).Root, FileName);

    /// <summary>The record of <paramref name="modelId"/>, or null when it was never updated (or the file is unreadable).</summary>
    public static ModelUpdateRecord? Read(string stateDir, string modelId)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(PathOf(stateDir, modelId)));
            var r = doc.RootElement;
            return new ModelUpdateRecord
            {
                ModelId = modelId,
                Version = r.GetProperty("version").GetString()!,
                PreviousVersion = r.GetProperty("previous_version").GetString()!,
                Status = r.GetProperty("status").GetString()!,
                Reason = r.GetProperty("reason").GetString() ?? "",
                At = DateTimeOffset.Parse(r.GetProperty("at").GetString()!, CultureInfo.InvariantCulture),
                BaselineFps = r.GetProperty("baseline_fps").GetDouble(),
                BaselineFaultRate = r.GetProperty("baseline_fault_rate").GetDouble(),
                Starts = r.GetProperty("starts").GetInt32(),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
        {
            return null;
        }
    }

    /// <summary>The records of every model under <paramref name="stateDir"/> that was ever updated, by id.</summary>
    public static IReadOnlyList<ModelUpdateRecord> ReadAll(string stateDir)
    {
        var root = System.IO.Path.Combine(stateDir, "models");
        var list = new List<ModelUpdateRecord>();
        if (!Directory.Exists(root)) return list;
        foreach (var dir in Directory.EnumerateDirectories(root))
        {
            if (Read(stateDir, System.IO.Path.GetFileName(dir)) is { } r) list.Add(r);
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.ModelId, b.ModelId));
        return list;
    }

    /// <summary>Writes the record by rename, so a power cut leaves the old or the new one whole.</summary>
    public void Write(string stateDir)
    {
        var path = PathOf(stateDir, ModelId);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            w.WriteString("previous_version", PreviousVersion);
            w.WriteString("status", Status);
            w.WriteString("reason", Reason);
            w.WriteString("at", At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteNumber("baseline_fps", Math.Round(BaselineFps, 3));
            w.WriteNumber("baseline_fault_rate", Math.Round(BaselineFaultRate, 4));
            w.WriteNumber("starts", Starts);
            w.WriteEndObject();
        }
        StateFiles.WriteAllBytes(path, ms.GetBuffer().AsSpan(0, (int)ms.Length));
    }

    /// <summary>Writes the fields the centre reads (<c>state</c>, replies): the live version, the update's version, the one before it, status, reason, time.</summary>
    public void WriteSummary(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteString("live", Status is UpdateStatus.Probation or UpdateStatus.Kept ? Version : PreviousVersion);
        w.WriteString("version", Version);
        w.WriteString("previous_version", PreviousVersion);
        w.WriteString("update", Status);
        if (Reason.Length > 0) w.WriteString("reason", Reason);
        w.WriteNumber("at", At.ToUnixTimeMilliseconds());
    }
}
