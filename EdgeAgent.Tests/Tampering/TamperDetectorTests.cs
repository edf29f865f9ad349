using EdgeAgent.Configuration;
using EdgeAgent.Imaging;
using EdgeAgent.Tampering;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Tampering;

/// <summary>The detector's lifecycle on real vtest frames: learning, an alarm, the end a stream's end forces, the reference kept.</summary>
public class TamperDetectorTests
{
    private const int Width = 320;
    private const int Height = 240;

    private static byte[][] VtestGrey(int count)
    {
        var scaler = new GreyDownscaler(Width, Height, Width, Height);
        return RawFrames.Decode(TestPaths.Media("vtest.avi"), Width, Height, count).Select(rgb =>
        {
            var grey = new byte[Width * Height];
            scaler.Downscale(new RgbImage(rgb, Width, Height), grey);
            return grey;
        }).ToArray();
    }

    [Test]
    public void Process_LearnThenLensCoveredThenStreamEnds_OneStartThenFlushEndsItReferenceKept()
    {
        var frames = VtestGrey(40);
        var detector = new TamperDetector(new CameraTamperOptions { Learn = TimeSpan.FromSeconds(5) });
        var captured = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var t = 0.0;
        var changes = new List<TamperChange>();
        byte[] reference = [];
        Assert.That(detector.TryCopyReference(ref reference, out _, out _, out _), Is.False, "nothing learned yet");
        foreach (var f in frames)
        {
            if (detector.Process(f, Width, Height, t, captured.AddSeconds(t)) is { } c) changes.Add(c);
            t += 0.2;
        }
        Assert.Multiple(() =>
        {
            Assert.That(changes, Is.Empty, "the plain scene");
            Assert.That(detector.StateName, Is.EqualTo("ok"));
            Assert.That(detector.TryCopyReference(ref reference, out var w, out var h, out var taken), Is.True);
            Assert.That((w, h, reference.Length), Is.EqualTo((Width, Height, Width * Height)));
            Assert.That(taken, Is.EqualTo(captured.AddSeconds(5)).Within(TimeSpan.FromMilliseconds(250)), "dated with the frame that ended learning");
        });

        // A dark bag over the lens: flat everywhere for 4 s.
        var bag = new byte[Width * Height];
        bag.AsSpan().Fill(40);
        for (var i = 0; i < 20; i++, t += 0.2)
        {
            if (detector.Process(bag, Width, Height, t) is { } c) changes.Add(c);
        }
        Assert.That(changes.Select(c => (c.Type, c.Started)), Is.EqualTo(new[] { (TamperType.Covered, true) }));
        Assert.Multiple(() =>
        {
            Assert.That(changes[0].Figures.Flat, Is.GreaterThan(0.95));
            Assert.That(changes[0].Seconds, Is.InRange(3.0, 3.3), "held its minimum duration");
            Assert.That(detector.StateName, Is.EqualTo("covered"));
        });

        var ended = new List<TamperChange>();
        detector.Flush(ended);
        Assert.That(ended.Select(c => (c.Type, c.Started)), Is.EqualTo(new[] { (TamperType.Covered, false) }));
        Assert.That(ended[0].Seconds, Is.InRange(0.5, 1.2), "the alarm lasted from its start to the stream's end");

        // The stream comes back (its time starts at 0 again) showing the scene: no new learning, no alarm.
        changes.Clear();
        t = 0;
        foreach (var f in frames[..10])
        {
            if (detector.Process(f, Width, Height, t) is { } c) changes.Add(c);
            t += 0.2;
        }
        Assert.That(changes, Is.Empty);
        Assert.That(detector.StateName, Is.EqualTo("ok"), "the reference belongs to the view and survives a reconnect");
    }
}
