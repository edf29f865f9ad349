namespace EdgeAgent.Imaging;

/// <summary>
/// Labels the 8-connected areas of a binary mask (two passes with union-find) as compact component numbers 1..count,
/// reusing its buffers frame after frame: motion regions and static-foreground blobs are found the same way.
/// </summary>
public sealed class ComponentLabeler
{
    private int[] _labels = [];
    private int[] _parent = [];
    private int[] _rootSlot = [];
    private int _pixels;

    /// <summary>Keeps at most <paramref name="maxComponents"/> components; pixels of further ones are left unlabelled.</summary>
    public ComponentLabeler(int maxComponents)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxComponents);
        MaxComponents = maxComponents;
    }

    /// <summary>The most components one call reports.</summary>
    public int MaxComponents { get; }

    /// <summary>Per pixel (row-major), the component number 1..count of the last call, or 0 for background.</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, _pixels);

    /// <summary>Labels <paramref name="mask"/> (non-zero = foreground) of <paramref name="width"/>×<paramref name="height"/>; returns the component count.</summary>
    public int Label(ReadOnlySpan<byte> mask, int width, int height)
    {
        var n = width * height;
        if (mask.Length < n) throw new ArgumentException($"mask of {mask.Length} bytes is smaller than {width}x{height}", nameof(mask));
        if (_labels.Length < n)
        {
            _labels = new int[n];
            _parent = new int[n + 1];
            _rootSlot = new int[n + 1];
        }
        _pixels = n;
        var next = 1;
        for (var y = 0; y < height; y++)
        {
            var r = y * width;
            for (var x = 0; x < width; x++)
            {
                var i = r + x;
                if (mask[i] == 0)
                {
                    _labels[i] = 0;
                    continue;
                }
                var label = 0;
                if (x > 0) label = Join(label, _labels[i - 1]);
                if (y > 0)
                {
                    if (x > 0) label = Join(label, _labels[i - width - 1]);
                    label = Join(label, _labels[i - width]);
                    if (x < width - 1) label = Join(label, _labels[i - width + 1]);
                }
                if (label == 0)
                {
                    label = next++;
                    _parent[label] = label;
                }
                _labels[i] = label;
            }
        }

        // Second pass: every provisional label becomes its root's compact number, in order of first appearance.
        Array.Clear(_rootSlot, 0, next);
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var label = _labels[i];
            if (label == 0) continue;
            var root = Find(label);
            var slot = _rootSlot[root];
            if (slot == 0)
            {
                if (count == MaxComponents)
                {
                    _labels[i] = 0;
                    continue;
                }
                slot = ++count;
                _rootSlot[root] = slot;
            }
            _labels[i] = slot;
        }
        return count;
    }

    private int Join(int label, int neighbour)
    {
        if (neighbour == 0) return label;
        if (label == 0) return neighbour;
        var a = Find(label);
        var b = Find(neighbour);
        if (a != b)
        {
            if (a < b) _parent[b] = a;
            else _parent[a] = b;
        }
        return Math.Min(a, b);
    }

    private int Find(int label)
    {
        while (_parent[label] != label)
        {
            _parent[label] = _parent[_parent[label]];
            label = _parent[label];
        }
        return label;
    }
}
