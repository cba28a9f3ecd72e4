using Drover.Server.Hosting;
using Drover.Server.Storage.Providers;
using Microsoft.Extensions.Options;

namespace Drover.Server.Replicas;

/// <summary>
/// This server among its replicas: its name (owner of leases, holder of agent streams) and how long a lease lasts.
/// On SQLite there is one server by construction; on PostgreSQL any number share the database.
/// </summary>
public sealed class Replica(IOptions<ServerOptions> options, DatabaseTarget database)
{
    /// <summary>
    /// Stable across restarts (configured, or host name and API port), so a replica restarted in place takes its own
    /// leases back at once; a replica that does not come back has its leases taken over when they expire.
    /// </summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(options.Value.ReplicaName)
        ? $"{Environment.MachineName}:{ListenAddress.Port(options.Value.Listen)}"
        : options.Value.ReplicaName.Trim();

    public bool IsShared => database.Kind == DatabaseKind.Postgres;

    public TimeSpan LeaseTime { get; } = TimeSpan.FromSeconds(Math.Max(3, options.Value.LeaseSeconds));
}
