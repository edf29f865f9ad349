using System.Collections.Concurrent;
using EdgeAgent.Common;

namespace EdgeAgent.Models;

/// <summary>
/// Where model runners record their inference times: one <see cref="LatencyWindow"/> per model name. A runner asks
/// for its window once (at load) and records into it on every run.
/// </summary>
public sealed class InferenceMetrics
{
    private readonly ConcurrentDictionary<string, LatencyWindow> _windows = new(StringComparer.Ordinal);

    /// <summary>The window of <paramref name="model"/>, created on first use.</summary>
    public LatencyWindow For(string model) => _windows.GetOrAdd(model, static name => new LatencyWindow(name));

    /// <summary>Every model's statistics since the previous call, ordered by name.</summary>
    public IReadOnlyList<LatencyStats> TakeWindows()
    {
        var list = new List<LatencyStats>(_windows.Count);
        foreach (var w in _windows.Values) list.Add(w.TakeWindow());
        list.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }
}
