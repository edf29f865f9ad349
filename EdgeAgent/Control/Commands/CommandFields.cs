using System.Text.Json;

namespace EdgeAgent.Control.Commands;

/// <summary>Checks of command request fields shared by the handlers.</summary>
internal static class CommandFields
{
    /// <summary>True when <paramref name="request"/> has <paramref name="key"/> of JSON kind <paramref name="kind"/>.</summary>
    public static bool Has(JsonElement request, string key, JsonValueKind kind) => request.TryGetProperty(key, out var v) && v.ValueKind == kind;

    /// <summary>The missing_field refusal of command <paramref name="name"/>, null when <paramref name="problem"/> is null.</summary>
    public static CommandReply? Missing(string name, string? problem) => problem is null ? null : CommandReply.Error("missing_field", $"{name}: {problem}");

    /// <summary>False only when the request says <c>"restart": false</c>.</summary>
    public static bool WantsRestart(JsonElement request) => !request.TryGetProperty("restart", out var r) || r.ValueKind != JsonValueKind.False;

    /// <summary><paramref name="s"/> cut to <paramref name="max"/> characters.</summary>
    public static string Truncate(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max), "...");
}
