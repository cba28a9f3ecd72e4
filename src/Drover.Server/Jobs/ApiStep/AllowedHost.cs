using System.Globalization;
using System.Net;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>One entry of <see cref="ApiStepOptions.AllowedHosts"/>: a host, and a port or any port.</summary>
public sealed record AllowedHost(string Host, int? Port)
{
    /// <summary>Parses <c>host</c>, <c>host:port</c>, <c>[v6]</c>, <c>[v6]:port</c> or a bare IPv6 address; returns the problem, or null.</summary>
    public static string? Parse(string? entry, out AllowedHost? allowed)
    {
        allowed = null;
        var e = (entry ?? "").Trim();
        if (e.Length == 0)
            return "empty entry";
        if (e.Contains('/') || e.Contains('*') || e.Contains('@'))
            return $"'{e}' is not a host: give host or host:port (no scheme, path or wildcard)";

        string host;
        string? port = null;
        if (e.StartsWith('['))
        {
            var close = e.IndexOf(']');
            if (close < 0 || !IPAddress.TryParse(e[1..close], out _))
                return $"'{e}' is not a bracketed IPv6 address";
            host = e[1..close];
            var rest = e[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                    return $"'{e}': expected ':port' after ']'";
                port = rest[1..];
            }
        }
        else if (e.Count(c => c == ':') > 1)
        {
            if (!IPAddress.TryParse(e, out _))
                return $"'{e}' is not a host: an IPv6 address with a port is written [address]:port";
            host = e;
        }
        else
        {
            var colon = e.IndexOf(':');
            host = colon < 0 ? e : e[..colon];
            port = colon < 0 ? null : e[(colon + 1)..];
        }

        if (host.Length == 0 || Uri.CheckHostName(host) == UriHostNameType.Unknown)
            return $"'{e}': '{host}' is not a host name or address";
        int? portNumber = null;
        if (port is not null)
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
                return $"'{e}': port must be 1..65535";
            portNumber = p;
        }
        allowed = new AllowedHost(host.TrimEnd('.'), portNumber);
        return null;
    }

    /// <summary>Whether any well-formed entry of <paramref name="entries"/> allows <paramref name="uri"/>'s host and port.</summary>
    public static bool AnyAllows(IEnumerable<string> entries, Uri uri) =>
        entries.Any(entry => Parse(entry, out var allowed) is null && allowed!.Allows(uri));

    public bool Allows(Uri uri)
    {
        if (Port is { } port && port != uri.Port)
            return false;
        // Uri.Host brackets IPv6 and keeps its own spelling; compare addresses as addresses (::1 = 0:0:0:0:0:0:0:1).
        var host = uri.IdnHost.Trim('[', ']').TrimEnd('.');
        if (IPAddress.TryParse(host, out var a) && IPAddress.TryParse(Host, out var b))
            return a.Equals(b);
        return string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host and port as written in an allow-list entry, for messages.</summary>
    public static string Describe(Uri uri) => uri.HostNameType == UriHostNameType.IPv6
        ? $"[{uri.IdnHost.Trim('[', ']')}]:{uri.Port}"
        : $"{uri.IdnHost}:{uri.Port}";
}
