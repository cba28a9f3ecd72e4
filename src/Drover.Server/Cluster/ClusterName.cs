using Drover.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Drover.Server.Cluster;

/// <summary>This server among the others: its name (the holder recorded for its agents' streams) and the cluster's.</summary>
public sealed class ClusterName(IOptions<ClusterSettings> settings, IOptions<ServerOptions> server)
{
    /// <summary>Every Drover server sharing a database is one cluster.</summary>
    public const string ClusterId = "drover";

    /// <summary>Stable across restarts (configured, or host name and API port).</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(settings.Value.Name)
        ? $"{Environment.MachineName}:{ListenAddress.Port(server.Value.Listen)}"
        : settings.Value.Name.Trim();
}
