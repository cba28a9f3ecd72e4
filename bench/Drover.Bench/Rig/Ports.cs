using System.Net;
using System.Net.Sockets;

namespace Drover.Bench.Rig;

internal static class Ports
{
    /// <summary>A port the kernel has just found free on loopback.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
