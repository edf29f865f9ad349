using System.Collections;

namespace EdgeAgent.Configuration;

/// <summary>A read-only list of URLs compared by content, so the same YAML read twice gives equal options.</summary>
public sealed class UrlCollection : IReadOnlyList<Uri>, IEquatable<UrlCollection>
{
    private readonly Uri[] _items;

    /// <summary>Creates the list from <paramref name="items"/>, in their order.</summary>
    public UrlCollection(IEnumerable<Uri> items) => _items = [.. items];

    /// <summary>The empty list, shared so that options built in code equal those read from YAML.</summary>
    public static UrlCollection Empty { get; } = new([]);

    /// <inheritdoc />
    public Uri this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<Uri> GetEnumerator() => ((IEnumerable<Uri>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    // Remote config compares the broker section as a whole: list instances differ on every read, their content does not.
    public bool Equals(UrlCollection? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UrlCollection);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var url in _items) hash.Add(url);
        return hash.ToHashCode();
    }

    /// <summary>The URLs with any password masked: records print their members, and this one may be logged.</summary>
    public override string ToString() => string.Join(", ", _items.Select(u => UrlRedaction.Redact(u.ToString())));
}
