using System.Buffers;
using System.Text.Json;

namespace EdgeAgent.Transport;

/// <summary>The retained <c>.../state</c> payload: <c>{"v":1,"state":"online","session":7,"dev":"edge-01","ts":...}</c>.</summary>
public static class StatePayload
{
    /// <summary>Encodes a state message.</summary>
    public static byte[] Create(string state, long session, string device, DateTimeOffset time, string? version = null, IStateDetails? details = null)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("v", Events.EventJson.SchemaVersion);
            w.WriteString("state", state);
            w.WriteNumber("session", session);
            w.WriteString("dev", device);
            w.WriteNumber("ts", time.ToUnixTimeMilliseconds());
            if (version is not null) w.WriteString("agent", version);
            details?.Write(w);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
