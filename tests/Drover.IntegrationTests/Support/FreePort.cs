using System.Net;
using System.Net.Sockets;

namespace Drover.IntegrationTests.Support;

public static class FreePort
{
    public static int Next()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
