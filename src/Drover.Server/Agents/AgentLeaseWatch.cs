using Drover.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>Marks agents OFFLINE when their heartbeats stop, checking a few times per lease.</summary>
public sealed class AgentLeaseWatch(AgentRegistry registry, AgentSessions sessions, IOptions<ServerOptions> options, TimeProvider clock, ILogger<AgentLeaseWatch> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var lease = TimeSpan.FromSeconds(options.Value.AgentOfflineAfterSeconds);
        using var timer = new PeriodicTimer(lease / 3, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                var n = await registry.ExpireAsync(lease, sessions.IsConnected, ct);
                if (n > 0) log.LogInformation("{Count} agents went OFFLINE (no heartbeat for {Lease})", n, lease);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Agent lease check failed");
            }
        }
    }
}
