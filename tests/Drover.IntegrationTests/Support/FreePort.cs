using System.Net;
using System.Net.Sockets;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// Ports for servers the tests start, below the kernel's ephemeral range (32768 and up here): a port asked of the kernel
/// with 0 comes from that range, where any outgoing connection may take it as its own local port while a killed server
/// is down, and the server's restart on it then fails ("address already in use", seen under load). Each port is handed
/// out once per test process, and only after a bind on it succeeded.
/// </summary>
public static class FreePort
{
    private const int First = 12_000, Last = 32_000;
    // Test processes of one run (the SQLite and PostgreSQL passes) start from different places.
    private static int next = First + (Environment.ProcessId * 997 % (Last - First));

    public static int Next()
    {
        for (var tries = 0; tries < Last - First; tries++)
        {
            var port = First + (Interlocked.Increment(ref next) - First) % (Last - First);
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
        throw new InvalidOperationException($"no free port between {First} and {Last}");
    }
}
