using System.Text.Json.Nodes;

namespace EdgeAgent.Control.Commands;

/// <summary>The status a command is answered with: <c>{ok, code, message, result}</c>.</summary>
public sealed record CommandReply(bool Ok, string Code, string Message, JsonNode? Result = null)
{
    /// <summary>Details the audit record carries besides command, outcome and message (never sent in the reply).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AuditFields { get; init; } = [];

    /// <summary>
    /// True when the command changed nothing worth an audit record (a chunk in the middle of a transfer, a status query):
    /// such replies are not audited, so a transfer leaves its start and its end in the log, not a line per chunk.
    /// </summary>
    public bool Routine { get; init; }

    /// <summary>A success.</summary>
    public static CommandReply Success(string message, JsonNode? result = null) => new(true, "ok", message, result);

    /// <summary>A refusal with its code (malformed, unknown_command, missing_field, replay, ...).</summary>
    public static CommandReply Error(string code, string message) => new(false, code, message);

    /// <summary>The reply payload.</summary>
    public byte[] ToJson()
    {
        var o = new JsonObject
        {
            ["ok"] = Ok,
            ["code"] = Code,
            ["message"] = Message,
            ["result"] = Result?.DeepClone(),
        };
        return System.Text.Encoding.UTF8.GetBytes(o.ToJsonString());
    }
}

