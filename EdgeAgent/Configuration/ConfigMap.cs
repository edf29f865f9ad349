using System.Globalization;
using System.Numerics;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Configuration;

/// <summary>
/// Reads one YAML mapping into typed values, recording every problem with its path instead of stopping at the first.
/// Options types read themselves through it explicitly, so binding needs no reflection (the ARM build is trimmed)
/// and an unknown key is reported rather than silently ignored.
/// </summary>
public sealed class ConfigMap
{
    private readonly YamlMappingNode? _node;
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    /// <summary>Wraps a mapping node (or nothing, when the section is absent) found at <paramref name="path"/>.</summary>
    public ConfigMap(YamlMappingNode? node, string path, List<ConfigError> errors)
    {
        _node = node;
        Path = path;
        Errors = errors;
    }

    /// <summary>Where the document comes from; children inherit it.</summary>
    public ConfigOrigin Origin { get; init; }

    /// <summary>Where this mapping sits in the document.</summary>
    public string Path { get; }

    /// <summary>The shared list every reader appends to.</summary>
    public List<ConfigError> Errors { get; }

    /// <summary>True when the mapping exists in the document.</summary>
    public bool Exists => _node is not null;

    /// <summary>True when the key is written in the document.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>Records a problem at a key of this mapping.</summary>
    public void Error(string key, string message) => Errors.Add(new ConfigError(Join(key), message));

