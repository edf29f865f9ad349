using System.Device.Gpio;
using EdgeAgent.Configuration;
using EdgeAgent.Devices;
using EdgeAgent.Diagnostics;
using EdgeAgent.Events;
using EdgeAgent.Hosting;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using EdgeAgent.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EdgeAgent.Tests.Devices;

public sealed class TamperSwitchTests
{
    private const int Pin = 17;
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

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

    [Test]
    public void Press_BouncingContacts_RaisesOneEventPerPress()
    {
        using var tamper = new TamperSwitch(_gpio, Pin, activeLow: true, Debounce, _time);
        var presses = new List<long>();
        tamper.Pressed += presses.Add;

        Press(bounces: 5);
        _time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.That(presses, Is.EqualTo(new long[] { 1 }));
        Assert.That(tamper.IsActive, Is.True);

        Release(bounces: 4);
        _time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.That(presses, Is.EqualTo(new long[] { 1 }), "a release is not a press");
        Assert.That(tamper.IsActive, Is.False);

        Press(bounces: 3);
        _time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.That(presses, Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(tamper.Presses, Is.EqualTo(2));
    }

    [Test]
    public void Press_EdgesKeepComingWithinDebounce_WaitsUntilTheLevelHolds()
    {
        using var tamper = new TamperSwitch(_gpio, Pin, activeLow: true, Debounce, _time);
        var presses = new List<long>();
        tamper.Pressed += presses.Add;

        // Chatter for 200 ms, one edge every 20 ms: never quiet for 50 ms, so nothing counts yet.
        for (var i = 0; i < 10; i++)
        {
            _driver.SetInput(Pin, i % 2 == 0 ? PinValue.Low : PinValue.High);
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }
        Assert.That(presses, Is.Empty);
        _driver.SetInput(Pin, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(49));
        Assert.That(presses, Is.Empty);
        _time.Advance(TimeSpan.FromMilliseconds(2));
        Assert.That(presses, Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public void Glitch_ShorterThanDebounceAndBackToRest_RaisesNothing()
    {
        using var tamper = new TamperSwitch(_gpio, Pin, activeLow: true, Debounce, _time);
        var presses = new List<long>();
        tamper.Pressed += presses.Add;

        _driver.SetInput(Pin, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(10));
        _driver.SetInput(Pin, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(200));

        Assert.That(presses, Is.Empty);
    }

    [Test]
    public void Open_ActiveLow_UsesThePullUpWhereTheChipHasOne()
    {
        using (new TamperSwitch(_gpio, Pin, activeLow: true, Debounce, _time))
        {
            Assert.That(_driver.ModeOf(Pin), Is.EqualTo(PinMode.InputPullUp));
        }
        _driver.UnsupportedModes.Add(PinMode.InputPullUp);
        using (new TamperSwitch(_gpio, Pin, activeLow: true, Debounce, _time))
        {
            Assert.That(_driver.ModeOf(Pin), Is.EqualTo(PinMode.Input));
        }
    }

    [Test]
    public void Press_ActiveHigh_CountsRisingLevel()
    {
        using var tamper = new TamperSwitch(_gpio, Pin, activeLow: false, Debounce, _time);
        var presses = new List<long>();
        tamper.Pressed += presses.Add;

        _driver.SetInput(Pin, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(60));

        Assert.That(presses, Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public async Task DevicesService_Press_PutsOneHighPriorityTamperEventOnTheBus()
    {
        var options = new AgentOptions { Devices = new DevicesOptions { Tamper = new TamperOptions { Chip = 0, Pin = Pin, ActiveLow = true, Debounce = Debounce } } };
        using var parts = new DeviceParts(options.Devices, _time, NullLogger<DeviceParts>.Instance, _ => _driver);
        var bus = new EventBus(Pipeline.FrameChannels.CreateEventChannel<AgentEvent>(16));
        var collector = new HealthCollector(options, _time, new CameraHealthRegistry(), new InferenceMetrics());
        using var health = new HealthService(options, collector, bus, [], _time, NullLogger<HealthService>.Instance);
        using var service = new DevicesService(parts, health, collector, [], bus, _time, NullLogger<DevicesService>.Instance);
        await service.StartAsync(CancellationToken.None);

        _driver.SetInput(Pin, PinValue.Low);
        _driver.SetInput(Pin, PinValue.High);
        _driver.SetInput(Pin, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(60));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var e = await bus.Channel.Reader.ReadAsync(timeout.Token);
        await service.StopAsync(CancellationToken.None);
        Assert.That(e, Is.TypeOf<TamperEvent>());
        Assert.Multiple(() =>
        {
            Assert.That(e.Kind, Is.EqualTo("tamper"));
            Assert.That(e.Priority, Is.EqualTo(EventPriority.High));
            Assert.That(((TamperEvent)e).Pin, Is.EqualTo(Pin));
            Assert.That(EventJson.ToCliLine(e), Does.Contain("\"kind\":\"tamper\"").And.Contain("\"pin\":17").And.Contain("\"count\":1"));
            Assert.That(bus.Channel.Reader.TryRead(out _), Is.False, "exactly one event per press");
        });
    }

    private void Press(int bounces)
    {
        for (var i = 0; i < bounces; i++)
        {
            _driver.SetInput(Pin, PinValue.Low);
            _time.Advance(TimeSpan.FromMilliseconds(2));
            _driver.SetInput(Pin, PinValue.High);
            _time.Advance(TimeSpan.FromMilliseconds(3));
        }
        _driver.SetInput(Pin, PinValue.Low);
    }

    private void Release(int bounces)
    {
        for (var i = 0; i < bounces; i++)
        {
            _driver.SetInput(Pin, PinValue.High);
            _time.Advance(TimeSpan.FromMilliseconds(2));
            _driver.SetInput(Pin, PinValue.Low);
            _time.Advance(TimeSpan.FromMilliseconds(3));
        }
        _driver.SetInput(Pin, PinValue.High);
    }
}
