using System.Globalization;
using System.Text.Json;
using EdgeAgent.Imaging;

namespace EdgeAgent.Evaluation;

/// <summary>One labelled box: a class name, its box in the stored image's pixels, and whether it is a COCO crowd region.</summary>
public readonly record struct LabelledBox(string Label, BoxF Box, bool Crowd);

/// <summary>One image of an evaluation set with every labelled box it has (none for a negative image).</summary>
public sealed record ObjectSample(string ImagePath, IReadOnlyList<LabelledBox> Boxes);

/// <summary>
/// Reads an object-detection ground truth: the TSV layout of <c>../shared/datasets/objects/*</c>
/// (<c>image, category, x,y,w,h, iscrowd</c>, a <c>#</c> header) or a COCO <c>instances</c> JSON.
/// </summary>
public static class ObjectSet
{
    /// <summary>File extensions taken as images when a folder is searched for unlabelled (negative) images.</summary>
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png"];

    /// <summary>A region covering any image: where a label is present but not boxed.</summary>
    private static readonly BoxF Everywhere = new(-1e6f, -1e6f, 2e6f, 2e6f);

    /// <summary>
    /// Loads <paramref name="path"/>: a folder holding <c>objects.tsv</c> or one COCO <c>*.json</c>, or either file.
    /// Images of a TSV folder that have no row are included as negatives (COCO lists its empty images itself).
    /// </summary>
    public static IReadOnlyList<ObjectSample> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            // objects.tsv is the sets' usual name; darknet_samples calls its file expected.tsv.
            var tsv = Path.Combine(path, "objects.tsv");
            if (!File.Exists(tsv)) tsv = Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).FirstOrDefault() ?? tsv;
            if (File.Exists(tsv)) return LoadTsv(tsv, includeUnlisted: true);
            var json = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new IOException($"{path}: no objects.tsv and no COCO instances *.json");
            return LoadCoco(json);
        }
        if (!File.Exists(path)) throw new IOException($"{path}: no such file or folder");
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? LoadCoco(path) : LoadTsv(path, includeUnlisted: false);
    }

    private static List<ObjectSample> LoadTsv(string file, bool includeUnlisted)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var byImage = new Dictionary<string, List<LabelledBox>>(StringComparer.Ordinal);
        var line = 0;
        // Columns by the header's names: coco128 has image, category, x,y,w,h, iscrowd; darknet_samples image, class, count, x,y,w,h (or -), source.
        int boxColumn = 2, crowdColumn = 3, countColumn = -1;
        foreach (var text in File.ReadLines(file))
        {
            line++;
            if (line == 1 && text.StartsWith('#'))
            {
                var names = text[1..].Split('\t');
                boxColumn = Math.Max(0, Array.FindIndex(names, n => n.StartsWith("x,y,w,h", StringComparison.Ordinal)));
                crowdColumn = Array.IndexOf(names, "iscrowd");
                countColumn = Array.IndexOf(names, "count");
                continue;
            }
            if (text.Length == 0 || text[0] == '#') continue;
            var f = text.Split('\t');
            if (f.Length <= boxColumn || boxColumn < 2) throw new InvalidDataException($"{file}:{line}: expected image, category, x,y,w,h");
            var image = Path.Combine(root, f[0]);
            if (!byImage.TryGetValue(image, out var boxes)) byImage[image] = boxes = [];
            // A row without a box (darknet_samples counts objects by eye) cannot be matched by IoU: the image stays, the row does not.
            var boxText = f[boxColumn];
            if (boxText == "-")
            {
                // Counted by eye, not boxed: that label's detections on this image can be neither right nor wrong (a
                // crowd region over the whole image), unless the count says there are none (horses.jpg has no person).
                if (countColumn < 0 || countColumn >= f.Length || f[countColumn].Trim() != "0") boxes.Add(new LabelledBox(f[1], Everywhere, Crowd: true));
                continue;
            }
            var v = boxText.Split(',');
            if (v.Length != 4) throw new InvalidDataException($"{file}:{line}: box '{boxText}' is not x,y,w,h");
            var n = new float[4];
            for (var i = 0; i < 4; i++)
            {
                if (!float.TryParse(v[i], NumberStyles.Float, CultureInfo.InvariantCulture, out n[i])) throw new InvalidDataException($"{file}:{line}: box '{boxText}' is not numeric");
            }
            var crowd = crowdColumn >= 0 && f.Length > crowdColumn && f[crowdColumn].Trim() == "1";
            boxes.Add(new LabelledBox(f[1], new BoxF(n[0], n[1], n[2], n[3]), crowd));
        }
        if (includeUnlisted)
        {
            foreach (var image in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (ImageExtensions.Contains(Path.GetExtension(image).ToLowerInvariant())) byImage.TryAdd(image, []);
            }
        }
        return byImage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ObjectSample(p.Key, p.Value)).ToList();
    }

    private static List<ObjectSample> LoadCoco(string file)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(file))!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var r = doc.RootElement;
        if (!r.TryGetProperty("images", out var images) || !r.TryGetProperty("annotations", out var annotations) || !r.TryGetProperty("categories", out var categories))
        {
            throw new InvalidDataException($"{file}: not a COCO instances file (needs images, annotations, categories)");
        }
        var names = new Dictionary<int, string>();
        foreach (var c in categories.EnumerateArray()) names[c.GetProperty("id").GetInt32()] = c.GetProperty("name").GetString() ?? "";
        var paths = new Dictionary<long, string>();
        var boxes = new Dictionary<long, List<LabelledBox>>();
        foreach (var i in images.EnumerateArray())
        {
            var id = i.GetProperty("id").GetInt64();
            paths[id] = FindImage(root, i.GetProperty("file_name").GetString() ?? "");
            boxes[id] = [];
        }
        foreach (var a in annotations.EnumerateArray())
        {
            var id = a.GetProperty("image_id").GetInt64();
            if (!boxes.TryGetValue(id, out var list)) continue;
            var b = a.GetProperty("bbox");
            var box = new BoxF(b[0].GetSingle(), b[1].GetSingle(), b[2].GetSingle(), b[3].GetSingle());
            var crowd = a.TryGetProperty("iscrowd", out var ic) && ic.GetInt32() == 1;
            list.Add(new LabelledBox(names.GetValueOrDefault(a.GetProperty("category_id").GetInt32(), "?"), box, crowd));
        }
        return paths.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => new ObjectSample(p.Value, boxes[p.Key])).ToList();
    }

    /// <summary>COCO names files without folders: look beside the JSON, in <c>images/</c>, then in each folder under it.</summary>
    private static string FindImage(string root, string name)
    {
        foreach (var candidate in new[] { Path.Combine(root, name), Path.Combine(root, "images", name) })
        {
            if (File.Exists(candidate)) return candidate;
        }
        var images = Path.Combine(root, "images");
        if (Directory.Exists(images))
        {
            foreach (var dir in Directory.EnumerateDirectories(images))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return Path.Combine(root, name);
    }
}
