using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Drover.Server.Hosting;

/// <summary>Binds an <c>http://host:port</c> address to Kestrel with the given protocols.</summary>
public static class ListenAddress
{
    public static int Port(string address) => Parse(address).Port;

    public static void Bind(KestrelServerOptions kestrel, string address, HttpProtocols protocols)
    {
        var uri = Parse(address);
        if (uri.Scheme != Uri.UriSchemeHttp)
            throw new InvalidOperationException($"listen address {address}: only http:// is supported until TLS is configured");
        Action<ListenOptions> configure = o => o.Protocols = protocols;
        switch (uri.Host)
        {
            case "localhost":
                kestrel.ListenLocalhost(uri.Port, configure);
                break;
            case "*" or "+" or "0.0.0.0":
                kestrel.ListenAnyIP(uri.Port, configure);
                break;
            default:
                kestrel.Listen(IPAddress.Parse(uri.Host.Trim('[', ']')), uri.Port, configure);
                break;
        }
    }

    private static Uri Parse(string address)
    {
        // Uri cannot parse "http://*:8080"; read the wildcard as any address.
        var normalized = address.Replace("://*:", "://0.0.0.0:").Replace("://+:", "://0.0.0.0:");
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) && uri.Port > 0
            ? uri
            : throw new InvalidOperationException($"listen address '{address}' is not http://host:port");
    }
}
