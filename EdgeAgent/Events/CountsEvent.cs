using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>Smoothed occupancy of a zone over one counts interval.</summary>
public readonly record struct OccupancySummary(float Min, float Max, float Mean);

/// <summary>Crossings of a line in each direction over one counts interval ("ab": left to right of A→B on screen).</summary>
public readonly record struct FlowCounts(int AToB, int BToA);

/// <summary>One zone's occupancy in a counts message; a group is null when the zone does not count its labels.</summary>
public sealed record ZoneTally(string Zone, OccupancySummary? People, OccupancySummary? Vehicles);

/// <summary>One line's flows in a counts message; a group is null when the line does not count its labels.</summary>
public sealed record LineTally(string Line, FlowCounts? People, FlowCounts? Vehicles);

/// <summary>
/// Periodic counts of one camera: for every zone the people and vehicles present (min, max, mean of the smoothed
/// occupancy) and for every line those that crossed it each way, over one interval of stream time. One message per
/// interval however many objects passed, so the centre can chart flows without following tracks.
/// </summary>
/// <remarks>
/// Wire fields, kept short because one goes out per camera per minute for ever: the envelope's <c>ts</c> is the end
/// of the interval, <c>dur</c> its length in seconds (so it began at <c>ts - dur</c>), <c>zones</c>: <c>{name: {"p": [min, max, mean],
/// "v": [min, max, mean]}}</c>, <c>lines</c>: <c>{name: {"p": [ab, ba], "v": [ab, ba]}}</c>; <c>p</c> people,
/// <c>v</c> vehicles, a group absent when the zone or line does not count its labels.
/// </remarks>
public sealed record CountsEvent : AgentEvent
{
    /// <inheritdoc />
    public override string Kind => "counts";

    /// <summary>Capture time of the interval's first frame (its end is <see cref="AgentEvent.CaptureTime"/>).</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>Seconds of stream time the interval covers.</summary>
    public double Duration { get; init; }

    /// <summary>Per zone, in configuration order.</summary>
    public IReadOnlyList<ZoneTally> Zones { get; init; } = [];

    /// <summary>Per line, in configuration order.</summary>
    public IReadOnlyList<LineTally> Lines { get; init; } = [];

    /// <summary>Counts are for charts: the next interval says it again, so they are the first to go when the outbox is full.</summary>
    public override EventPriority Priority => EventPriority.Low;

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("dur", Math.Round(Duration, 1));
        WriteTallies(writer, "zones", Zones, z => (z.Zone, z.People, z.Vehicles), WriteOccupancy);
        WriteTallies(writer, "lines", Lines, l => (l.Line, l.People, l.Vehicles), WriteFlow);
    }

    /// <summary>Zones and lines alike: an object per name holding a <c>p</c> (people) and a <c>v</c> (vehicles) group, each only when counted.</summary>
    private static void WriteTallies<TTally, TGroup>(Utf8JsonWriter writer, string name, IReadOnlyList<TTally> tallies,
        Func<TTally, (string Name, TGroup? People, TGroup? Vehicles)> parts, Action<Utf8JsonWriter, string, TGroup> writeGroup)
        where TGroup : struct
    {
        writer.WriteStartObject(name);
        foreach (var tally in tallies)
        {
            var (id, people, vehicles) = parts(tally);
            writer.WriteStartObject(id);
            if (people is { } p) writeGroup(writer, "p", p);
            if (vehicles is { } v) writeGroup(writer, "v", v);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteOccupancy(Utf8JsonWriter writer, string name, OccupancySummary s)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(Math.Round(s.Min, 1));
        writer.WriteNumberValue(Math.Round(s.Max, 1));
        writer.WriteNumberValue(Math.Round(s.Mean, 1));
        writer.WriteEndArray();
    }

    private static void WriteFlow(Utf8JsonWriter writer, string name, FlowCounts f)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(f.AToB);
        writer.WriteNumberValue(f.BToA);
        writer.WriteEndArray();
    }
}
