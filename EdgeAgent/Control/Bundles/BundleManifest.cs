using System.Text.Json;

namespace EdgeAgent.Control.Bundles;

/// <summary>One file of a bundle: its name inside the bundle, size and sha256 (lower-case hex).</summary>
public sealed record BundleFile(string Name, long Size, string Sha256);

/// <summary>
/// What a signed bundle carries and claims: kind (model or watchlist), id, version, the sha256 of every file, the
/// oldest agent that may install it, the models it targets and when it was made. Signed byte for byte as written.
/// </summary>
public sealed record BundleManifest
{
    /// <summary>Manifest format this agent reads.</summary>
    public const int Format = 1;

    /// <summary>Bundle kinds.</summary>
    public static readonly string[] Kinds = ["model", "watchlist"];

    /// <summary>model or watchlist.</summary>
    public required string Kind { get; init; }

    /// <summary>Model id from the model manifest, or the watchlist's name.</summary>
    public required string Id { get; init; }

    /// <summary>Version, dotted numbers; a device accepts only a newer one than it has installed.</summary>
    public required string Version { get; init; }

    /// <summary>Oldest agent version that may install the bundle.</summary>
    public string MinAgentVersion { get; init; } = "0.0.0";

    /// <summary>Model ids the bundle is meant for (a model bundle names its own id).</summary>
    public IReadOnlyList<string> TargetModels { get; init; } = [];

    /// <summary>When the maintainer packed it.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>Every file of the bundle; nothing else may be in the archive.</summary>
    public required IReadOnlyList<BundleFile> Files { get; init; }

    /// <summary>Writes the manifest as compact JSON (these exact bytes are signed).</summary>
    public byte[] ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("kind", Kind);
            w.WriteString("id", Id);
            w.WriteString("version", Version);
            w.WriteString("min_agent_version", MinAgentVersion);
            w.WriteStartArray("target_models");
            foreach (var t in TargetModels) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteString("created", Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("files");
            foreach (var f in Files)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteNumber("size", f.Size);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    /// <summary>Parses manifest JSON; throws <see cref="BundleException"/> (code malformed) naming the field.</summary>
    public static BundleManifest Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray());
            var r = doc.RootElement;
            if (r.ValueKind != JsonValueKind.Object) throw Malformed("the manifest is not a JSON object");
            var format = r.TryGetProperty("format", out var fe) && fe.ValueKind == JsonValueKind.Number && fe.TryGetInt32(out var fv) ? fv : 0;
            if (format != Format) throw Malformed($"format {format} is not {Format}");
            var kind = Text(r, "kind");
            if (Array.IndexOf(Kinds, kind) < 0) throw Malformed($"kind '{kind}' is not model or watchlist");
            var id = Text(r, "id");
            // The id names state files (watchlists/ID.version, models/ID/): a plain name, whoever signed it.
            if (!IsSafeName(id) || id.StartsWith('.')) throw Malformed($"id '{id}' is not a plain name");
            var version = Text(r, "version");
            if (!BundleVersion.TryParse(version, out _)) throw Malformed($"version '{version}' is not dotted numbers (with an optional -tag or +build of letters, digits, '.' and '-')");
            var minAgent = r.TryGetProperty("min_agent_version", out var mv) ? mv.GetString() ?? "0.0.0" : "0.0.0";
            if (!BundleVersion.TryParse(minAgent, out _)) throw Malformed($"min_agent_version '{minAgent}' is not dotted numbers");
            var files = new List<BundleFile>();
            if (!r.TryGetProperty("files", out var fa) || fa.ValueKind != JsonValueKind.Array) throw Malformed("files: missing");
            long total = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var f in fa.EnumerateArray())
            {
                var field = $"files[{i++}]";
                var name = Text(f, "name", field);
                if (!IsSafeName(name)) throw Malformed($"{field}.name: '{name}' is not a plain file name");
                if (!names.Add(name)) throw Malformed($"{field}.name: {name} is listed twice");
                var sha = Text(f, "sha256", field);
                if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit)) throw Malformed($"{field}.sha256: {name}: not 64 hex digits");
                var size = Size(f, field, name);
                // The extraction caps come from here: the total is bounded before a single byte is written.
                total += size;
                if (total > SignedBundle.MaxBytes) throw Malformed($"{field}.size: the files declare more than the {SignedBundle.MaxBytes}-byte bundle limit");
                files.Add(new BundleFile(name, size, sha.ToLowerInvariant()));
            }
            var targets = new List<string>();
            if (r.TryGetProperty("target_models", out var ta) && ta.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in ta.EnumerateArray()) targets.Add(t.GetString() ?? "");
            }
            return new BundleManifest
            {
                Kind = kind,
                Id = id,
                Version = version,
                MinAgentVersion = minAgent,
                TargetModels = targets,
                Created = r.TryGetProperty("created", out var c) && c.TryGetDateTimeOffset(out var created) ? created : default,
                Files = files,
            };
        }
        catch (JsonException ex)
        {
            throw Malformed($"the manifest is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw Malformed($"the manifest has a field of the wrong type: {ex.Message}");
        }
    }

    /// <summary>A name with no folder part, no traversal and no control characters.</summary>
    public static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 200 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0 && !name.Any(char.IsControl);

    private static string Text(JsonElement e, string key, string? parent = null)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.String || v.GetString() is not { Length: > 0 } s)
        {
            throw Malformed($"{(parent is null ? key : parent + "." + key)}: missing or not a string");
        }
        return s;
    }

    /// <summary>A file's declared size: a whole number of bytes within the bundle limit (1e300 or -1 is refused by field, not by an exception).</summary>
    private static long Size(JsonElement f, string field, string name)
    {
        if (!f.TryGetProperty("size", out var s)) throw Malformed($"{field}.size: {name}: missing");
        if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var size)) throw Malformed($"{field}.size: {name}: {s.GetRawText()} is not a whole number of bytes");
        if (size is < 0 or > SignedBundle.MaxBytes) throw Malformed($"{field}.size: {name}: {size} is out of range (0 to {SignedBundle.MaxBytes} bytes)");
        return size;
    }

    private static BundleException Malformed(string message) => new(BundleError.Malformed, "bundle manifest: " + message);
}
