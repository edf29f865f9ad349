namespace EdgeAgent.Tests.Fixtures;

/// <summary>The published event schema (docs/events.schema.json), for checking payloads as a consumer would.</summary>
public static class EventSchema
{
    /// <summary>Null when <paramref name="payload"/> is valid, else the schema's complaints.</summary>
    public static string? Problems(string payload) => MessageSchema.Events.Problems(payload);

    /// <summary>Asserts the payload is valid, listing the problems when not.</summary>
    public static void AssertValid(string payload) => MessageSchema.Events.AssertValid(payload);
}
