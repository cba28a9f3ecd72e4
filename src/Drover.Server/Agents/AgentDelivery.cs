using Drover.Domain.Tickets;
using Drover.Protocol;
using Drover.Server.Engine;
using Drover.Server.Replicas;
using Drover.Server.Storage;
using Drover.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>
/// Gets a dispatch or a kill to a host's agent wherever its stream is: on this replica, straight into its session; on
/// another, through a notification naming that replica, which reads the dispatch from the database (already committed)
/// and sends it. An agent with no stream anywhere is re-sent its work when it reconnects (<see cref="HostReports.ConnectedAsync"/>).
/// </summary>
public sealed class AgentDelivery(
    AgentSessions sessions,
    IDbContextFactory<DroverDb> dbs,
    ReplicaBus bus,
    Replica me,
    TicketStore tickets,
    IOptions<LimitsOptions> limits,
    ILogger<AgentDelivery> log) : IHostedService
{
    private sealed record Relay(string Replica, string ProjectId, string ResourceId, string RegionId, string DispatchId,
        long? TicketId = null, string? KillReason = null);

    /// <summary>True when the dispatch went to the host's session here, or to the replica holding it.</summary>
    public async Task<bool> SendRunAsync(HostKey host, long ticketId, string dispatchId, Func<RunTask> build)
    {
        if (sessions.TrySend(host, new ServerMessage { Run = build() })) return true;
        return await RelayAsync(host, dispatchId, ticketId, null);
    }

    public async Task<bool> SendKillAsync(HostKey host, string dispatchId, string reason)
    {
        if (sessions.TrySend(host, new ServerMessage { Kill = new KillTask { DispatchId = dispatchId, Reason = reason } })) return true;
        return await RelayAsync(host, dispatchId, null, reason);
    }

    public Task StartAsync(CancellationToken ct)
    {
        bus.Notified += OnNotified;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        bus.Notified -= OnNotified;
        return Task.CompletedTask;
    }

    private async Task<bool> RelayAsync(HostKey host, string dispatchId, long? ticketId, string? killReason)
    {
        if (!me.IsShared) return false;
        await using var db = await dbs.CreateDbContextAsync();
        var holder = await db.Agents.AsNoTracking()
            .Where(a => a.ProjectId == host.ProjectId && a.ResourceId == host.ResourceId && a.RegionId == host.RegionId && a.Status == AgentStatus.Online)
            .Select(a => a.Replica).FirstOrDefaultAsync();
        if (holder is null || holder == me.Name) return false;
        await bus.NotifyAsync(ReplicaBus.Agent,
            StorageJson.Write(new Relay(holder, host.ProjectId, host.ResourceId, host.RegionId, dispatchId, ticketId, killReason)));
        return true;
    }

    private void OnNotified(string channel, string payload)
    {
        if (channel != ReplicaBus.Agent) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var r = StorageJson.Read<Relay>(payload);
                if (r.Replica != me.Name) return;
                var host = new HostKey(r.ProjectId, r.ResourceId, r.RegionId);
                if (r.TicketId is not { } ticketId)
                {
                    sessions.TrySend(host, new ServerMessage { Kill = new KillTask { DispatchId = r.DispatchId, Reason = r.KillReason ?? "" } });
                    return;
                }
                // The dispatch as committed, and only while it is still the host's current attempt.
                if (await tickets.LoadAsync(ticketId, CancellationToken.None) is not { } loaded) return;
                var still = loaded.Ticket.Instances.Any(i => i.Status == InstanceStatus.Processing && i.DispatchId == r.DispatchId
                                                            && loaded.Context.Hosts[i.Id] == host);
                if (still)
                    sessions.TrySend(host, new ServerMessage { Run = loaded.Context.RunTaskFor(r.DispatchId, limits.Value.Effective().MaxOutputBytes) });
            }
            catch (Exception e)
            {
                log.LogError(e, "Could not relay a dispatch to an agent held here");
            }
        });
    }
}
