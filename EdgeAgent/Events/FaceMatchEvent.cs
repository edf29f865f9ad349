using System.Text.Json;

namespace EdgeAgent.Events;

/// <summary>A person track's face matched a watchlist entry on enough best shots: sent first, never dropped.</summary>
public sealed record FaceMatchEvent : BoxedEvent
{
    /// <inheritdoc />
    public override string Kind => "face_match";

    /// <inheritdoc />
    public override EventPriority Priority => EventPriority.High;

    /// <summary>Watchlist entry id.</summary>
    public required string Entry { get; init; }

    /// <summary>The entry's category.</summary>
    public string Category { get; init; } = "";

    /// <summary>Best cosine similarity among the agreeing shots.</summary>
    public float Similarity { get; init; }

    /// <summary>Its margin over the second-best identity.</summary>
    public float Margin { get; init; }

    /// <summary>Best shots that agreed on the entry.</summary>
    public int Votes { get; init; }

    /// <summary>Person track id (0 without tracking).</summary>
    public long Track { get; init; }

    /// <summary>JPEG of the aligned face, only when the camera has <c>thumbnails: true</c>.</summary>
    public ReadOnlyMemory<byte> Thumbnail { get; init; }

    /// <inheritdoc />
    public override void WriteFields(Utf8JsonWriter writer, bool pixels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("entry", Entry);
        if (Category.Length > 0) writer.WriteString("category", Category);
        EventJson.WriteScore(writer, "similarity", Similarity);
        EventJson.WriteScore(writer, "margin", Margin);
        writer.WriteNumber("votes", Votes);
        if (Track != 0) writer.WriteNumber("track", Track);
        WriteBox(writer, pixels);
        if (!Thumbnail.IsEmpty) writer.WriteBase64String("thumbnail", Thumbnail.Span);
    }
}
