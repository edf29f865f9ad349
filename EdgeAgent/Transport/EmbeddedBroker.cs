using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Server;

namespace EdgeAgent.Transport;

/// <summary>
/// A small MQTT broker on 127.0.0.1 that <c>edgeagent run</c> starts when no broker is configured, so a demo or a
/// technician's bench test needs nothing else: <c>edgeagent events tail</c> on the same machine shows the events.
/// Loopback only, no TLS, no authentication: it is not the centre's broker.
/// </summary>
public sealed partial class EmbeddedBroker : IHostedService, IAsyncDisposable
{
    private readonly int _port;
    private readonly ILogger _logger;
    private MqttServer? _server;

    /// <summary>A broker for port <paramref name="port"/> (0 is not allowed: clients must know the port).</summary>
    public EmbeddedBroker(int port, ILogger<EmbeddedBroker> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        _port = port;
        _logger = logger;
    }

    /// <summary>The port it listens on.</summary>
    public int Port => _port;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.None)
            .WithDefaultEndpointPort(_port)
            .WithPersistentSessions(true)
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(options);
        try
        {
            await _server.StartAsync();
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException)
        {
            _server.Dispose();
            _server = null;
            throw new InvalidOperationException($"embedded broker: cannot listen on 127.0.0.1:{_port} ({ex.Message}); set broker.embedded_port or broker.url", ex);
        }
        LogStarted(_logger, _port);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null) return;
        await _server.StopAsync(new MqttServerStopOptionsBuilder().Build());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is null) return;
        if (_server.IsStarted) await _server.StopAsync(new MqttServerStopOptionsBuilder().Build());
        _server.Dispose();
        _server = null;
    }

    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "embedded MQTT broker listening on 127.0.0.1:{Port} (no broker.url configured)")]
    private static partial void LogStarted(ILogger logger, int port);
}
