using System.Device.Gpio;
using EdgeAgent.Devices;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Devices;

public sealed class StatusLedTests
{
    private const int Pin = 27;

    private FakeTimeProvider _time = null!;
    private SimulatedGpioDriver _driver = null!;
    private GpioController _gpio = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        _driver = new SimulatedGpioDriver(_time);
        _gpio = new GpioController(_driver);
    }

    [TearDown]
    public void TearDown()
    {
        _gpio.Dispose();
        _driver.Dispose();
    }

    [TestCase(LedCondition.Booting, new[] { 0, 100, 200, 300, 400, 500 })]
    [TestCase(LedCondition.None, new[] { 0, 100, 2000, 2100, 4000, 4100 })]
    [TestCase(LedCondition.BrokerDown, new[] { 0, 300, 600, 900, 2000, 2300 })]
    [TestCase(LedCondition.CameraDown, new[] { 0, 300, 600, 900, 1200, 1500, 2600, 2900 })]
    public void Show_Condition_BlinksItsPattern(LedCondition condition, int[] expectedEdgesMs)
    {
        using var led = new StatusLed(_gpio, Pin, _time);
        var start = _time.GetUtcNow();
        _driver.Writes.Clear();

        led.Show(condition);
        AdvanceInSteps(TimeSpan.FromMilliseconds(expectedEdgesMs[^1] + 50));

        var edges = Edges(start);
        Assert.That(edges.Take(expectedEdgesMs.Length).Select(e => e.Ms), Is.EqualTo(expectedEdgesMs));
        Assert.That(edges.Take(expectedEdgesMs.Length).Select(e => e.On), Is.EqualTo(expectedEdgesMs.Select((_, i) => i % 2 == 0)), "on first, then alternating");
    }

    [Test]
    public void Show_Tamper_StaysOnWhateverElseHolds()
    {
        using var led = new StatusLed(_gpio, Pin, _time);
        led.Show(LedCondition.Tamper | LedCondition.BrokerDown | LedCondition.CameraDown | LedCondition.Booting);
        var start = _time.GetUtcNow();
        AdvanceInSteps(TimeSpan.FromSeconds(5));

        Assert.That(led.Pattern, Is.SameAs(LedPattern.Tamper));
        Assert.That(_driver.Writes.Last().Value, Is.EqualTo(PinValue.High));
        Assert.That(_driver.Writes.Where(w => w.Time > start), Is.Empty, "steady: no writes while it holds");
    }

    [TestCase(LedCondition.Booting | LedCondition.CameraDown | LedCondition.BrokerDown, "booting")]
    [TestCase(LedCondition.CameraDown | LedCondition.BrokerDown, "camera_down")]
    [TestCase(LedCondition.BrokerDown, "broker_down")]
    [TestCase(LedCondition.None, "running")]
    public void Show_SeveralConditions_ShowsTheMostUrgent(LedCondition conditions, string expected)
    {
        using var led = new StatusLed(_gpio, Pin, _time);
        led.Show(conditions);
        Assert.That(led.Pattern!.Name, Is.EqualTo(expected));
    }

    [Test]
    public void Show_StateChanges_PatternFollowsAndRestartsAtOn()
    {
        using var led = new StatusLed(_gpio, Pin, _time);
        led.Show(LedCondition.Booting);
        AdvanceInSteps(TimeSpan.FromMilliseconds(1050));
        led.Show(LedCondition.Booting);
        var change = _time.GetUtcNow();
        _driver.Writes.Clear();

        led.Show(LedCondition.BrokerDown);
        AdvanceInSteps(TimeSpan.FromMilliseconds(2050));
        var edges = Edges(change);
        Assert.That(edges.Select(e => e.Ms), Is.EqualTo(new[] { 0, 300, 600, 900, 2000 }));

        led.Show(LedCondition.None);
        Assert.That(led.Pattern, Is.SameAs(LedPattern.Running));
        Assert.That(_driver.Writes.Last().Value, Is.EqualTo(PinValue.High));
    }

    [Test]
    public void Dispose_TurnsTheLedOffAndReleasesThePin()
    {
        var led = new StatusLed(_gpio, Pin, _time);
        led.Show(LedCondition.Tamper);
        led.Dispose();

        Assert.That(_driver.Writes.Last().Value, Is.EqualTo(PinValue.Low));
        Assert.That(_driver.IsOpen(Pin), Is.False);
    }

    private void AdvanceInSteps(TimeSpan total)
    {
        var step = TimeSpan.FromMilliseconds(10);
        for (var t = TimeSpan.Zero; t < total; t += step) _time.Advance(step);
    }

    /// <summary>Level changes (consecutive equal writes collapsed), as milliseconds after <paramref name="start"/>.</summary>
    private List<(int Ms, bool On)> Edges(DateTimeOffset start)
    {
        var edges = new List<(int, bool)>();
        PinValue? last = null;
        foreach (var w in _driver.Writes.Where(w => w.Pin == Pin))
        {
            if (last == w.Value) continue;
            last = w.Value;
            edges.Add(((int)Math.Round((w.Time - start).TotalMilliseconds), w.Value == PinValue.High));
        }
        return edges;
    }
}
