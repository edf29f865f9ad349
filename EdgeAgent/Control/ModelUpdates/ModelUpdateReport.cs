using System.Text.Json;
using EdgeAgent.Transport;

namespace EdgeAgent.Control.ModelUpdates;

/// <summary>
/// The <c>models</c> part of the retained <c>state</c> message: for each model ever updated on this device, the live
/// version and what became of its last update, so the centre sees a probation, a rollback or a failure without asking.
/// </summary>
public sealed class ModelUpdateReport(string stateDir) : IStateDetails
{
    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var records = ModelUpdateRecord.ReadAll(stateDir);
        if (records.Count == 0) return;
        writer.WriteStartObject("models");
        foreach (var r in records)
        {
            writer.WriteStartObject(r.ModelId);
            r.WriteSummary(writer);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
