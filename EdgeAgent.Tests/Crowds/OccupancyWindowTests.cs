using EdgeAgent.Crowds;

namespace EdgeAgent.Tests.Crowds;

public class OccupancyWindowTests
{
    [Test]
    public void Add_OneFrameFlickerOut_MedianDoesNotMove()
    {
        var window = new OccupancyWindow(TimeSpan.FromSeconds(1.5));
        var seen = new List<float>();
        for (var i = 0; i < 30; i++)
        {
            var raw = i == 12 ? 4 : 5; // one person missed on one frame
            seen.Add(window.Add(i * 0.2, raw));
        }
        Assert.That(seen.Skip(1), Is.All.EqualTo(5f));
    }

    [Test]
    public void Add_TwoFrameGhost_MedianDoesNotMove()
    {
        var window = new OccupancyWindow(TimeSpan.FromSeconds(1.5));
        var seen = new List<float>();
        for (var i = 0; i < 30; i++) seen.Add(window.Add(i * 0.2, i is 10 or 11 ? 6 : 3));
        Assert.That(seen, Is.All.EqualTo(3f));
    }

    [Test]
    public void Add_RealChange_FollowsWithinHalfTheWindow()
    {
        var window = new OccupancyWindow(TimeSpan.FromSeconds(1.5));
        for (var i = 0; i < 20; i++) window.Add(i * 0.2, 2);
        var firstAtNew = -1;
        for (var i = 20; i < 40; i++)
        {
            if (window.Add(i * 0.2, 8) >= 8 && firstAtNew < 0) firstAtNew = i;
        }
        // The window holds 8 samples (1.5 s at 5 fps): the median reaches 8 once more than half are new.
        Assert.That((firstAtNew - 20) * 0.2, Is.LessThanOrEqualTo(0.8 + 1e-9));
    }

    [Test]
    public void Add_MoreSamplesThanCapacity_KeepsTheNewest()
    {
        var window = new OccupancyWindow(TimeSpan.FromSeconds(10));
        var last = 0f;
        for (var i = 0; i < OccupancyWindow.Capacity * 3; i++) last = window.Add(i * 0.01, i < OccupancyWindow.Capacity * 2 ? 1 : 9);
        Assert.That(window.Count, Is.EqualTo(OccupancyWindow.Capacity));
        Assert.That(last, Is.EqualTo(9f));
    }
}
