using System.Net;
using System.Net.Sockets;

namespace Drover.Tests;

/// <summary>
/// Ports for servers the tests start, taken from a range below the kernel's ephemeral range (32768 and up here): a port
/// asked of the kernel with 0 comes from that range, where any outgoing connection may take it as its own local port
/// while a killed server is down, and the server's restart on it then fails ("address already in use", seen under
/// load). Each port is handed out once per test process, and only after a bind on it succeeded. Shared as source by
/// the test projects, each with its own range (they run at the same time).
/// </summary>
public sealed class FreePorts(int first, int last)
{
    // Test processes of one run (the SQLite and PostgreSQL passes) start from different places.
    private int next = first + (Environment.ProcessId * 997 % (last - first));

    public int Next()
    {
        for (var tries = 0; tries < last - first; tries++)
        {
            var port = first + (Interlocked.Increment(ref next) - first) % (last - first);
            try
            {
                using var l = new TcpListener(IPAddress.Loopback, port);
                l.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: the next one.
            }
        }
        throw new InvalidOperationException($"no free port between {first} and {last}");
    }
}
