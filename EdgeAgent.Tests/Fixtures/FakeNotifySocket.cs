using System.Net.Sockets;
using System.Text;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// Stands where systemd's notify socket would be: a real unix datagram socket bound in a temporary folder, so the
/// agent's sd_notify messages (READY=1, WATCHDOG=1, STATUS=..., STOPPING=1) can be read back in order.
/// </summary>
public sealed class FakeNotifySocket : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly string _dir;

    /// <summary>Binds a fresh socket.</summary>
    public FakeNotifySocket()
    {
        _dir = TestPaths.TempDir("edgeagent-notify");
        Path = System.IO.Path.Combine(_dir, "notify");
        _socket.Bind(new UnixDomainSocketEndPoint(Path));
    }

    /// <summary>The value for <c>NOTIFY_SOCKET</c>.</summary>
    public string Path { get; }

    /// <summary>The next message, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var n = await _socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
            return Encoding.UTF8.GetString(buffer, 0, n);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _socket.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
