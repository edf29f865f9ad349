namespace EdgeAgent.Tracking;

/// <summary>
/// Minimum-cost assignment of rows (tracks) to columns (detections) with the Hungarian method (shortest augmenting
/// paths with potentials, O(n²m)). Each row also has the option to stay unmatched at <c>unmatchedCost</c>, so a pair
/// costing more than that is never chosen and the solver maximises good matches instead of forcing bad ones.
/// Buffers grow to the largest problem seen and are reused.
/// </summary>
internal sealed class LinearAssignment
{
    private double[] _u = [];
    private double[] _v = [];
    private double[] _minv = [];
    private int[] _p = [];
    private int[] _way = [];
    private bool[] _used = [];

    /// <summary>
    /// Solves the n×m problem in <paramref name="cost"/> (row-major); fills <paramref name="rowToColumn"/> with the
    /// matched column of each row or -1.
    /// </summary>
    public void Solve(ReadOnlySpan<double> cost, int rows, int columns, double unmatchedCost, Span<int> rowToColumn)
    {
        rowToColumn[..rows].Fill(-1);
        if (rows == 0 || columns == 0) return;
        // Columns beyond the real ones are "unmatched" slots, one per row, so every row can always be placed.
        var m = columns + rows;
        Ensure(rows, m);
        var u = _u;
        var v = _v;
        var p = _p;
        var way = _way;
        var minv = _minv;
        var used = _used;
        Array.Clear(u, 0, rows + 1);
        Array.Clear(v, 0, m + 1);
        Array.Clear(p, 0, m + 1);

        for (var i = 1; i <= rows; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity, 0, m + 1);
            Array.Clear(used, 0, m + 1);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    var c = j <= columns ? cost[((i0 - 1) * columns) + j - 1] : unmatchedCost;
                    var cur = c - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        for (var j = 1; j <= columns; j++)
        {
            if (p[j] != 0 && cost[((p[j] - 1) * columns) + j - 1] < unmatchedCost) rowToColumn[p[j] - 1] = j - 1;
        }
    }

    private void Ensure(int rows, int m)
    {
        if (_u.Length < rows + 1) _u = new double[rows + 1];
        if (_v.Length >= m + 1) return;
        _v = new double[m + 1];
        _minv = new double[m + 1];
        _p = new int[m + 1];
        _way = new int[m + 1];
        _used = new bool[m + 1];
    }
}
