using System.Net.Sockets;
using System.Text;

namespace EdgeAgent.Hosting;

/// <summary>
/// Sends sd_notify messages (<c>READY=1</c>, <c>WATCHDOG=1</c>, <c>STATUS=...</c>) to systemd's datagram socket named by
/// <c>$NOTIFY_SOCKET</c>: a path, or an abstract name written with a leading '@'.
/// </summary>
public sealed class NotifySocket : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly UnixDomainSocketEndPoint _endpoint;

    /// <summary>Targets <paramref name="path"/>.</summary>
    public NotifySocket(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        _endpoint = new UnixDomainSocketEndPoint(path[0] == '@' ? "\0" + path[1..] : path);
    }

    /// <summary>The socket's name as systemd gave it.</summary>
    public string Path { get; }

    /// <summary>Sends one message; false when systemd is not listening (it is then not ours to fail over).</summary>
    public bool Send(string message)
    {
        try
        {
            _socket.SendTo(Encoding.UTF8.GetBytes(message), SocketFlags.None, _endpoint);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _socket.Dispose();
}
