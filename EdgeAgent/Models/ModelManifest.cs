using System.Globalization;
using System.Text.RegularExpressions;
using EdgeAgent.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Models;

/// <summary>A manifest entry that could not be read, with every problem found in it.</summary>
public sealed record ManifestEntryError(string ModelId, IReadOnlyList<ConfigError> Errors)
{
    /// <inheritdoc />
    public override string ToString() => $"model {ModelId}: {string.Join("; ", Errors)}";
}

/// <summary>
/// The model manifest (<c>models/manifest.yaml</c>): what each model is, where its bytes come from, its sha256 and how it
/// is fed and decoded. An entry with problems is set aside with its errors so the other models still load.
/// </summary>
public sealed partial class ModelManifest
{
    /// <summary>Manifest format this agent reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Tasks a model may have.</summary>
    public static readonly string[] Tasks = ["object-detection", "face-detection", "text-detection", "text-recognition", "face-descriptor"];

    /// <summary>Decoders the agent knows.</summary>
    public static readonly string[] Decoders = ["centernet", "yolov5", "yolov8", "blazeface", "db", "ctc", "embedding"];

    private ModelManifest(string source, IReadOnlyList<ModelEntry> models, IReadOnlyList<ManifestEntryError> invalid)
    {
        Source = source;
        Models = models;
        Invalid = invalid;
    }

    /// <summary>The file (or name) the manifest was read from.</summary>
    public string Source { get; }

    /// <summary>Entries that were read without problems, in document order.</summary>
    public IReadOnlyList<ModelEntry> Models { get; }

    /// <summary>Entries refused because of problems in the manifest itself.</summary>
    public IReadOnlyList<ManifestEntryError> Invalid { get; }

    /// <summary>A copy of this manifest with the entry of the same id replaced by <paramref name="replacement"/> (an installed update).</summary>
    public ModelManifest WithEntry(ModelEntry replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var models = new List<ModelEntry>(Models.Count);
        foreach (var m in Models) models.Add(m.Id == replacement.Id ? replacement : m);
        return new ModelManifest(Source, models, Invalid);
    }

    /// <summary>The entry with id <paramref name="id"/>, or null.</summary>
    public ModelEntry? Find(string id)
    {
        foreach (var m in Models)
        {
            if (m.Id == id) return m;
        }
        return null;
    }

