using System.Net;
using System.Net.Sockets;
using Drover.Server.Storage.Providers;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Drover.Server.Cluster;

/// <summary>
/// The Orleans silo in the server's own process, beside ASP.NET Core. On SQLite: a cluster of one on loopback, nothing
/// more to run. On PostgreSQL: every server sharing the database is a member, found through <see cref="MembershipTable"/>.
/// </summary>
public static class ClusterRegistration
{
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder, DatabaseTarget database)
    {
        builder.Services.AddOptions<ClusterSettings>().BindConfiguration("Drover:Cluster").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ClusterName>();
        builder.Services.AddHostedService<OpenWorkSweep>();
        var settings = builder.Configuration.GetSection("Drover:Cluster").Get<ClusterSettings>() ?? new ClusterSettings();
        builder.Host.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterName.ClusterId, ClusterName.ClusterId));
            silo.Services.AddOptions<SiloOptions>().Configure<ClusterName>((o, name) => o.SiloName = name.Name);
            if (database.Kind == DatabaseKind.Postgres)
            {
                silo.Services.AddSingleton<IMembershipTable, MembershipTable>();
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = settings.Port;
                    o.GatewayPort = 0;
                    o.AdvertisedIPAddress = Advertised(settings.Address);
                    o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, settings.Port);
                });
            }
            else
            {
                silo.UseLocalhostClustering(siloPort: settings.Port, gatewayPort: 0, serviceId: ClusterName.ClusterId, clusterId: ClusterName.ClusterId);
            }
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(settings.DeathSeconds / 3.0);
                o.NumMissedProbesLimit = 2;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.DeathSeconds / 3.0));
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.DeathSeconds / 3.0));
                o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(settings.DeathSeconds * 2);
            });
            // A writer's turn may wait on a loaded database; a caller waits for it rather than hearing a timeout.
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
            // What grains pass each other are Drover's own plain records: JSON carries them between servers.
            silo.Services.AddSerializer(s => s.AddJsonSerializer(isSupported: IsDroverType));
        });
        return builder;
    }

    private static bool IsDroverType(Type t) =>
        t.Namespace?.StartsWith("Drover.", StringComparison.Ordinal) == true && !t.Namespace.StartsWith("Drover.Protocol", StringComparison.Ordinal) && !t.IsInterface;

    private static IPAddress Advertised(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return IPAddress.TryParse(configured, out var ip) ? ip : Dns.GetHostAddresses(configured).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var host = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        return host ?? IPAddress.Loopback;
    }
}
