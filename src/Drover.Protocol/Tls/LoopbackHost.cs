using System.Net;

namespace Drover.Protocol.Tls;

/// <summary>
/// Which hosts plain http may be used with: only those whose traffic never leaves the machine (127.0.0.0/8, ::1,
/// <c>localhost</c>), because anything else would carry credentials across a network in clear.
/// </summary>
public static class LoopbackHost
{
    public static bool Is(string host)
    {
        var bare = host.Trim('[', ']');
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip));
    }
}