    /// <summary>Reads a manifest file; throws <see cref="ConfigException"/> when the document as a whole is unusable.</summary>
    public static ModelManifest LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, [new ConfigError("", $"cannot read the model manifest: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Parses manifest text; <paramref name="source"/> names it in errors.</summary>
    public static ModelManifest Parse(string yaml, string source)
    {
        var errors = new List<ConfigError>();
        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            if (root is null) errors.Add(new ConfigError("", "the manifest must be a mapping with 'schema' and 'models'"));
        }
        catch (YamlException ex)
        {
            errors.Add(new ConfigError("", $"invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {(ex.InnerException ?? ex).Message}"));
        }
        if (errors.Count > 0) throw new ConfigException(source, errors);

        var top = new ConfigMap(root, "", errors);
        var schema = top.Whole("schema", 0);
        if (schema != SchemaVersion) top.Error("schema", $"{schema} is not the manifest format this agent reads ({SchemaVersion})");
        if (!top.Has("models")) top.Error("models", "is required");
        if (errors.Count > 0) throw new ConfigException(source, errors);

        var models = new List<ModelEntry>();
        var invalid = new List<ManifestEntryError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root!.Children.TryGetValue(new YamlScalarNode("models"), out var node) && node is YamlSequenceNode seq)
        {
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var entryErrors = new List<ConfigError>();
                var item = seq.Children[i] as YamlMappingNode;
                var id = IdOf(item) ?? $"models[{i}]";
                if (item is null)
                {
                    invalid.Add(new ManifestEntryError(id, [new ConfigError("", "must be a mapping of keys to values")]));
                    continue;
                }
                var map = new ConfigMap(item, "", entryErrors);
                var entry = ReadEntry(map);
                map.ReportUnknownKeys();
                if (entry.Id.Length > 0 && !seen.Add(entry.Id)) entryErrors.Add(new ConfigError("id", $"'{entry.Id}' is used by an earlier entry"));
                if (entryErrors.Count > 0) invalid.Add(new ManifestEntryError(id, entryErrors));
                else models.Add(entry);
            }
        }
        else
        {
            throw new ConfigException(source, [new ConfigError("models", "must be a list of model entries")]);
        }
        top.ReportUnknownKeys();
        if (errors.Count > 0) throw new ConfigException(source, errors);
        return new ModelManifest(source, models, invalid);
    }

    private static string? IdOf(YamlMappingNode? item) =>
        item is not null && item.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s } ? s : null;

    private static ModelEntry ReadEntry(ConfigMap m)
    {
        var id = m.Text("id", "", required: true)!;
        if (id.Length > 0 && !IdPattern().IsMatch(id)) m.Error("id", $"'{id}' may only contain lower-case letters, digits, '.', '_' and '-'");
        var task = m.Text("task", "", required: true)!;
        if (task.Length > 0 && !Tasks.Contains(task)) m.Error("task", $"'{task}' is not one of {string.Join(", ", Tasks)}");
        var file = m.Text("file", "", required: true)!;
        if (file.Length > 0 && (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('.')))
        {
            m.Error("file", $"'{file}' must be a plain file name inside the model folder");
        }
        var sha = (m.Text("sha256", "") ?? "").ToLowerInvariant();
        if (sha.Length > 0 && !Sha256Pattern().IsMatch(sha)) m.Error("sha256", $"'{sha}' is not 64 hexadecimal digits");
        var decoder = m.Text("decoder", "", required: true)!;
        if (decoder.Length > 0 && !Decoders.Contains(decoder)) m.Error("decoder", $"'{decoder}' is not one of {string.Join(", ", Decoders)}");
        var outputs = m.StringList("outputs");
        if (outputs.Count == 0) m.Error("outputs", "name at least one ONNX output");
        var labels = m.Text("labels", "") ?? "";
        if (decoder is "centernet" or "yolov5" or "yolov8" && labels.Length == 0) m.Error("labels", $"a '{decoder}' model needs a labels file (one class per line)");
        if (labels.Contains('/', StringComparison.Ordinal) || labels.Contains('\\', StringComparison.Ordinal)) m.Error("labels", $"'{labels}' must be a plain file name");
        return new ModelEntry
        {
            Id = id,
            Task = task,
            Version = m.Text("version", "") ?? "",
            Source = m.Has("source") ? m.Map("source", ReadSource) : null,
            Conversion = m.Has("conversion") ? m.Map("conversion", c => new ModelConversion(c.Choice("kind", "none", "none", "tfjs2onnx"), c.StringList("outputs"))) : null,
            File = file,
            Sha256 = sha,
            Input = m.Has("input") ? m.Map("input", ReadInput) : RequiredInput(m),
            Outputs = outputs,
            Decoder = decoder,
            DecoderOptions = m.ScalarMap("decoder_options"),
            Labels = labels,
            LabelsFrom = m.Text("labels_from", "") ?? "",
            Licence = m.Text("licence", "") ?? "",
            Provenance = m.Text("provenance", "") ?? "",
        };
    }

    private static ModelInput RequiredInput(ConfigMap m)
    {
        m.Error("input", "is required");
        return new ModelInput { Name = "", Shape = [1, 1, 1, 3] };
    }

    private static ModelSource ReadSource(ConfigMap m) => new(
        m.Text("npm", "", required: true)!,
        m.Text("version", "", required: true)!,
        m.Text("integrity", "") ?? "",
        m.StringList("files"));

    private static ModelInput ReadInput(ConfigMap m)
    {
        var name = m.Text("name", "", required: true)!;
        var shapeNumbers = m.NumberList("shape");
        var shape = new long[shapeNumbers.Count];
        for (var i = 0; i < shape.Length; i++)
        {
            var d = shapeNumbers[i];
            if (d != Math.Floor(d) || (d < 1 && d != -1)) m.Error("shape", $"dimension {d.ToString(CultureInfo.InvariantCulture)} must be a positive whole number or -1 (dynamic)");
            shape[i] = (long)d;
        }
        if (shape.Length != 4) m.Error("shape", $"an image input has 4 dimensions, not {shape.Length}");
        var layout = m.Choice("layout", "nhwc", "nhwc", "nchw") == "nhwc" ? TensorLayout.Nhwc : TensorLayout.Nchw;
        var input = new ModelInput
        {
            Name = name,
            Shape = shape.Length == 4 ? shape : [1, 1, 1, 3],
            Layout = layout,
            Bgr = m.Choice("color", "rgb", "rgb", "bgr") == "bgr",
            Resize = m.Choice("resize", "stretch", "stretch", "letterbox", "pad-square") switch
            {
                "letterbox" => ResizeMode.Letterbox,
                "pad-square" => ResizeMode.PadSquare,
                _ => ResizeMode.Stretch,
            },
            Scale = (float)m.Number("scale", 1, 1e-9, 1e9),
            Mean = Triple(m, "mean", 0),
            Std = Triple(m, "std", 1),
        };
        if (shape.Length == 4 && input.Channels != 3) m.Error("shape", $"the channel dimension is {input.Channels}; an RGB input has 3 (check layout: {(layout == TensorLayout.Nhwc ? "nhwc" : "nchw")})");
        foreach (var s in input.Std)
        {
            if (s == 0) m.Error("std", "a standard deviation of 0 divides by zero");
        }
        return input;
    }

    private static float[] Triple(ConfigMap m, string key, float fallback)
    {
        var values = m.NumberList(key);
        if (values.Count == 0) return [fallback, fallback, fallback];
        if (values.Count != 3)
        {
            m.Error(key, $"needs 3 values (one per channel), not {values.Count}");
            return [fallback, fallback, fallback];
        }
        return [(float)values[0], (float)values[1], (float)values[2]];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
