using System.ComponentModel.DataAnnotations;

namespace Drover.Server.Cluster;

/// <summary>
/// How this server joins the others (section <c>Drover:Cluster</c>). One server on SQLite runs a cluster of one on
/// loopback; servers sharing one PostgreSQL find each other through it and talk silo to silo on <see cref="Port"/>.
/// </summary>
public sealed class ClusterSettings
{
    /// <summary>Silo-to-silo port (<c>--cluster-port</c>): open between the servers, never to anyone else.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 11111;

    /// <summary>
    /// The address the other servers reach this one at (<c>--cluster-address</c>). Empty: loopback for a single server,
    /// else the first address of this machine's interfaces.
    /// </summary>
    public string? Address { get; set; }

    /// <summary>This server's name among the others (<c>--replica-name</c>; default: host name and API port).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// How long a server that stops answering (killed, cut off) takes to be declared dead, so its tickets and agents move
    /// to the others: it is probed every third of this, and declared dead after two missed probes and a vote.
    /// </summary>
    [Range(3, 600)]
    public int DeathSeconds { get; set; } = 9;

    /// <summary>
    /// How often every open ticket and execution is woken (each is loaded by exactly one server): the net under failure
    /// detection, so nothing waits for a human after a server dies or a writer fails.
    /// </summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 15;
}
