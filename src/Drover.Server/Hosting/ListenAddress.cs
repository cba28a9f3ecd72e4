using System.Net;
using System.Security.Cryptography.X509Certificates;
using Drover.Protocol.Tls;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Drover.Server.Hosting;

/// <summary>
/// Binds an <c>http://host:port</c> or <c>https://host:port</c> address to Kestrel with the given protocols. Plain http
/// is refused unless the host is loopback: credentials (admin token, agent tokens) must not cross a network in clear.
/// </summary>
public static class ListenAddress
{
    public static int Port(string address) => Parse(address).Port;

    public static bool IsHttps(string address) => Parse(address).Scheme == Uri.UriSchemeHttps;

    /// <summary>The host when it names one interface or name (a certificate can carry it), null for a wildcard.</summary>
    public static string? SpecificHost(string address)
    {
        var host = Parse(address).Host.Trim('[', ']');
        return host is "0.0.0.0" or "::" ? null : host;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/>, naming the address, when it may not be served.</summary>
    public static void Check(string address)
    {
        var uri = Parse(address);
        if (uri.Scheme == Uri.UriSchemeHttp && !LoopbackHost.Is(uri.Host))
        {
            throw new InvalidOperationException(
                $"listen address {address}: plain http is allowed on loopback only; use https:// (see --tls-cert)");
        }
    }

    public static void Bind(KestrelServerOptions kestrel, string address, HttpProtocols protocols, X509Certificate2? certificate)
    {
        Check(address);
        var uri = Parse(address);
        Action<ListenOptions> configure = uri.Scheme == Uri.UriSchemeHttps
            ? o =>
            {
                o.Protocols = protocols;
                o.UseHttps(certificate ?? throw new InvalidOperationException($"listen address {address}: no TLS certificate"));
            }
            : o => o.Protocols = protocols;
        switch (uri.Host)
        {
            case "localhost":
                kestrel.ListenLocalhost(uri.Port, configure);
                break;
            case "0.0.0.0":
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
            && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"listen address '{address}' is not http://host:port or https://host:port");
    }
}
