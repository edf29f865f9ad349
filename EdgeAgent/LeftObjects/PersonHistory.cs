using EdgeAgent.Imaging;
using EdgeAgent.Tracking;

namespace EdgeAgent.LeftObjects;

/// <summary>
/// Where people stood over the last seconds (foot point and height per track and frame), so that when an object is
/// noticed (seconds after it was put down) the people who were at it can still be found. A fixed ring: the oldest
/// sightings are overwritten, nothing is allocated per frame.
/// </summary>
public sealed class PersonHistory
{
    private readonly Sighting[] _ring;
    private int _next;
    private int _count;

    /// <summary>Creates a history holding at most <paramref name="capacity"/> sightings.</summary>
    public PersonHistory(int capacity = 16384) => _ring = new Sighting[capacity];

    /// <summary>Remembers where a person track is at <paramref name="time"/>.</summary>
    public void Add(double time, Track person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Add(time, person.Id, person.Box);
    }

    /// <summary>Remembers a person seen at <paramref name="time"/> in <paramref name="box"/>; track 0 for a detection no track took.</summary>
    public void Add(double time, long track, BoxF box)
    {
        _ring[_next] = new Sighting(time, track, box.CenterX, box.Bottom, Math.Max(1f, box.H), box.H >= 1.5f * box.W);
        _next = (_next + 1) % _ring.Length;
        if (_count < _ring.Length) _count++;
    }

    /// <summary>
    /// The latest time between the two times at which anyone (a track or a bare detection) stood within
    /// <paramref name="reach"/> of their heights of (x, y), or NaN.
    /// </summary>
    public double LastNear(float x, float y, double from, double to, double reach)
    {
        for (var k = 0; k < _count; k++)
        {
            ref readonly var s = ref _ring[(_next - 1 - k + _ring.Length) % _ring.Length];
            if (s.Time > to) continue;
            if (s.Time < from) break;
            if (Distance(s, x, y) <= reach) return s.Time;
        }
        return double.NaN;
    }

    /// <summary>
    /// The height people have whose feet are at row <paramref name="footY"/>, from a least-squares line through every
    /// sighting held (perspective: people are smaller farther up the frame), and the highest row feet were seen at.
    /// Only upright boxes count (one sitting, cut by the frame or mistaken is no measure of height). False with fewer
    /// than 20 such sightings.
    /// </summary>
    public bool TryPerspective(float footY, out float height, out float topFoot)
    {
        height = 0;
        topFoot = float.MaxValue;
        double n = 0, sy = 0, sh = 0, syy = 0, syh = 0;
        for (var k = 0; k < _count; k++)
        {
            ref readonly var s = ref _ring[k];
            if (!s.Upright) continue;
            n++;
            sy += s.Y;
            sh += s.Height;
            syy += (double)s.Y * s.Y;
            syh += (double)s.Y * s.Height;
            if (s.Y < topFoot) topFoot = s.Y;
        }
        if (n < 20) return false;
        var varY = (syy / n) - ((sy / n) * (sy / n));
        var meanH = sh / n;
        // Without spread in rows (everyone at one distance) the mean height is the best guess.
        var slope = varY > 100 ? ((syh / n) - ((sy / n) * meanH)) / varY : 0;
        height = (float)Math.Max(meanH * 0.25, meanH + (slope * (footY - (sy / n))));
        return true;
    }

    /// <summary>Forgets everything (a new stream).</summary>
    public void Clear()
    {
        _next = 0;
        _count = 0;
    }

    /// <summary>
    /// The person tracks that came within <paramref name="reach"/> of their own heights of the ground point (x, y)
    /// between <paramref name="from"/> and <paramref name="to"/>, closest first; writes up to owners.Length ids and
    /// returns how many.
    /// </summary>
    public int Closest(float x, float y, double from, double to, double reach, Span<long> owners)
    {
        Span<float> best = stackalloc float[owners.Length];
        var found = 0;
        for (var k = 0; k < _count; k++)
        {
            ref readonly var s = ref _ring[(_next - 1 - k + _ring.Length) % _ring.Length];
            if (s.Time > to) continue;
            if (s.Time < from) break;
            if (s.Track == 0) continue;
            var d = Distance(s, x, y);
            if (d > reach) continue;
            var at = IndexOf(owners[..found], s.Track);
            if (at >= 0)
            {
                if (d < best[at]) best[at] = d;
                continue;
            }
            if (found < owners.Length)
            {
                owners[found] = s.Track;
                best[found++] = d;
                continue;
            }
            var worst = 0;
            for (var i = 1; i < found; i++) if (best[i] > best[worst]) worst = i;
            if (d < best[worst])
            {
                owners[worst] = s.Track;
                best[worst] = d;
            }
        }
        // Insertion sort by distance: at most a handful.
        for (var i = 1; i < found; i++)
        {
            for (var j = i; j > 0 && best[j] < best[j - 1]; j--)
            {
                (best[j], best[j - 1]) = (best[j - 1], best[j]);
                (owners[j], owners[j - 1]) = (owners[j - 1], owners[j]);
            }
        }
        return found;
    }

    /// <summary>The id of the person who came closest to (x, y) within reach between the two times, or 0.</summary>
    public long Nearest(float x, float y, double from, double to, double reach)
    {
        Span<long> one = stackalloc long[1];
        return Closest(x, y, from, to, reach, one) == 1 ? one[0] : 0;
    }

    /// <summary>Distance of a foot point from a ground point in the person's own heights (a perspective-free measure).</summary>
    public static float Distance(Track person, float x, float y)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (fx, fy) = person.Foot;
        return MathF.Sqrt(((fx - x) * (fx - x)) + ((fy - y) * (fy - y))) / Math.Max(1f, person.Box.H);
    }

    private static float Distance(in Sighting s, float x, float y) =>
        MathF.Sqrt(((s.X - x) * (s.X - x)) + ((s.Y - y) * (s.Y - y))) / s.Height;

    private static int IndexOf(ReadOnlySpan<long> ids, long id)
    {
        for (var i = 0; i < ids.Length; i++) if (ids[i] == id) return i;
        return -1;
    }

    /// <summary>One person seen; <paramref name="Upright"/> when the box is a standing person's, the only ones that tell heights.</summary>
    private readonly record struct Sighting(double Time, long Track, float X, float Y, float Height, bool Upright);
}
