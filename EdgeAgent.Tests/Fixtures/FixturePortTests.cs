using System.Net;
using System.Net.Sockets;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>The test servers bind their ports themselves: a port another process took after the probe is never mistaken for theirs.</summary>
[NonParallelizable]
public sealed class FixturePortTests
{
    [Test]
    public async Task Mosquitto_ProbedPortTakenBeforeItBinds_StartsOnAFreshPortOfItsOwn()
    {
        // Someone else listens on the port the probe gave: a connect there succeeds, so only the socket's owner tells.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var probes = 0;
        using var broker = await MosquittoBroker.StartAsync(probePort: () => ++probes == 1 ? taken : MosquittoBroker.FreePort());

        Assert.Multiple(() =>
        {
            Assert.That(probes, Is.EqualTo(2), "the taken port was given up for a fresh one");
            Assert.That(broker.Port, Is.Not.EqualTo(taken));
            Assert.That(broker.Pid, Is.Not.Zero, "mosquitto runs");
            Assert.That(broker.Log, Does.Contain("Address already in use"), "it was mosquitto's bind that failed");
        });
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, broker.Port);
    }

    [Test]
    public async Task Rtsp_StartedTwice_EachOnThePortItBoundAndKeptOnRestart()
    {
        using var one = new RtspCamera(TestPaths.Media("vtest.avi"));
        using var two = new RtspCamera(TestPaths.Media("vtest.avi"));
        Assert.Throws<InvalidOperationException>(() => _ = one.Port, "no port before the server has bound one");
        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        var first = one.Port;
        Assert.That(first, Is.Not.EqualTo(two.Port));

        one.Kill();
        await one.StartAsync();
        Assert.That(one.Port, Is.EqualTo(first), "a camera comes back on its own address");
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, one.Port);
    }
}