    /// <summary>The path of a key below this mapping.</summary>
    public string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>A string value, or <paramref name="fallback"/> when absent.</summary>
    public string? Text(string key, string? fallback = null, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) Error(key, "is required");
            return fallback;
        }
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            Error(key, $"must be a text value, not {Describe(node)}");
            return fallback;
        }
        if (required && scalar.Value.Length == 0) Error(key, "must not be empty");
        return ExpandVariables(key, scalar.Value);
    }

    /// <summary>
    /// A required name reported in events and counts (zones, lines): free text, but never control characters (a newline
    /// splits a log line and an event) nor the MQTT separators and wildcards, which corrupt any topic built from it.
    /// </summary>
    public string Name(string key)
    {
        var value = Text(key, "", required: true)!;
        if (value.Length > 64 || value.Any(c => char.IsControl(c) || c is '+' or '#' or '/'))
        {
            Error(key, $"'{Printable(value)}' must be at most 64 characters without control characters, '+', '#' or '/'");
        }
        return value;
    }

    /// <summary>A value with control characters shown as escapes, so the error itself stays on one line.</summary>
    internal static string Printable(string value) =>
        value.Any(char.IsControl) ? string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : value;

    /// <summary>
    /// A URL as <see cref="Text"/> reads it, except that a password in its user info must be a <c>${NAME}</c> reference:
    /// a password written in clear would travel with the file into support bundles and tickets. The rule is checked on
    /// the text as written, before the reference is expanded.
    /// </summary>
    public string? Url(string key, string? fallback = null, bool required = false)
    {
        var raw = (Find(key) as YamlScalarNode)?.Value;
        return raw is not null && UrlPassword(key, raw, fallback) is (true, var value) ? value : Text(key, fallback, required);
    }

    /// <summary>
    /// A list of URLs, each read as <see cref="Url"/> reads one (a single value is a list of one); a problem is reported
    /// at <c>key[i]</c>, so the message names the entry.
    /// </summary>
    public IReadOnlyList<string> UrlList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode: return Url(key) is { } one ? [one] : [];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    var item = $"{key}[{i}]";
                    if (seq.Children[i] is not YamlScalarNode { Value: { } raw })
                    {
                        Error(item, $"must be a URL, not {Describe(seq.Children[i])}");
                        continue;
                    }
                    var value = UrlPassword(item, raw, null) is (true, var handled) ? handled : ExpandVariables(item, raw);
                    if (value is not null) list.Add(value);
                }
                return list;
            default:
                Error(key, $"must be a list of URLs, not {Describe(node)}");
                return [];
        }
    }

    /// <summary>The password rules of <see cref="Url"/>; Handled is false when the URL is to be read as plain text.</summary>
    private (bool Handled, string? Value) UrlPassword(string key, string raw, string? fallback)
    {
        var password = UrlRedaction.Password(raw);
        if (password is { Length: > 0 } && !IsReference(password))
        {
            Error(key, "a password written in the URL is refused (the file goes into support bundles); write it as ${VARIABLE} "
                       + "(for example rtsp://user:${CAM_PASSWORD}@host/stream) and set the variable in the service's environment");
            return (true, fallback);
        }
        if (password is { Length: > 0 } && Origin == ConfigOrigin.Remote)
        {
            // The one reference remote config may make: the centre names a camera whose password the device holds.
            var at = raw.IndexOf(password + "@", StringComparison.Ordinal);
            var rest = raw.Remove(at, password.Length);
            if (!rest.Contains("${", StringComparison.Ordinal)) return (true, rest.Insert(at, ExpandVariables(key, password, allowRemote: true)));
            Error(key, RemoteReferenceRefused);
            return (true, fallback);
        }
        return (false, null);
    }

    private static bool IsReference(string text) =>
        text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf('}', StringComparison.Ordinal) == text.Length - 1;

    private const string RemoteReferenceRefused =
        "${NAME} references are read from the device's environment and only the local file may use them (remote config may only use one as a camera URL's password)";

    /// <summary>
    /// Replaces <c>${NAME}</c> with the environment variable's value, so one file serves devices whose paths differ
    /// (and so a URL can take a camera password from the environment instead of the YAML).
    /// </summary>
    private string ExpandVariables(string key, string value, bool allowRemote = false)
    {
        var start = value.IndexOf("${", StringComparison.Ordinal);
        if (start < 0) return value;
        if (Origin == ConfigOrigin.Remote && !allowRemote)
        {
            // A remote document could otherwise copy any of the device's variables (its secrets) into a URL it chooses.
            Error(key, RemoteReferenceRefused);
            return value;
        }
        var sb = new System.Text.StringBuilder(value.Length + 32);
        var pos = 0;
        while (start >= 0)
        {
            var end = value.IndexOf('}', start + 2);
            if (end < 0) break;
            var name = value[(start + 2)..end];
            sb.Append(value, pos, start - pos);
            var env = Environment.GetEnvironmentVariable(name);
            if (env is null) Error(key, $"environment variable {name} is not set");
            sb.Append(env);
            pos = end + 1;
            start = value.IndexOf("${", pos, StringComparison.Ordinal);
        }
        sb.Append(value, pos, value.Length - pos);
        return sb.ToString();
    }

    /// <summary>A whole number within [min, max].</summary>
    public int Whole(string key, int fallback, int min = int.MinValue, int max = int.MaxValue) =>
        Ranged(key, fallback, min, max, "a whole number", static t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    /// <summary>A number within [min, max].</summary>
    public double Number(string key, double fallback, double min = double.MinValue, double max = double.MaxValue) =>
        Ranged(key, fallback, min, max, "a number",
            static t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null);

    private T Ranged<T>(string key, T fallback, T min, T max, string what, Func<string, T?> parse)
        where T : struct, INumber<T>
    {
        var text = Scalar(key);
        if (text is null) return fallback;
        if (parse(text) is not { } value)
        {
            Error(key, $"'{text}' is not {what}");
            return fallback;
        }
        if (value < min || value > max)
        {
            Error(key, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range {min}..{max}"));
            return fallback;
        }
        return value;
    }

    /// <summary>A yes/no value (true/false, yes/no, on/off).</summary>
    public bool Flag(string key, bool fallback)
    {
        var text = Scalar(key);
        if (text is null) return fallback;
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "YES" or "ON": return true;
            case "FALSE" or "NO" or "OFF": return false;
            default:
                Error(key, $"'{text}' is not true or false");
                return fallback;
        }
    }

    /// <summary>A value from a closed set of words, compared without case.</summary>
    public string Choice(string key, string fallback, params string[] allowed)
    {
        var text = Scalar(key);
        if (text is null) return fallback;
        foreach (var a in allowed)
        {
            if (string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) return a;
        }
        Error(key, $"'{text}' is not one of {string.Join(", ", allowed)}");
        return fallback;
    }

    /// <summary>A duration in seconds; accepts plain numbers or values such as <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>2h</c>, <c>7d</c>.</summary>
    public TimeSpan Duration(string key, TimeSpan fallback, TimeSpan? min = null, TimeSpan? max = null)
    {
        var text = Scalar(key);
        if (text is null) return fallback;
        if (!TryParseDuration(text, out var value))
        {
            Error(key, $"'{text}' is not a duration (examples: 30, 30s, 500ms, 5m, 2h, 7d)");
            return fallback;
        }
        if ((min is { } lo && value < lo) || (max is { } hi && value > hi))
        {
            Error(key, $"{text} is out of range {min?.ToString() ?? "-"}..{max?.ToString() ?? "-"}");
            return fallback;
        }
        return value;
    }

    /// <summary>A nested mapping; absent sections read as empty so defaults apply.</summary>
    public T Map<T>(string key, Func<ConfigMap, T> read)
    {
        var node = Find(key);
        if (node is not null and not YamlMappingNode)
        {
            Error(key, $"must be a mapping of keys to values, not {Describe(node)}");
            node = null;
        }
        var child = Child(node as YamlMappingNode, Join(key));
        var value = read(child);
        child.ReportUnknownKeys();
        return value;
    }

    /// <summary>A list of mappings.</summary>
    public IReadOnlyList<T> List<T>(string key, Func<ConfigMap, T> read)
    {
        // An absent list is the shared empty one, so options read from YAML equal those built in code.
        var items = Items(key, "a list");
        if (items.Count == 0) return [];
        var result = new List<T>();
        foreach (var (path, item) in items)
        {
            if (ReadChild(path, item, read) is (true, var value)) result.Add(value);
        }
        return result;
    }

    /// <summary>A mapping whose keys are names chosen by the user (labels, zone names) and whose values are mappings.</summary>
    public IReadOnlyDictionary<string, T> Dictionary<T>(string key, Func<ConfigMap, T> read)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, path, item) in Entries(key, "a mapping of names to settings"))
        {
            if (ReadChild(path, item, read) is (true, var value)) result[name] = value;
        }
        return result;
    }

    /// <summary>A list of text values (a single value is accepted as a list of one).</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode s when s.Value is not null: return [s.Value];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (seq.Children[i] is YamlScalarNode { Value: { } v }) list.Add(v);
                    else Errors.Add(new ConfigError($"{Join(key)}[{i}]", $"must be a text value, not {Describe(seq.Children[i])}"));
                }
                return list;
            default:
                Error(key, $"must be a list of text values, not {Describe(node)}");
                return [];
        }
    }

    /// <summary>A list of numbers (a tensor shape, per-channel means); empty when absent.</summary>
    public IReadOnlyList<double> NumberList(string key)
    {
        // An absent list is the shared empty one, so options read from YAML equal those built in code.
        var items = Items(key, "a list of numbers");
        if (items.Count == 0) return [];
        var list = new List<double>();
        foreach (var (path, item) in items)
        {
            if (item is YamlScalarNode { Value: { } v }
                && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
            {
                list.Add(n);
            }
            else
            {
                Errors.Add(new ConfigError(path, $"must be a number, not {Describe(item)}"));
            }
        }
        return list;
    }

    /// <summary>A mapping of names to single values (free-form options); values are kept as text.</summary>
    public IReadOnlyDictionary<string, string> ScalarMap(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path, item) in Entries(key, "a mapping of names to values"))
        {
            if (item is YamlScalarNode { Value: { } value }) result[name] = value;
            else Errors.Add(new ConfigError(path, $"must be a single value, not {Describe(item)}"));
        }
        return result;
    }

    /// <summary>A list of [x, y] pairs (polygon vertices, line ends), each within [min, max].</summary>
    public IReadOnlyList<(double X, double Y)> Points(string key, double min, double max)
    {
        // An absent list is the shared empty one, so options read from YAML equal those built in code.
        var items = Items(key, "a list of [x, y] points");
        if (items.Count == 0) return [];
        var points = new List<(double, double)>();
        foreach (var (path, item) in items)
        {
            if (item is YamlSequenceNode { Children.Count: 2 } pair
                && pair.Children[0] is YamlScalarNode { Value: { } xs }
                && pair.Children[1] is YamlScalarNode { Value: { } ys }
                && double.TryParse(xs, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                && double.TryParse(ys, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                && double.IsFinite(x) && double.IsFinite(y))
            {
                if (x < min || x > max || y < min || y > max)
                {
                    Errors.Add(new ConfigError(path, $"point [{xs}, {ys}] is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}"));
                    continue;
                }
                points.Add((x, y));
            }
            else
            {
                Errors.Add(new ConfigError(path, "must be a point written as [x, y]"));
            }
        }
        return points;
    }

    /// <summary>Reports every key of this mapping that no reader asked for: a typo must not pass silently.</summary>
    public void ReportUnknownKeys()
    {
        if (_node is null) return;
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? k.ToString();
            if (!_consumed.Contains(name))
            {
                Error(name, "unknown key");
            }
        }
    }

    /// <summary>Longest duration written in a config (100 years): far beyond any setting, far inside what TimeSpan holds.</summary>
    private const double MaxDurationSeconds = 100 * 365.25 * 86400;

    internal static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        var (unit, factor) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => ("ms", 0.001),
            _ when text.EndsWith('s') => ("s", 1.0),
            _ when text.EndsWith('m') => ("m", 60.0),
            _ when text.EndsWith('h') => ("h", 3600.0),
            _ when text.EndsWith('d') => ("d", 86400.0),
            _ => ("", 1.0),
        };
        var number = text[..^unit.Length];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) || n < 0)
        {
            return false;
        }
        // TimeSpan throws past about 29,000 years: a huge value (1e308s) is a bad value, not a crash.
        if (n * factor >= MaxDurationSeconds) return false;
        value = TimeSpan.FromSeconds(n * factor);
        return true;
    }

    private ConfigMap Child(YamlMappingNode? node, string path) => new(node, path, Errors) { Origin = Origin };

    /// <summary>The items of the list at <paramref name="key"/> with their paths; anything but a list is reported as not <paramref name="what"/>.</summary>
    private List<(string Path, YamlNode Item)> Items(string key, string what)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(key, $"must be {what}, not {Describe(node)}");
            return [];
        }
        return [.. seq.Children.Select((item, i) => ($"{Join(key)}[{i}]", item))];
    }

    /// <summary>The entries of the mapping at <paramref name="key"/> with their paths; anything but a mapping is reported as not <paramref name="what"/>.</summary>
    private List<(string Name, string Path, YamlNode Item)> Entries(string key, string what)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlMappingNode map)
        {
            Error(key, $"must be {what}, not {Describe(node)}");
            return [];
        }
        var entries = new List<(string, string, YamlNode)>(map.Children.Count);
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            entries.Add((name, $"{Join(key)}.{name}", v));
        }
        return entries;
    }

    /// <summary>Reads one mapping item of a list or named mapping by <paramref name="read"/>; an item that is not a mapping is reported.</summary>
    private (bool Ok, T Value) ReadChild<T>(string path, YamlNode item, Func<ConfigMap, T> read)
    {
        if (item is not YamlMappingNode map)
        {
            Errors.Add(new ConfigError(path, $"must be a mapping of keys to values, not {Describe(item)}"));
            return (false, default!);
        }
        var child = Child(map, path);
        var value = read(child);
        child.ReportUnknownKeys();
        return (true, value);
    }

    private string? Scalar(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v }) return ExpandVariables(key, v);
        Error(key, $"must be a single value, not {Describe(node)}");
        return null;
    }

    private YamlNode? Find(string key)
    {
        _consumed.Add(key);
        if (_node is null) return null;
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                // An explicit null (`key:` or `key: ~`) means "not set", so defaults apply.
                return v is YamlScalarNode { Value: "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : v;
            }
        }
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => node.NodeType.ToString(),
    };
}
