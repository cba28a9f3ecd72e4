using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Monitoring;

/// <summary>
/// At each scrape: the cluster's state from the database (tickets and executions by status, hosts running, agents
/// online by project), and this replica's admission counters. Grouped counts over indexed columns: a few milliseconds
/// with 100,000 tickets.
/// </summary>
public sealed class StateGauges(DroverMetrics metrics, IDbContextFactory<DroverDb> dbs, AgentAdmission admission)
{
    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var s in Enum.GetValues<TicketStatus>())
            metrics.Tickets.WithLabels(s.ToWire()).Set(tickets.FirstOrDefault(t => t.Key == s)?.Count ?? 0);
        var executions = await db.Executions.AsNoTracking().GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var s in Enum.GetValues<ExecutionStatus>())
            metrics.Executions.WithLabels(s.ToWire()).Set(executions.FirstOrDefault(e => e.Key == s)?.Count ?? 0);
        metrics.HostsRunning.Set(await db.Instances.AsNoTracking().CountAsync(i => i.Status == InstanceStatus.Processing, ct));

        var online = await db.Agents.AsNoTracking().Where(a => a.Status == AgentStatus.Online)
            .GroupBy(a => a.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var p in online) metrics.AgentsOnline.WithLabels(p.Key).Set(p.Count);
        foreach (var gone in metrics.AgentsOnline.GetAllLabelValues().Where(l => online.All(p => p.Key != l[0])).ToList())
            metrics.AgentsOnline.RemoveLabelled(gone);

        var counters = admission.Counters();
        metrics.Admissions.WithLabels("admitted").IncTo(counters.Admitted);
        metrics.Admissions.WithLabels("refused").IncTo(counters.Refused);
        metrics.AgentsRegistering.Set(counters.Registering);
        metrics.AgentsQueued.Set(counters.Queued);
    }
}
