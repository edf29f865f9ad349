using EdgeAgent.Imaging;

namespace EdgeAgent.Crowds;

/// <summary>
/// Where people were seen lately: each tracked person's last matched box, kept for <c>memory</c> seconds after. A weak
/// person detection counts only where someone was, so a person who walked in and then stood half hidden is counted,
/// while a pole or a cone the detector half believes is a person, which never walked anywhere, never is. Fixed
/// capacity, no allocation; when full, the oldest place goes.
/// </summary>
internal sealed class PersonPlaces
{
    private readonly long[] _ids;
    private readonly BoxF[] _boxes;
    private readonly double[] _times;
    private readonly double _memory;
    private int _count;

    /// <summary>Creates the memory: at most <paramref name="capacity"/> places, each kept <paramref name="memory"/> seconds.</summary>
    public PersonPlaces(int capacity, double memory)
    {
        _ids = new long[capacity];
        _boxes = new BoxF[capacity];
        _times = new double[capacity];
        _memory = memory;
    }

    /// <summary>Track <paramref name="id"/> was matched at <paramref name="box"/> at stream time <paramref name="time"/>.</summary>
    public void Saw(long id, in BoxF box, double time)
    {
        var slot = -1;
        var oldest = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_ids[i] == id)
            {
                slot = i;
                break;
            }
            if (_times[i] < _times[oldest]) oldest = i;
        }
        if (slot < 0) slot = _count < _ids.Length ? _count++ : oldest;
        _ids[slot] = id;
        _boxes[slot] = box;
        _times[slot] = time;
    }

    /// <summary>
    /// True when someone was seen at <paramref name="box"/> within the memory (the box overlaps the place by IoU 0.3 or
    /// its centre is inside it: the upper body of a person now hidden below the waist); refreshes those places, so a
    /// person standing there keeps being counted for as long as the detector sees him.
    /// </summary>
    public bool Near(in BoxF box, double time)
    {
        var near = false;
        var cx = box.CenterX;
        var cy = box.CenterY;
        for (var i = 0; i < _count; i++)
        {
            if (time - _times[i] > _memory || time < _times[i] - 1) continue;
            var p = _boxes[i];
            if (p.IoU(box) < 0.3f && (cx < p.X || cx > p.Right || cy < p.Y || cy > p.Bottom)) continue;
            _times[i] = time;
            near = true;
        }
        return near;
    }

    /// <summary>Forgets every place (stream restart).</summary>
    public void Clear() => _count = 0;
}
