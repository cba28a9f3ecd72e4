namespace Drover.Server.Storage;

// Cluster membership of the servers sharing one PostgreSQL (Orleans' membership protocol, on Drover's own tables).

/// <summary>One server (silo) of the cluster, as Orleans' membership protocol records it.</summary>
public sealed class ClusterMemberRow
{
    public required string ClusterId { get; set; }

    /// <summary>The silo's address (host, port, generation), as Orleans writes it in text.</summary>
    public required string Silo { get; set; }

    /// <summary>Orleans' <c>SiloStatus</c>, as a number.</summary>
    public int Status { get; set; }

    /// <summary>The rest of the membership entry (names, suspicions, times), as JSON.</summary>
    public required string Entry { get; set; }

    /// <summary>When the silo last said it is alive (Unix ms); written on its own, often.</summary>
    public long IAmAliveAt { get; set; }
}

/// <summary>The membership table's version: every change of a member bumps it, so concurrent changes are ordered.</summary>
public sealed class ClusterVersionRow
{
    public required string ClusterId { get; set; }
    public int Version { get; set; }
}
