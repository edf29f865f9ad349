using System.Text.Json.Nodes;

namespace EdgeAgent.Configuration;

/// <summary>
/// The YAML options of one record, each declared once: key, range, allowed words and doc, with a getter and a
/// <c>with</c>-setter. The reader, its error messages and the JSON Schema all come from this table, and every default is
/// the record's own property initialiser (read from <c>new T()</c>), so no default is written twice. Lambdas instead of
/// reflection keep the trimmed ARM build safe.
/// </summary>
internal sealed class OptionTable<T>
    where T : new()
{
    private readonly List<Entry> _entries = [];
    private readonly string _doc;
    private Func<ConfigMap, T, T>? _check;

    private sealed record Entry(string Key, Func<ConfigMap, T, T> Read, Func<T, JsonObject> Schema, bool Required);

    /// <summary>Starts the table of a section described by <paramref name="doc"/> (the schema's description).</summary>
    public OptionTable(string doc) => _doc = doc;

    /// <summary>Reads a mapping: every declared key, then the cross-field rules.</summary>
    public T Read(ConfigMap m)
    {
        var o = new T();
        foreach (var e in _entries) o = e.Read(m, o);
        return _check is null ? o : _check(m, o);
    }

    /// <summary>The JSON Schema of the mapping; unknown keys are refused as the reader refuses them.</summary>
    public JsonObject Schema()
    {
        var defaults = new T();
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var e in _entries)
        {
            properties[e.Key] = e.Schema(defaults);
            if (e.Required) required.Add((JsonNode)e.Key);
        }
        var schema = new JsonObject { ["type"] = "object", ["description"] = _doc, ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Count > 0) schema["required"] = required;
        return schema;
    }

    /// <summary>Rules between fields (one must exceed another), kept as explicit code with their own messages.</summary>
    public OptionTable<T> Check(Func<ConfigMap, T, T> check)
    {
        _check = check;
        return this;
    }

    /// <summary>A whole number within [min, max].</summary>
    public OptionTable<T> Whole(string key, Func<T, int> get, Func<T, int, T> set, int min, int max, string doc) =>
        Add(key, (m, o) => set(o, m.Whole(key, get(o), min, max)), d => OptionSchema.Scalar(OptionSchema.Whole(min, max), doc, get(d)));

    /// <summary>A number within [min, max].</summary>
    public OptionTable<T> Number(string key, Func<T, double> get, Func<T, double, T> set, double min, double max, string doc) =>
        Add(key, (m, o) => set(o, m.Number(key, get(o), min, max)), d => OptionSchema.Scalar(OptionSchema.Number(min, max), doc, get(d)));

    /// <summary>A yes/no value.</summary>
    public OptionTable<T> Flag(string key, Func<T, bool> get, Func<T, bool, T> set, string doc) =>
        Add(key, (m, o) => set(o, m.Flag(key, get(o))), d => OptionSchema.Scalar(OptionSchema.Flag(), doc, get(d)));

    /// <summary>One word of <paramref name="allowed"/>, compared without case.</summary>
    public OptionTable<T> Choice(string key, Func<T, string> get, Func<T, string, T> set, string[] allowed, string doc) =>
        Add(key, (m, o) => set(o, m.Choice(key, get(o), allowed)), d => OptionSchema.Scalar(OptionSchema.Choice(allowed), doc, get(d)));

    /// <summary>A duration within [min, max] (plain seconds or 500ms, 30s, 5m, 2h, 7d).</summary>
    public OptionTable<T> Duration(string key, Func<T, TimeSpan> get, Func<T, TimeSpan, T> set, TimeSpan min, TimeSpan max, string doc) =>
        Add(key, (m, o) => set(o, m.Duration(key, get(o), min, max)), d => OptionSchema.Scalar(OptionSchema.Duration(min, max), doc, get(d).TotalSeconds));

    /// <summary>A text value; <paramref name="required"/> ones must be written and not empty.</summary>
    public OptionTable<T> Text(string key, Func<T, string> get, Func<T, string, T> set, string doc, bool required = false) =>
        Add(key, (m, o) => set(o, m.Text(key, get(o), required)!), d => OptionSchema.Scalar(OptionSchema.Text(), doc, get(d)), required);

    /// <summary>A text value that stays null unless written (a path or name the agent works out otherwise).</summary>
    public OptionTable<T> OptionalText(string key, Func<T, string?, T> set, string doc) =>
        Add(key, (m, o) => m.Text(key) is { } text ? set(o, text) : o, _ => OptionSchema.Scalar(OptionSchema.Text(), doc));

    /// <summary>A list of text values (one value counts as a list of one); absent keeps the default list.</summary>
    public OptionTable<T> Strings(string key, Func<T, IReadOnlyList<string>> get, Func<T, IReadOnlyList<string>, T> set, string doc) =>
        Add(key, (m, o) => m.Has(key) ? set(o, m.StringList(key)) : o, d => OptionSchema.Scalar(OptionSchema.Strings(), doc, new JsonArray([.. get(d).Select(s => JsonValue.Create(s))])));

    /// <summary>A secret reference (env:NAME or file:/path), null unless written.</summary>
    public OptionTable<T> Secret(string key, Func<T, SecretRef?, T> set, string doc) =>
        Add(key, (m, o) => SecretRef.Read(m, key) is { } secret ? set(o, secret) : o, _ => OptionSchema.Scalar(OptionSchema.Secret(), doc));

    /// <summary>A nested section read by its own table; an absent section takes the table's defaults.</summary>
    public OptionTable<T> Section<TS>(string key, Func<T, TS, T> set, OptionTable<TS> table)
        where TS : new() =>
        Add(key, (m, o) => set(o, m.Map(key, table.Read)), _ => OptionSchema.Section(table.Schema()));

    /// <summary>A nested section that is null unless written (optional hardware, a zone's alarm).</summary>
    public OptionTable<T> OptionalSection<TS>(string key, Func<T, TS?, T> set, OptionTable<TS> table)
        where TS : class, new() =>
        Add(key, (m, o) => m.Has(key) ? set(o, m.Map(key, table.Read)) : o, _ => OptionSchema.Section(table.Schema()));

    /// <summary>A list of sections, each read by <paramref name="table"/>.</summary>
    public OptionTable<T> List<TS>(string key, Func<T, IReadOnlyList<TS>, T> set, OptionTable<TS> table, string doc)
        where TS : new() =>
        Add(key, (m, o) => set(o, m.List(key, table.Read)), _ => OptionSchema.Section(new JsonObject { ["type"] = "array", ["description"] = doc, ["items"] = table.Schema() }));

    /// <summary>
    /// An option whose reading is its own code (secret references, URLs, polygons); its default, when it has one, is
    /// still the property initialiser, which <paramref name="read"/> receives as the record so far.
    /// </summary>
    public OptionTable<T> Custom(string key, Func<ConfigMap, T, T> read, JsonObject schema, string doc, bool required = false)
    {
        schema["description"] = doc;
        return Add(key, read, _ => (JsonObject)schema.DeepClone(), required);
    }

    private OptionTable<T> Add(string key, Func<ConfigMap, T, T> read, Func<T, JsonObject> schema, bool required = false)
    {
        _entries.Add(new Entry(key, read, schema, required));
        return this;
    }
}
