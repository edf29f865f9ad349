using System.Text;
using System.Text.Json;

namespace EdgeAgent.Evaluation;

/// <summary>Writes an evaluation's figures as one JSON object (reports, not a hot path: a lambda per call is fine).</summary>
internal static class EvaluationJson
{
    /// <summary>One object whose members <paramref name="members"/> writes.</summary>
    public static string Object(Action<Utf8JsonWriter> members)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            members(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
