using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using Drover.Agent.Journal;
using Drover.Protocol;

namespace Drover.Agent.Connection;

/// <summary>What the agent tells the server about the machine in its Hello.</summary>
internal sealed record HostFacts(string HostName, IReadOnlyList<string> Ips, string Os, string AgentVersion, string AgentUser)
{
    public static HostFacts OfThisMachine() => new(
        Dns.GetHostName(),
        Addresses(),
        RuntimeInformation.OSDescription,
        Version(),
        Environment.UserName);

    /// <summary>The host's Hello: its identity (resource, region, project) is the one its credential was issued for.</summary>
    public Hello Hello(StoredCredential credential, IEnumerable<string> openDispatchIds)
    {
        var hello = new Hello
        {
            Token = credential.Credential,
            ResourceId = credential.ResourceId,
            RegionId = credential.RegionId,
            HostName = HostName,
            Os = Os,
            AgentVersion = AgentVersion,
            ProjectId = credential.ProjectId,
            AgentUser = AgentUser,
        };
        hello.Ips.AddRange(Ips);
        hello.OpenDispatchIds.AddRange(openDispatchIds);
        return hello;
    }

    private static List<string> Addresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(u => u.Address)
                // Link-local IPv6 addresses are the same on every machine and reach nothing from elsewhere.
                .Where(a => !IPAddress.IsLoopback(a) && !(a.AddressFamily == AddressFamily.InterNetworkV6 && a.IsIPv6LinkLocal))
                .Select(a => a.ToString())
                .Distinct()
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }

    private static string Version()
    {
        var version = typeof(HostFacts).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(HostFacts).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
