using System.Net;
using System.Net.Sockets;

namespace Drover.EngineTests.Support;

/// <summary>
/// Ports for the servers the tests start: below the kernel's ephemeral range (32768 and up here), where an outgoing
/// connection may take a port as its own, and apart from the integration tests' (12,000 to 32,000), which
/// <c>dotnet test Drover.sln</c> runs at the same time. Each is handed out once per test process, after a bind on it succeeded.
/// </summary>
public static class FreePort
{
    private const int First = 9_000, Last = 12_000;
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
